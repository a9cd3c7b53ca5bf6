/*
 * One process, or one of its threads, as /proc/PID (or /proc/PID/task/TID) shows it: the file
 * layer's procfs calls it when a file is opened or a link read, and renders fd/, fdinfo/, cwd
 * and root itself from the descriptor table and FsState given here. The texts (stat, status,
 * statm, maps) are ProcText's. A zombie has no descriptors, fs state, executable or memory
 * any more: those come back null or empty, as Linux's links then fail with ENOENT. Made by
 * ProcTable for each lookup; reads the process under Processes.lock.
 */
package exo.kernel.proc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.procfs.ProcessView;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsState;
import exo.kernel.fs.vfs.Vfs;
import java.util.Arrays;

final class ProcView implements ProcessView {
    final Process process;
    /** The thread shown, or null for the process itself (its first thread's numbers). */
    final Task task;

    ProcView(Process process, Task task) {
        this.process = process;
        this.task = task;
    }

    @Override
    public int pid() {
        return task != null ? task.tid : process.pid;
    }

    @Override
    public int uid() {
        Credentials c = process.cred;
        return c == null ? 0 : c.euid;
    }

    @Override
    public int gid() {
        Credentials c = process.cred;
        return c == null ? 0 : c.egid;
    }

    @Override
    public String comm() {
        return process.name;
    }

    @Override
    public byte[] cmdline() {
        return process.isZombie() ? new byte[0] : joined(process.argv);
    }

    @Override
    public byte[] environ() {
        return process.isZombie() ? new byte[0] : joined(process.envp);
    }

    /** Strings one byte per char, each followed by a NUL. */
    static byte[] joined(String[] strings) {
        int n = 0;
        for (String s : strings) {
            n += s.length() + 1;
        }
        byte[] b = new byte[n];
        int at = 0;
        for (String s : strings) {
            for (int i = 0; i < s.length(); i++) {
                b[at++] = (byte) s.charAt(i);
            }
            at++;
        }
        return b;
    }

    @Override
    public String stat() {
        return ProcText.stat(this);
    }

    @Override
    public String status() {
        return ProcText.status(this);
    }

    @Override
    public String statm() {
        return ProcText.statm(this);
    }

    @Override
    public String maps() {
        return ProcText.maps(this);
    }

    @Override
    public String exe() {
        Dentry d = process.isZombie() ? null : process.exe;
        if (d == null) {
            return null;
        }
        String path = Vfs.pathOf(d, Processes.files().vfs.root());
        return d.isRemoved() ? path + " (deleted)" : path;
    }

    @Override
    public FsState fsState() {
        return process.isZombie() ? null : process.fsState;
    }

    @Override
    public FdTable fds() {
        return process.isZombie() ? null : process.fds;
    }

    @Override
    public int[] threads() {
        Processes.lock.lock();
        try {
            if (task != null) {
                return new int[] {task.tid};
            }
            if (process.threads.isEmpty()) {
                return new int[] {process.pid};
            }
            int[] tids = new int[process.threads.size()];
            for (int i = 0; i < tids.length; i++) {
                tids[i] = process.threads.get(i).tid;
            }
            Arrays.sort(tids);
            return tids;
        } finally {
            Processes.lock.unlock();
        }
    }

    @Override
    public ProcessView thread(int tid) {
        Processes.lock.lock();
        try {
            for (Task t : process.threads) {
                if (t.tid == tid) {
                    return new ProcView(process, t);
                }
            }
            return tid == process.pid && process.threads.isEmpty() ? new ProcView(process, null) : null;
        } finally {
            Processes.lock.unlock();
        }
    }

    /** The thread whose state this view shows: its own, or the process's first live one. */
    Task shownTask() {
        if (task != null) {
            return task;
        }
        for (Task t : process.threads) {
            if (t.tid == process.pid) {
                return t;
            }
        }
        return process.threads.isEmpty() ? null : process.threads.get(0);
    }
}
