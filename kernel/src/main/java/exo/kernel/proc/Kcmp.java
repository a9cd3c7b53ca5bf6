/*
 * kcmp(2): do two processes share a kernel resource? Each side is a thread id (its process's
 * resources are compared). The answer is Linux's: 0 for the same object, 1 or 2 for an order
 * between two different ones (here the objects' identity hash codes, so stable for as long as
 * both live), 3 for different objects whose hash codes happen to be equal (no order known).
 * The caller needs ProcessLimits.mayAccess to both (EPERM). Compared: an open file (KCMP_FILE,
 * descriptors idx1 and idx2), the address space, the descriptor table, the file-system state
 * (cwd, root, umask), the signal handlers, the I/O context (Exo-OS has none: like two Linux
 * processes that never set up one, always 0), and the System V semaphore undo list (shared
 * through CLONE_SYSVSEM; two processes that have none compare equal, as on Linux). KCMP_EPOLL_TFD is not supported (EOPNOTSUPP). Called
 * by the syscall layer.
 */
package exo.kernel.proc;

import exo.kernel.fs.Errno;
import exo.kernel.fs.vfs.OpenFile;

public final class Kcmp {
    private Kcmp() {}

    public static final int KCMP_FILE = 0;
    public static final int KCMP_VM = 1;
    public static final int KCMP_FILES = 2;
    public static final int KCMP_FS = 3;
    public static final int KCMP_SIGHAND = 4;
    public static final int KCMP_IO = 5;
    public static final int KCMP_SYSVSEM = 6;
    public static final int KCMP_EPOLL_TFD = 7;

    public static long compare(Task caller, int pid1, int pid2, int type, long idx1, long idx2) {
        Task t1 = pid1 > 0 ? Processes.findTask(pid1) : null;
        Task t2 = pid2 > 0 ? Processes.findTask(pid2) : null;
        if (t1 == null || t2 == null) {
            return -Errno.ESRCH;
        }
        Process p1 = t1.process;
        Process p2 = t2.process;
        if (!ProcessLimits.mayAccess(caller.process, p1) || !ProcessLimits.mayAccess(caller.process, p2)) {
            return -Errno.EPERM;
        }
        switch (type) {
            case KCMP_FILE:
                return compareFiles(p1, idx1, p2, idx2);
            case KCMP_VM:
                return order(p1.mm, p2.mm);
            case KCMP_FILES:
                return order(p1.fds, p2.fds);
            case KCMP_FS:
                return order(p1.fsState, p2.fsState);
            case KCMP_SIGHAND:
                return order(p1.signals, p2.signals);
            case KCMP_IO:
                return 0;
            case KCMP_SYSVSEM:
                return order(p1.semUndo, p2.semUndo);
            case KCMP_EPOLL_TFD:
                return -Errno.EOPNOTSUPP;
            default:
                return -Errno.EINVAL;
        }
    }

    private static long compareFiles(Process p1, long fd1, Process p2, long fd2) {
        OpenFile f1 = fd1 >= 0 && fd1 <= Integer.MAX_VALUE ? p1.fds.acquire((int) fd1) : null;
        OpenFile f2 = fd2 >= 0 && fd2 <= Integer.MAX_VALUE ? p2.fds.acquire((int) fd2) : null;
        try {
            return f1 == null || f2 == null ? -Errno.EBADF : order(f1, f2);
        } finally {
            if (f1 != null) {
                f1.put();
            }
            if (f2 != null) {
                f2.put();
            }
        }
    }

    /** 0 for the same object, else 1 or 2 by identity hash, 3 when the hashes tie. */
    static long order(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        int ha = System.identityHashCode(a);
        int hb = System.identityHashCode(b);
        return ha < hb ? 1 : ha > hb ? 2 : 3;
    }
}
