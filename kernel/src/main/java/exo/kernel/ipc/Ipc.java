/*
 * The System V IPC namespace of the machine (one: no IPC namespaces here): its tables (message
 * queues, semaphore sets, shared memory segments), the lock every operation takes, and the
 * clock of the *_stime/*_rtime/*_ctime fields. MACHINE is the kernel's; JUnit tests make their
 * own with a fake clock. Operations that block (a full or empty message queue, a semaphore that
 * cannot go down) drop the lock while they sleep and take it again to retry.
 */
package exo.kernel.ipc;

import exo.kernel.sync.Mutex;
import exo.kernel.time.Clock;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

public final class Ipc {
    /** Linux's defaults (/proc/sys/kernel/msgmni, msgmax, msgmnb). */
    public static final int MSGMNI = 32000;
    public static final int MSGMAX = 8192;
    public static final int MSGMNB = 16384;
    /** Linux's defaults (/proc/sys/kernel/sem: semmsl, semmns, semopm, semmni). */
    public static final int SEMMSL = 32000;
    public static final int SEMMNS = 1024000000;
    public static final int SEMOPM = 500;
    public static final int SEMMNI = 32000;
    /** Linux's defaults (/proc/sys/kernel/shmmax, shmall in pages, shmmni; shmmin is fixed). */
    public static final long SHMMAX = -1L - (1L << 24);
    public static final long SHMALL = -1L - (1L << 24);
    public static final int SHMMNI = 4096;
    public static final long SHMMIN = 1;

    /** A signal ended the wait: EINTR with a handler, restarted without (proc.Delivery). */
    static final int ERESTARTNOHAND = 514;
    /** The object was removed while the caller waited (not in fs.Errno: only IPC has it). */
    public static final int EIDRM = 43;

    /** The machine's namespace, on the wall clock: the one the system calls and exits use. */
    public static final Ipc MACHINE = new Ipc(() -> Clock.currentTimeMillis() / 1000);

    public final Mutex lock = new Mutex();
    public final IpcTable<MsgQueue> queues = new IpcTable<>(MSGMNI);
    public final IpcTable<SemSet> sems = new IpcTable<>(SEMMNI);
    public final IpcTable<ShmSegment> shms = new IpcTable<>(SHMMNI);
    /** Pages of every segment in shms (SHM_INFO's shm_tot, checked against SHMALL). */
    long shmPages;
    /** The SHMMAX and SHMALL limits now (/proc/sys/kernel/shmmax, shmall: root may change them). */
    public volatile long shmMaxBytes = SHMMAX;
    public volatile long shmAllPages = SHMALL;
    private final LongSupplier clockSeconds;
    /** The calling process's pid, for attachments taken and dropped by vm (proc installs it). */
    private volatile IntSupplier currentPid = () -> 0;

    /** clockSeconds: the wall clock in seconds since the epoch. */
    public Ipc(LongSupplier clockSeconds) {
        this.clockSeconds = clockSeconds;
    }

    public long shmPages() {
        return shmPages;
    }

    public long nowSeconds() {
        return clockSeconds.getAsLong();
    }

    /** proc tells who the running process is (shm_lpid of fork's, exit's and exec's attachments). */
    public void setCurrentPid(IntSupplier pid) {
        currentPid = pid;
    }

    public int currentPid() {
        return currentPid.getAsInt();
    }

    /** MSG_INFO's totals: messages queued and their bytes, over every queue. Lock held. */
    public long[] queuedTotals() {
        long messages = 0;
        long bytes = 0;
        for (int i = 0; i <= queues.highestIndex(); i++) {
            MsgQueue q = queues.atIndex(i);
            if (q != null) {
                messages += q.messages();
                bytes += q.bytes();
            }
        }
        return new long[] {messages, bytes};
    }

    /** clone with CLONE_SYSVSEM: one more process shares the undo list u; returns u. */
    public SemUndo share(SemUndo u) {
        lock.lock();
        try {
            u.users++;
        } finally {
            lock.unlock();
        }
        return u;
    }

    /**
     * Process pid is gone (or its clone failed) and no longer uses the undo list u (null: it
     * had none): once no process shares u, its SEM_UNDO adjustments are applied, as the
     * operations of pid (proc.Exits and proc.Fork call this).
     */
    public void processExited(int pid, SemUndo u) {
        if (u == null) {
            return;
        }
        lock.lock();
        try {
            if (--u.users > 0) {
                return;
            }
            for (int i = 0; i <= sems.highestIndex(); i++) {
                SemSet s = sems.atIndex(i);
                if (s != null) {
                    s.revertFor(u, pid);
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
