/*
 * A user thread: the kernel thread that runs it (with its kernel stack, whose top holds the
 * user registers whenever the thread is in the kernel: KThread.userFrame), the process it
 * belongs to, its thread id, and the per-thread state of the Linux ABI: the address to clear
 * and wake at exit (set_tid_address, CLONE_CHILD_CLEARTID), the robust-futex list head, the
 * signal mask and pending signals. UserContext (the scheduler's part) adds the address space
 * root and the FS base. Task.current() is the calling thread's Task: there is no global one.
 */
package exo.kernel.proc;

import exo.hw.AsmOffset;
import exo.hw.Cpu;
import exo.kernel.arch.x86_64.trap.PerCpuArea;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.signal.AltStack;
import exo.kernel.sched.KThread;
import exo.kernel.sched.UserContext;
import exo.rt.Inline;

public final class Task extends UserContext {
    public final int tid;
    public final Process process;
    KThread thread;
    /** set_tid_address / CLONE_CHILD_CLEARTID: zeroed and futex-woken when the thread exits. */
    long clearChildTid;
    long robustListHead;
    long robustListLength;
    /** The next return to user mode must restore every register (iretq, not sysretq). */
    boolean fullRestore;
    /**
     * Non-zero when the way back from a system call may have work (a signal pending, the
     * process exiting or stopped, a saved mask, a full restore): whoever makes such work sets
     * it (noteWork) after making it, and only Delivery.afterSyscall clears it, then looks, so
     * the system-call exit tests one word instead of the conditions themselves. New threads
     * start with it set (a process-wide signal may be pending already).
     */
    @AsmOffset("exo_task_work")   // tested by syscall.S on the way out
    int work = 1;
    /** Signals this thread blocks (sigprocmask). */
    long blocked;
    /** Page faults resolved without I/O (ru_minflt); written by this thread alone. */
    long minorFaults;

    /** Faults of this thread resolved without I/O (a user copy's kernel-mode fault: trap.Traps). */
    public void countMinorFaults(int pages) {
        minorFaults += pages;
    }
    /** Signals sent to this thread alone (tkill, tgkill, faults). */
    final SignalQueue pending = new SignalQueue();
    AltStack altStack = new AltStack();
    /** In a wait a signal may end (set around interruptible sleeps; read by senders). */
    volatile boolean interruptible;
    /** The system-call number of the call in progress (restarting it needs it). */
    @AsmOffset("exo_task_orig_rax")   // stored by syscall.S on the way in
    long origRax;
    /** strace's copy of the arguments of the call in progress, or null (Strace.beforeRewrite). */
    private long[] tracedArguments;
    /** rt_sigsuspend's mask to restore once a handler runs, or -1. */
    long savedMask = -1;
    /** The mask before rt_sigtimedwait unblocked the signals it waits for (0 outside it). */
    long realBlocked;
    /** prctl PR_SET_NAME of a thread other than the main one (null: the process's name). */
    String comm;
    /** The nice value (-20..19; setpriority); a new thread or child inherits it. */
    int nice;
    /** sched_setscheduler's policy and real-time priority (SchedPolicy); a new thread or child inherits them. */
    int schedPolicy;
    int rtPriority;
    boolean schedResetOnFork;
    /** CPUs the thread may run on (sched_setaffinity), a bit per CPU in 64-bit words; inherited. */
    long[] affinity = CpuAffinity.all();
    /** The file layer's view of this thread (credentials, fs state, descriptors, waits). */
    private FsContext fsContext;
    /** A call of this thread failed on RLIMIT_FSIZE: SIGXFSZ is owed (TaskFileSizeLimit). */
    boolean fileSizeExceeded;

    Task(int tid, Process process) {
        this.tid = tid;
        this.process = process;
        this.rootPhys = process.mm.rootPhys();
    }

    /** The calling thread's Task, or null in a kernel thread: one load from the per-CPU area,
     *  where the scheduler's switch stores the user part of the thread it switches to. */
    @Inline
    public static Task current() {
        return (Task) Cpu.readGsObject(PerCpuArea.USER_CONTEXT);
    }

    public KThread thread() {
        return thread;
    }

    /** The user registers (a TrapFrame) while this thread is in the kernel. */
    public long frame() {
        return thread.userFrame();
    }

    /** Makes the next return to user mode restore every register from the frame (iretq). */
    public void requestFullRestore() {
        fullRestore = true;
        work = 1;
    }

    /** The next system-call exit must look for work (see work); called after making it. */
    public void noteWork() {
        work = 1;
    }

    /** Is the exit-work flag set (the dispatcher's one test on the way out)? */
    public boolean hasExitWork() {
        return work != 0;
    }

    /** Reads and clears the full-restore request (the syscall exit path). */
    public boolean takeFullRestore() {
        boolean r = fullRestore;
        fullRestore = false;
        return r;
    }

    /** Reads and clears the mark of a call that failed on RLIMIT_FSIZE (SIGXFSZ is owed). */
    public boolean takeFileSizeExceeded() {
        boolean r = fileSizeExceeded;
        fileSizeExceeded = false;
        return r;
    }

    /** Ends a wait in the file layer (pipe, poll...), if the thread is in one: a signal came. */
    void wakeFsWait() {
        FsContext c = fsContext;
        if (c != null) {
            c.waiter.wake();
        }
    }

    /** The context file operations run in; rebuilt when credentials or tables change. */
    public FsContext fsContext() {
        FsContext c = fsContext;
        if (c == null) {
            c = new FsContext(process.cred, process.fsState, process.fds, process.pid, process.pid,
                    new TaskWaiter(this), new TaskFileSizeLimit(this));
            fsContext = c;
        }
        return c;
    }

    /** The process's credentials, fs state or descriptor table changed (exec, setuid, unshare). */
    void contextChanged() {
        fsContext = null;
    }

    /** A new thread or child inherits the signal mask and nice value; a child of fork also the alternate stack. */
    void inheritSignals(Task parent) {
        blocked = parent.blocked;
        nice = parent.nice;
        affinity = parent.affinity.clone();
        SchedPolicy.inherit(this, parent);
        if (parent.process != process) {
            altStack = parent.altStack.copy();
        }
    }

    public long blocked() {
        return blocked;
    }

    /** The thread's name (/proc/PID/task/TID/comm): its own after PR_SET_NAME, else its process's. */
    public String comm() {
        String c = comm;
        return c != null ? c : process.name;
    }

    public int nice() {
        return nice;
    }

    /** The number of the system call in progress (syscall.S stores it on the way in; the
     *  slow way out reads it here, so that it need not stay in a register across the call). */
    public long origRax() {
        return origRax;
    }

    /** Keeps strace's copy of the arguments of a call about to rewrite them in the frame
     *  (execve, rt_sigreturn) for its exit line, and flags exit work so that syscall.S's
     *  test on the way out finds it. */
    public void keepTracedArguments(long[] arguments) {
        tracedArguments = arguments;
        work = 1;
    }

    /** The arguments keepTracedArguments kept (null if none), forgotten. */
    public long[] takeTracedArguments() {
        long[] a = tracedArguments;
        tracedArguments = null;
        return a;
    }

    public void setClearChildTid(long addr) {
        clearChildTid = addr;
    }

    public long robustListHead() {
        return robustListHead;
    }

    public void setRobustList(long head, long len) {
        robustListHead = head;
        robustListLength = len;
    }

    @Override
    public String toString() {
        return "task " + tid + " (" + process.name + ")";
    }
}
