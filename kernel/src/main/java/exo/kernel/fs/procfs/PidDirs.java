/*
 * /proc/PID and its entries, made on lookup from the process layer's ProcessView: cmdline, comm,
 * environ, stat, statm, status, maps and mounts as text, the links cwd, root and exe, the
 * directories fd/ (links to what each descriptor names: a path, or pipe:[N] and the like),
 * fdinfo/ (pos, flags, mnt_id, ino) and task/ (one such directory per thread). The entries belong
 * to the process's user; environ and the fd directories are readable by it alone (0400/0500).
 * FIXME: the fd links are textual, so following /proc/PID/fd/N to a pipe fails (Linux's links
 * reach the open file itself).
 */
package exo.kernel.fs.procfs;

import exo.kernel.fs.FileMode;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.vfs.FsState;
import exo.kernel.fs.vfs.Inode;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.vfs.Vfs;

final class PidDirs {
    private PidDirs() {}

    private static final int PID_FILE = 2;
    private static final int SUBDIR = 5;

    /** The PID entries of /proc's root. */
    static final class Processes implements ProcEntries {
        private final ProcFs fs;

        Processes(ProcFs fs) {
            this.fs = fs;
        }

        @Override
        public long[] keys() {
            int[] pids = fs.processes().pids();
            long[] k = new long[pids.length];
            for (int i = 0; i < pids.length; i++) {
                k[i] = pids[i];
            }
            return k;
        }

        @Override
        public long key(String name) {
            long pid = number(name);
            return pid > 0 && fs.processes().find((int) pid) != null ? pid : -1;
        }

        @Override
        public String name(long key) {
            return Long.toString(key);
        }

        @Override
        public Inode make(ProcFs fs, long key, long ino) {
            ProcessView v = fs.processes().find((int) key);
            return v == null ? null : dir(fs, v, true, ino);
        }

        @Override
        public int type(long key) {
            return FileMode.DT_DIR;
        }
    }

    /** A decimal number without sign or leading zero, or -1. */
    static long number(String s) {
        if (s.isEmpty() || s.length() > 10 || (s.length() > 1 && s.charAt(0) == '0')) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= Integer.MAX_VALUE ? v : -1;
    }

    static ProcInodes.Dir dir(ProcFs fs, ProcessView v, boolean withTasks, long ino) {
        int pid = v.pid();
        int uid = v.uid();
        int gid = v.gid();
        ProcInodes.Dir d = new ProcInodes.Dir(fs, ino, 0555, uid, gid, null);
        d.add("cmdline", file(fs, pid, 1, 0444, v, ctx -> v.cmdline()));
        d.add("comm", file(fs, pid, 2, 0644, v, ctx -> Text.bytes(v.comm() + "\n")));
        d.add("cwd", link(fs, pid, 3, v, ctx -> where(v.fsState(), true, ctx.root())));
        d.add("environ", file(fs, pid, 4, 0400, v, ctx -> v.environ()));
        d.add("exe", link(fs, pid, 5, v, ctx -> v.exe()));
        d.add("fd", new ProcInodes.Dir(fs, ProcFs.ino(SUBDIR, pid, 1), 0500, uid, gid, new Fds(v, false)));
        d.add("fdinfo", new ProcInodes.Dir(fs, ProcFs.ino(SUBDIR, pid, 2), 0500, uid, gid, new Fds(v, true)));
        d.add("maps", file(fs, pid, 6, 0444, v, ctx -> Text.bytes(v.maps())));
        d.add("mounts", file(fs, pid, 7, 0444, v, ctx -> Text.bytes(fs.vfs.mountsText(rootOf(v, ctx)))));
        d.add("root", link(fs, pid, 8, v, ctx -> where(v.fsState(), false, ctx.root())));
        d.add("stat", file(fs, pid, 9, 0444, v, ctx -> Text.bytes(v.stat())));
        d.add("statm", file(fs, pid, 10, 0444, v, ctx -> Text.bytes(v.statm())));
        d.add("status", file(fs, pid, 11, 0444, v, ctx -> Text.bytes(v.status())));
        if (withTasks) {
            d.add("task", new ProcInodes.Dir(fs, ProcFs.ino(SUBDIR, pid, 3), 0555, uid, gid, new Tasks(v)));
            d.namingProcess(pid);   // pidfd_send_signal also takes a /proc/PID descriptor
        }
        return d;
    }

