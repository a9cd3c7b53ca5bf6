/*
 * A process: an address space, the open files, the file-system state (root, cwd, umask), the
 * credentials, its threads (Tasks) and its place in the tree (parent, children, process group,
 * session). A process that has exited keeps its pid as a zombie until its parent reaps it with
 * wait4; its exit status is encoded as wait(2) reports it. Tree and status changes happen under
 * Processes.lock. Created by Processes.spawnInit (PID 1) and by fork/clone.
 */
package exo.kernel.proc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.vfs.FsState;
import exo.kernel.ipc.Ipc;
import exo.kernel.ipc.SemUndo;
import exo.kernel.sched.Threads;
import exo.kernel.vm.AddressSpace;
import exo.rt.Inline;
import java.util.ArrayList;

public final class Process {
    public static final int RUNNING = 0;
    public static final int ZOMBIE = 1;

    public final int pid;
    Process parent;
    final ArrayList<Process> children = new ArrayList<>();
    final ArrayList<Task> threads = new ArrayList<>();
    AddressSpace mm;
    FdTable fds;
    FsState fsState;
    /** How many processes share fds and fsState (clone with CLONE_FILES, CLONE_FS): a box each. */
    int[] fdsUsers = {1};
    int[] fsUsers = {1};
    /** The kernel's own PID 1 of a `./exo run` boot: no program, reaps its children at once. */
    boolean kernelReaper;
    /** vfork: the parent waits until this process execs or exits. */
    boolean vforkDone = true;
    /** Non-zero while the process may not be reaped yet (its last thread is still leaving). */
    int exitingThreads;
    Credentials cred;
    int pgid;
    int sid;
    /** Gave up its session's controlling terminal (TIOCNOTTY); see TtyJobs. */
    boolean detachedFromTty;
    int state = RUNNING;
    /** The wait(2) status once a zombie: (code << 8) for exit, the signal number for a kill. */
    int waitStatus;
    /** The name (comm, 15 characters at most) and the command line (for /proc). */
    String name;
    String[] argv = new String[0];
    /** The environment exec gave the program, and the program's file (/proc/PID/environ, exe). */
    String[] envp = new String[0];
    exo.kernel.fs.vfs.Dentry exe;
    /** When the process was created (Clock.nanoTime; /proc/PID/stat's starttime). */
    final long startNanos = exo.kernel.time.Clock.nanoTime();
    /** Signal dispositions (shared with CLONE_SIGHAND) and signals sent to the whole process. */
    SignalHandlers signals = new SignalHandlers();
    final SignalQueue sharedPending = new SignalQueue();
    /** The signal the parent gets when this process ends (clone's CSIGNAL; SIGCHLD for fork). */
    int exitSignal = 17;
    /** Stopped by SIGSTOP/SIGTSTP/SIGTTIN/SIGTTOU until SIGCONT; its status for wait4 WUNTRACED. */
    boolean stopped;
    int stopStatus;
    /** Woken (POLLIN) when the process ends: pidfds poll on it (PidFd). */
    final exo.kernel.fs.wait.WaitList exitWaiters = new exo.kernel.fs.wait.WaitList();
    boolean stopReported;
    /** Set once exit_group started (or a fatal signal): the other threads are on their way out. */
    volatile boolean exiting;
    /** Resource limits (getrlimit): fork copies them, exec keeps them. */
    ResourceLimits limits = ResourceLimits.initial(Threads.MAX_THREADS);
    /** CPU time and memory of exited threads and reaped children (getrusage, times). */
    final ProcessUsage.Totals usage = new ProcessUsage.Totals();
    /** setitimer's three timers (alarm is ITIMER_REAL). */
    final IntervalTimers itimers = new IntervalTimers(this);
    /** personality(2) (0: PER_LINUX); fork and exec keep it. */
    int personality;
    /** prctl PR_SET_PDEATHSIG: sent to this process when its parent exits (0: none). */
    int parentDeathSignal;
    /** prctl PR_SET_DUMPABLE (1, or 0 after a change of effective ids). */
    int dumpable = 1;
    /** Has called execve since fork: its parent may no longer setpgid it (EACCES). */
    boolean execed;
    /** Resumed by SIGCONT and not yet reported to a wait with WCONTINUED. */
    boolean continuedReport;
    /** The System V semaphore undo list: null until a SEM_UNDO semop or a CLONE_SYSVSEM clone. */
    SemUndo semUndo;

    Process(int pid, String name) {
        this.pid = pid;
        this.name = name;
    }

    /** What a child of fork (or a process the kernel starts for parent) takes from parent. */
    void inheritFrom(Process parent) {
        limits = parent.limits.copy();
        personality = parent.personality;
        dumpable = parent.dumpable;
    }

    public AddressSpace mm() {
        return mm;
    }

    /** The undo list for a SEM_UNDO semop, made on first use (Ipc.lock: two threads may race). */
    public SemUndo semUndoList() {
        Ipc.MACHINE.lock.lock();
        try {
            if (semUndo == null) {
                semUndo = new SemUndo();
            }
            return semUndo;
        } finally {
            Ipc.MACHINE.lock.unlock();
        }
    }

    /** Gives a process that has no thread yet its address space (the kernel's own programs, tests). */
    public void setAddressSpace(AddressSpace space) {
        if (!threads.isEmpty()) {
            throw new IllegalStateException(this + " already runs");
        }
        mm = space;
    }

    public FdTable fds() {
        return fds;
    }

    public FsState fsState() {
        return fsState;
    }

    /**
     * Called by one of this process's threads: is it the only user of its descriptor table
     * (one thread, the table not shared through CLONE_FILES)? Then nobody else can change the
     * table until this thread itself clones, and a system call may look descriptors up
     * without the table's lock or a reference (FdTable.borrow). Read without Processes.lock:
     * the only change another CPU can make meanwhile is a sharer leaving (2 to 1), after which
     * that sharer no longer touches the table.
     */
    @Inline   // every read and write asks
    public boolean soleFdsUser() {
        return fdsUsers[0] == 1 && threads.size() == 1;
    }

    /**
     * Gives the process its own copy of a descriptor table it shares with other processes
     * (clone with CLONE_FILES): close_range's CLOSE_RANGE_UNSHARE.
     */
    public void unshareFds() {
        Processes.lock.lock();
        try {
            if (fdsUsers[0] > 1) {
                fdsUsers[0]--;
                fds = fds.copy(pid);
                fdsUsers = new int[] {1};
                for (Task t : threads) {
                    t.contextChanged();
                }
            }
        } finally {
            Processes.lock.unlock();
        }
    }

    public Credentials cred() {
        return cred;
    }

    public ResourceLimits limits() {
        return limits;
    }

    public IntervalTimers itimers() {
        return itimers;
    }

    public Process parent() {
        return parent;
    }

    public int ppid() {
        return parent == null ? 0 : parent.pid;
    }

    public int pgid() {
        return pgid;
    }

    public int sid() {
        return sid;
    }

    public String name() {
        return name;
    }

    public boolean isZombie() {
        return state == ZOMBIE;
    }

    public int threadCount() {
        return threads.size();
    }

    @Override
    public String toString() {
        return "process " + pid + " (" + name + ")";
    }

    /** Every thread's next system-call exit looks for work (a process-wide signal, exit or stop). */
    void noteWorkAll() {
        for (int i = 0; i < threads.size(); i++) {
            threads.get(i).noteWork();
        }
    }
}
