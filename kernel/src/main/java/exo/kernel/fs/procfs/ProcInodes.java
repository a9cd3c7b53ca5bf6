/*
 * The inodes of /proc: directories with fixed children (in insertion order) and optionally a
 * ProcEntries for the changing ones; generated files (size 0, as Linux shows them); symlinks with
 * computed targets. Directories are 0555, files 0444 (0644 when writable), links 0777, owned by
 * root unless the per-PID code says otherwise.
 */
package exo.kernel.fs.procfs;

import exo.kernel.fs.FileMode;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.DirSink;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.Inode;
import exo.kernel.fs.vfs.OpenFile;
import java.util.ArrayList;

public final class ProcInodes {
    private ProcInodes() {}

    /** Positions at and above this are keys of the changing entries. */
    static final long DYNAMIC_BASE = 1L << 40;

    public static final class Dir extends Inode {
        private final ArrayList<String> names = new ArrayList<>();
        private final ArrayList<Inode> children = new ArrayList<>();
        final ProcEntries entries;
        /** For /proc/PID: the process id (a descriptor of it names the process, as a pidfd); else 0. */
        private int processId;

        public Dir(ProcFs fs, int perm, int uid, int gid, ProcEntries entries) {
            super(fs, FileMode.S_IFDIR | perm, uid, gid, 0);
            this.entries = entries;
        }

        public Dir(ProcFs fs, long ino, int perm, int uid, int gid, ProcEntries entries) {
            super(fs, ino, FileMode.S_IFDIR | perm, uid, gid, 0);
            this.entries = entries;
        }

        public int processId() {
            return processId;
        }

        Dir namingProcess(int pid) {
            processId = pid;
            return this;
        }

        public Dir add(String name, Inode child) {
            names.add(name);
            children.add(child);
            return this;
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public Inode lookup(String name) {
            int i = names.indexOf(name);
            if (i >= 0) {
                return children.get(i);
            }
            if (entries == null) {
                return null;
            }
            long k = entries.key(name);
            return k < 0 ? null : entries.make((ProcFs) fs, k, ((ProcFs) fs).dynamicIno(this, k));
        }

        @Override
        public long readdir(long pos, Dentry self, DirSink sink) {
            if (pos == 0) {
                if (!sink.put(".", ino, FileMode.DT_DIR, 1)) {
                    return 0;
                }
                pos = 1;
            }
            if (pos == 1) {
                long parent = self != null && self.parent() != null ? self.parent().inode.ino : ino;
                if (!sink.put("..", parent, FileMode.DT_DIR, 2)) {
                    return 1;
                }
                pos = 2;
            }
            for (int i = (int) Math.min(pos - 2, names.size()); pos < DYNAMIC_BASE && i < names.size(); i++) {
                Inode c = children.get(i);
                if (!sink.put(names.get(i), c.ino, FileMode.direntType(c.mode()), i + 3)) {
                    return pos;
                }
                pos = i + 3;
            }
            return dynamic(pos, sink);
        }

        private long dynamic(long pos, DirSink sink) {
            if (entries == null) {
                return pos;
            }
            long[] keys = entries.keys();
            for (long k : keys) {
                long p = DYNAMIC_BASE + k;
                if (p <= pos) {
                    continue;
                }
                if (!sink.put(entries.name(k), ((ProcFs) fs).dynamicIno(this, k), entries.type(k), p)) {
                    return pos;
                }
                pos = p;
            }
            return pos;
        }
    }

    public static final class File extends Inode {
        final ProcText text;
        final ProcWrite writer;

        public File(ProcFs fs, int uid, int gid, ProcText text, ProcWrite writer) {
            super(fs, FileMode.S_IFREG | (writer == null ? 0444 : 0644), uid, gid, 0);
            this.text = text;
            this.writer = writer;
        }

        public File(ProcFs fs, long ino, int perm, int uid, int gid, ProcText text) {
            super(fs, ino, FileMode.S_IFREG | perm, uid, gid, 0);
            this.text = text;
            this.writer = null;
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public OpenFile newOpenFile(Dentry dentry, int flags) {
            return new ProcTextFile(dentry, flags, this);
        }
    }

    public static final class Link extends Inode {
        private final ProcLinkTarget target;

        public Link(ProcFs fs, int uid, int gid, ProcLinkTarget target) {
            super(fs, FileMode.S_IFLNK | 0777, uid, gid, 0);
            this.target = target;
        }

        public Link(ProcFs fs, long ino, int uid, int gid, ProcLinkTarget target) {
            super(fs, ino, FileMode.S_IFLNK | 0777, uid, gid, 0);
            this.target = target;
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public String readlink(FsContext ctx) {
            return target.target(ctx);
        }
    }
}