    private static exo.kernel.fs.vfs.Dentry rootOf(ProcessView v, exo.kernel.fs.vfs.FsContext ctx) {
        FsState s = v.fsState();
        return s == null || s.root() == null ? ctx.root() : s.root();
    }

    private static String where(FsState s, boolean cwd, exo.kernel.fs.vfs.Dentry viewerRoot) {
        if (s == null) {
            return null;
        }
        exo.kernel.fs.vfs.Dentry d = cwd ? s.cwd() : s.root();
        if (d == null) {
            return null;
        }
        String p = Vfs.pathOf(d, viewerRoot);
        return d.isRemoved() ? p + " (deleted)" : p;
    }

    private static ProcInodes.File file(ProcFs fs, int pid, int slot, int perm, ProcessView v, ProcText t) {
        return new ProcInodes.File(fs, ProcFs.ino(PID_FILE, pid, slot), perm, v.uid(), v.gid(), t);
    }

    private static ProcInodes.Link link(ProcFs fs, int pid, int slot, ProcessView v, ProcLinkTarget t) {
        return new ProcInodes.Link(fs, ProcFs.ino(PID_FILE, pid, slot), v.uid(), v.gid(), t);
    }

    /** fd/ (links) or fdinfo/ (text) of a process. */
    static final class Fds implements ProcEntries {
        private final ProcessView v;
        private final boolean info;

        Fds(ProcessView v, boolean info) {
            this.v = v;
            this.info = info;
        }

        @Override
        public long[] keys() {
            FdTable t = v.fds();
            if (t == null) {
                return new long[0];
            }
            int hi = t.highest();
            int n = 0;
            long[] k = new long[hi + 1];
            for (int fd = 0; fd <= hi; fd++) {
                if (t.file(fd) != null) {
                    k[n++] = fd;
                }
            }
            long[] out = new long[n];
            System.arraycopy(k, 0, out, 0, n);
            return out;
        }

        @Override
        public long key(String name) {
            long fd = number(name);
            FdTable t = v.fds();
            return fd >= 0 && t != null && t.file((int) fd) != null ? fd : -1;
        }

        @Override
        public String name(long key) {
            return Long.toString(key);
        }

        @Override
        public Inode make(ProcFs fs, long key, long ino) {
            FdTable t = v.fds();
            OpenFile f = t == null ? null : t.file((int) key);
            if (f == null) {
                return null;
            }
            if (info) {
                return new ProcInodes.File(fs, ino, 0444, v.uid(), v.gid(),
                        ctx -> Text.bytes("pos:\t" + f.position() + "\nflags:\t0" + Integer.toOctalString(f.flags() | cloexec(t, key))
                                + "\nmnt_id:\t" + f.inode.fs.dev + "\nino:\t" + f.inode.ino + "\n"));
            }
            return new ProcInodes.Link(fs, ino, v.uid(), v.gid(), ctx -> f.describe(ctx));
        }

        private static int cloexec(FdTable t, long fd) {
            return t.getFdFlags((int) fd) > 0 ? exo.kernel.fs.OpenFlags.O_CLOEXEC : 0;
        }

        @Override
        public int type(long key) {
            return info ? FileMode.direntType(FileMode.S_IFREG) : FileMode.direntType(FileMode.S_IFLNK);
        }
    }

    /** task/: one directory per thread. */
    static final class Tasks implements ProcEntries {
        private final ProcessView v;

        Tasks(ProcessView v) {
            this.v = v;
        }

        @Override
        public long[] keys() {
            int[] tids = v.threads();
            long[] k = new long[tids.length];
            for (int i = 0; i < tids.length; i++) {
                k[i] = tids[i];
            }
            return k;
        }

        @Override
        public long key(String name) {
            long tid = number(name);
            return tid > 0 && v.thread((int) tid) != null ? tid : -1;
        }

        @Override
        public String name(long key) {
            return Long.toString(key);
        }

        @Override
        public Inode make(ProcFs fs, long key, long ino) {
            ProcessView t = v.thread((int) key);
            return t == null ? null : dir(fs, t, false, ino);
        }

        @Override
        public int type(long key) {
            return FileMode.DT_DIR;
        }
    }
}
