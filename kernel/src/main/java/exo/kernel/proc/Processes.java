/*
 * The process table and tree: pid allocation, lookup, the first process, and the life cycle
 * shared by the system calls (fork and clone, exit and exit_group, wait4). One mutex guards
 * the table and every parent/child link and status (as Linux's tasklist_lock); a condition
 * variable wakes parents waiting in wait4 when a child changes state. Orphans go to PID 1.
 * Boot calls setUp once the file layer exists; the kernel's reaction to PID 1 exiting (power
 * off with its status in a `./exo run` boot, panic otherwise) is Boot's, through initExit.
 */
package exo.kernel.proc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.setup.FileLayer;
import exo.kernel.fs.setup.SystemFacts;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.wait.Waiter;
import exo.kernel.ipc.Ipc;
import exo.kernel.ipc.IpcProcFiles;
import exo.kernel.mm.FrameRefs;
import exo.kernel.mm.PageTable;
import exo.kernel.sched.Threads;
import exo.kernel.sync.CondVar;
import exo.kernel.sync.Mutex;
import java.util.HashMap;

public final class Processes {
    private Processes() {}

    /** Linux's default pid_max. */
    public static final int PID_MAX = 32768;

    static final Mutex lock = new Mutex();
    /** Signalled whenever a process becomes a zombie (wait4 re-checks its children). */
    static final CondVar childEvents = new CondVar();
    private static final HashMap<Integer, Process> byPid = new HashMap<>();
    /** Every live thread by tid (a process's first thread has tid = pid). */
    private static final HashMap<Integer, Task> byTid = new HashMap<>();
    private static int lastPid;
    static Process init;

    static FileLayer files;
    static SystemFacts facts;
    static PageTable kernelSpace;
    static FrameRefs frames;
    static InitExit initExit = status -> {
        throw new IllegalStateException("init exited with wait status " + status);
    };
    /** The process whose end ends the boot (PID 1, or the command of a run= boot). */
    static Process watched;

    /** What the kernel does when PID 1 has exited (Boot installs it). */
    public interface InitExit {
        void exited(int waitStatus);
    }

    public static void setUp(FileLayer fileLayer, SystemFacts systemFacts, PageTable kernel, FrameRefs frameRefs,
                             InitExit onInitExit) {
        files = fileLayer;
        facts = systemFacts;
        kernelSpace = kernel;
        frames = frameRefs;
        initExit = onInitExit;
        fileLayer.procFs.setProcessTable(new ProcTable());
        IpcProcFiles.publish(fileLayer.procFs, Ipc.MACHINE);   // /proc/sysvipc and the IPC limits
        Ipc.MACHINE.setCurrentPid(Processes::currentPid);      // shm_lpid of fork, exit and exec
        TtyJobs.install(); // terminals ask this table about sessions and send their signals through it
    }

    public static FileLayer files() {
        return files;
    }

    /** The system's names and numbers (uname, /proc). */
    public static SystemFacts facts() {
        return facts;
    }

    public static PageTable kernelSpace() {
        return kernelSpace;
    }

    public static FrameRefs frames() {
        return frames;
    }

    /** The process with this pid (zombies included), or null. */
    public static Process find(int pid) {
        lock.lock();
        try {
            return byPid.get(pid);
        } finally {
            lock.unlock();
        }
    }

    static Process findLocked(int pid) {
        return byPid.get(pid);
    }

    /** The live thread with this tid, or null. */
    public static Task findTask(int tid) {
        lock.lock();
        try {
            return byTid.get(tid);
        } finally {
            lock.unlock();
        }
    }

    static Task findTaskLocked(int tid) {
        return byTid.get(tid);
    }

    /** Every process, zombies included (a snapshot; lock held). */
    static java.util.Collection<Process> allLocked() {
        return new java.util.ArrayList<>(byPid.values());
    }

