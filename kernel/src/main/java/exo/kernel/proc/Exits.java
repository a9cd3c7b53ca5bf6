/*
 * How threads and processes end. exitThread: the calling thread clears its clear_child_tid
 * word (pthread_join's futex), leaves its process, and the last thread out releases what the
 * process holds (descriptors, fs state, address space), reparents its children to PID 1 and
 * becomes a zombie for its parent's wait4. exitGroup records the status for the whole process
 * first. A process killed by a signal gets the signal number as its status instead. PID 1's
 * exit goes to the kernel's InitExit (Boot: power off in a `./exo run` boot, panic otherwise).
 */
package exo.kernel.proc;

import exo.kernel.sched.Threads;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.vm.KernelHalf;

public final class Exits {
    private Exits() {}

    /** wait(2)'s status for exit(code): the low byte of code in bits 8-15. */
    public static int exitedStatus(int code) {
        return (code & 0xFF) << 8;
    }

    /** exit_group(2): the whole process ends with code; never returns. */
    public static void exitGroup(Task t, int code) {
        Process p = t.process;
        Processes.lock.lock();
        try {
            if (!p.exiting) {
                p.exiting = true;
                p.waitStatus = exitedStatus(code);
            }
        } finally {
            Processes.lock.unlock();
        }
        // FIXME: the other threads must be stopped (they finish when they next enter the kernel).
        exitThread(t, code);
    }

    /**
     * The thread's process dies of a signal's default action (its wait status is the signal
     * number, with the core-dump bit for the signals that dump core). Never returns.
     */
    public static void killedBySignal(Task t, int signal) {
        Process p = t.process;
        Processes.lock.lock();
        try {
            if (!p.exiting) {
                p.exiting = true;
                p.waitStatus = signal | (dumpsCore(signal) ? 0x80 : 0);
            }
        } finally {
            Processes.lock.unlock();
        }
        exitThread(t, 0);
    }

    /** SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGXCPU, SIGXFSZ, SIGSYS. */
    static boolean dumpsCore(int signal) {
        return signal == 3 || signal == 4 || signal == 5 || signal == 6 || signal == 7 || signal == 8
                || signal == 11 || signal == 24 || signal == 25 || signal == 31;
    }

    /** exit(2) of one thread; the last one out ends the process with code. Never returns. */
    public static void exitThread(Task t, int code) {
        Process p = t.process;
        if (t.clearChildTid != 0) {
            UserMemory.writeInt(p.mm, t.clearChildTid, 0);
            // FIXME: FUTEX_WAKE on clear_child_tid once futexes exist.
        }
        boolean last;
        Processes.lock.lock();
        try {
            p.threads.remove(t);
            last = p.threads.isEmpty();
            if (last && !p.exiting) {
                p.exiting = true;
                p.waitStatus = exitedStatus(code);
            }
        } finally {
            Processes.lock.unlock();
        }
        if (last) {
            releaseProcess(p, t);
        }
        Threads.exit();
    }

    /** The process's last thread is leaving: give everything back and become a zombie. */
    private static void releaseProcess(Process p, Task last) {
        p.fds.closeAll();
        p.fsState.release();
        // This thread runs on the address space it is about to free: the kernel's root instead.
        last.rootPhys = KernelHalf.kernelRoot();
        p.mm.destroy();
        Processes.lock.lock();
        try {
            Process init = Processes.init;
            for (Process c : p.children) {
                c.parent = init;
                if (init != null && init != p) {
                    init.children.add(c);
                }
            }
            p.children.clear();
            p.state = Process.ZOMBIE;
            Processes.childEvents.signalAll();
        } finally {
            Processes.lock.unlock();
        }
        if (p == Processes.init) {
            Processes.initExit.exited(p.waitStatus);
        }
    }
}
