/*
 * The small per-process and per-thread settings of prctl(2) and personality(2): the thread's
 * name (comm: 15 bytes; the main thread's is the process's name, which /proc shows), the
 * parent-death signal (sent when the parent exits: Exits), the dumpable flag (cleared by a
 * change of effective ids, set again by exec), and the personality word (fork and exec keep
 * it). Guarded by Processes.lock. Used by syscall.ProcessInfoCalls.
 */
package exo.kernel.proc;

public final class ProcessControl {
    private ProcessControl() {}

    /** TASK_COMM_LEN - 1: the longest thread name. */
    public static final int NAME_MAX = 15;

    /** PR_SET_NAME: names the calling thread (the process, for its main thread). */
    public static void setName(Task t, String name) {
        String n = name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
        Processes.lock.lock();
        try {
            if (t.tid == t.process.pid) {
                t.process.name = n;
                t.comm = null;
            } else {
                t.comm = n;
            }
        } finally {
            Processes.lock.unlock();
        }
    }

    /** PR_GET_NAME: the calling thread's name. */
    public static String name(Task t) {
        return t.comm();
    }

    public static void setParentDeathSignal(Task t, int sig) {
        Processes.lock.lock();
        try {
            t.process.parentDeathSignal = sig;
        } finally {
            Processes.lock.unlock();
        }
    }

    public static int parentDeathSignal(Task t) {
        return t.process.parentDeathSignal;
    }

    public static void setDumpable(Task t, int value) {
        t.process.dumpable = value;
    }

    public static int dumpable(Task t) {
        return t.process.dumpable;
    }

    /** personality(2): sets the persona unless it is 0xffffffff (a query); returns the old one. */
    public static int personality(Task t, int persona) {
        Processes.lock.lock();
        try {
            int old = t.process.personality;
            if (persona != -1) {
                t.process.personality = persona;
            }
            return old;
        } finally {
            Processes.lock.unlock();
        }
    }
}