    /** The running user thread's process id, 0 in a kernel thread. */
    private static int currentPid() {
        Task t = Task.current();
        return t == null ? 0 : t.process.pid;
    }

    public static int count() {
        return byPid.size();
    }

    /** A free id for a process or thread, counting up and wrapping; -1 when all are taken. Locked. */
    static int allocPidLocked() {
        for (int i = 0; i < PID_MAX; i++) {
            lastPid = lastPid >= PID_MAX - 1 ? 2 : lastPid + 1;
            if (!byPid.containsKey(lastPid) && !byTid.containsKey(lastPid)) {
                return lastPid;
            }
        }
        return -1;
    }

    static void addTaskLocked(Task t) {
        byTid.put(t.tid, t);
    }

    static void removeTaskLocked(Task t) {
        byTid.remove(t.tid);
    }

    static void addLocked(Process p) {
        byPid.put(p.pid, p);
    }

    static void removeLocked(Process p) {
        byPid.remove(p.pid);
    }

    /**
     * PID 1, with root's credentials, the root directory and an empty descriptor table; its
     * program (and address space) comes from Exec, its standard streams from openConsole.
     */
    public static Process createInit(String name) {
        lock.lock();
        try {
            Process p = new Process(1, name);
            lastPid = 1;
            p.cred = Credentials.ROOT;
            p.fsState = files.kernelContext().fs.copy();
            p.fds = new FdTable(1);
            p.pgid = 1;
            p.sid = 1;
            addLocked(p);
            init = p;
            watched = p;
            return p;
        } finally {
            lock.unlock();
        }
    }

    public static Process init() {
        return init;
    }

    /** Replaces what happens when PID 1 exits (tests watch their own first process). */
    public static void setInitExit(InitExit onInitExit) {
        initExit = onInitExit;
    }

    /**
     * The kernel's own PID 1 for a run= boot: no program; it reaps every child at once, and
     * the end of `watch` (its first child, the command) ends the boot through InitExit.
     */
    public static Process createKernelInit() {
        Process p = createInit("init");
        p.kernelReaper = true;
        return p;
    }

    /** A new child of parent (no thread yet; exec gives it its program), for the kernel's own use. */
    public static Process createChild(Process parent, String name, boolean watch) {
        lock.lock();
        try {
            int pid = allocPidLocked();
            Process c = new Process(pid, name);
            c.cred = parent.cred;
            c.inheritFrom(parent);
            c.fsState = parent.fsState.copy();
            c.fds = new FdTable(pid);
            c.pgid = pid;
            c.sid = pid;
            c.parent = parent;
            parent.children.add(c);
            addLocked(c);
            if (watch) {
                watched = c;
            }
            return c;
        } finally {
            lock.unlock();
        }
    }

    /** Opens /dev/console as descriptors 0, 1 and 2 of p (PID 1's standard streams). */
    public static int openConsole(Process p) {
        FsContext ctx = new FsContext(p.cred, p.fsState, p.fds, p.pid, Waiter.NEVER);
        for (int fd = 0; fd < 3; fd++) {
            int r = FileIo.openat(files.vfs, ctx, p.fds, FsFlags.AT_FDCWD, "/dev/console", OpenFlags.O_RDWR, 0);
            if (r != fd) {
                return r < 0 ? r : -Errno.EBADF;
            }
        }
        return 0;
    }

    /**
     * Gives p its first thread (tid = pid), entering user mode at rip with the stack pointer at
     * rsp, and starts it. Throws IllegalStateException when no kernel thread can be had.
     */
    public static Task startFirstThread(Process p, long rip, long rsp) {
        Task t = new Task(p.pid, p);
        UserEntry.createThread(t);
        UserEntry.initFrame(t.frame(), rip, rsp);
        lock.lock();
        try {
            p.threads.add(t);
            addTaskLocked(t);
        } finally {
            lock.unlock();
        }
        Threads.start(t.thread);
        return t;
    }
}
