/*
 * The System V IPC namespace of the machine (one: no IPC namespaces here): its tables, the lock
 * every operation takes, and the clock of the *_stime/*_rtime/*_ctime fields. Operations that
 * block (a full or empty message queue) drop the lock while they sleep and take it again to
 * retry. Boot makes the kernel's instance; JUnit tests make their own with a fake clock.
 */
package exo.kernel.ipc;

import exo.kernel.sync.Mutex;
import java.util.function.LongSupplier;

public final class Ipc {
    /** Linux's defaults (/proc/sys/kernel/msgmni, msgmax, msgmnb). */
    public static final int MSGMNI = 32000;
    public static final int MSGMAX = 8192;
    public static final int MSGMNB = 16384;

    /** A signal ended the wait: EINTR with a handler, restarted without (proc.Delivery). */
    static final int ERESTARTNOHAND = 514;
    /** The object was removed while the caller waited (not in fs.Errno: only IPC has it). */
    public static final int EIDRM = 43;

    public final Mutex lock = new Mutex();
    public final IpcTable<MsgQueue> queues = new IpcTable<>(MSGMNI);
    private final LongSupplier clockSeconds;

    /** clockSeconds: the wall clock in seconds since the epoch. */
    public Ipc(LongSupplier clockSeconds) {
        this.clockSeconds = clockSeconds;
    }

    public long nowSeconds() {
        return clockSeconds.getAsLong();
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
}
