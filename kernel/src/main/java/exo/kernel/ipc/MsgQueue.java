/*
 * One System V message queue (msgget(2), msgsnd(2), msgrcv(2), msgctl(2)): typed messages in
 * arrival order, the byte limit msg_qbytes (a sender waits while a message does not fit, or
 * while the queue holds msg_qbytes messages already), and a receiver that picks by type: the
 * first message (type 0), the first of a type (or, with MSG_EXCEPT, of any other), or the first
 * of the lowest type up to |type| (a negative type). A wait ends with the message, EIDRM when
 * the queue is removed, or a signal (ERESTARTNOHAND: EINTR with a handler). Called by
 * syscall.MsgCalls with the message text already copied in, or to be copied out.
 */
package exo.kernel.ipc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.WaitList;
import exo.kernel.fs.wait.Waiter;
import java.util.ArrayList;

public final class MsgQueue extends IpcObject {
    public static final int IPC_NOWAIT = 04000;
    public static final int MSG_NOERROR = 010000;
    public static final int MSG_EXCEPT = 020000;
    public static final int MSG_COPY = 040000;

    /** A received message: its type and its text (cut to the size asked for with MSG_NOERROR). */
    public static final class Message {
        private final long type;
        private final byte[] text;

        Message(long type, byte[] text) {
            this.type = type;
            this.text = text;
        }

        public long type() {
            return type;
        }

        public byte[] text() {
            return text;
        }
    }

    private final ArrayList<Message> queue = new ArrayList<>();
    private final WaitList senders = new WaitList();
    private final WaitList receivers = new WaitList();
    private long bytes;
    private long maxBytes = Ipc.MSGMNB;
    private long sendSeconds;
    private long receiveSeconds;
    private int lastSender;
    private int lastReceiver;

    /** msgsnd: queues text as a message of type (>= 1, checked by the caller); 0 or -errno. */
    public int send(Ipc ipc, Credentials c, int pid, long type, byte[] text, int flags, Waiter waiter) {
        for (;;) {
            ipc.lock.lock();
            try {
                if (removed) {
                    return -Ipc.EIDRM;
                }
                if (!allows(c, WRITE)) {
                    return -Errno.EACCES;
                }
                if (fits(text.length)) {
                    queue.add(new Message(type, text));
                    bytes += text.length;
                    lastSender = pid;
                    sendSeconds = ipc.nowSeconds();
                    receivers.wake(Poll.ANY);
                    return 0;
                }
                if ((flags & IPC_NOWAIT) != 0) {
                    return -Errno.EAGAIN;
                }
            } finally {
                ipc.lock.unlock();
            }
            int w = waiter.waitOn(senders, Poll.ANY, () -> removed || fits(text.length));
            if (w < 0) {
                return -Ipc.ERESTARTNOHAND;
            }
        }
    }

    private boolean fits(int size) {
        return bytes + size <= maxBytes && queue.size() + 1 <= maxBytes;
    }

    /**
     * msgrcv: takes the message type selects (see above) if its text fits maxSize (or is cut
     * with MSG_NOERROR); MSG_COPY copies message number `type` instead, leaving it queued.
     * The result is the message, or null with -errno in err[0].
     */
    public Message receive(Ipc ipc, Credentials c, int pid, long type, long maxSize, int flags, Waiter waiter, int[] err) {
        for (;;) {
            ipc.lock.lock();
            try {
                if (removed) {
                    err[0] = Ipc.EIDRM;
                    return null;
                }
                if (!allows(c, READ)) {
                    err[0] = Errno.EACCES;
                    return null;
                }
                int at = (flags & MSG_COPY) != 0 ? (type < queue.size() ? (int) type : -1) : find(type, flags);
                if (at >= 0) {
                    return take(ipc, pid, at, maxSize, flags, err);
                }
                if ((flags & IPC_NOWAIT) != 0) {
                    err[0] = Errno.ENOMSG;
                    return null;
                }
            } finally {
                ipc.lock.unlock();
            }
            int w = waiter.waitOn(receivers, Poll.ANY, () -> removed || find(type, flags) >= 0);
            if (w < 0) {
                err[0] = Ipc.ERESTARTNOHAND;
                return null;
            }
        }
    }

    private Message take(Ipc ipc, int pid, int at, long maxSize, int flags, int[] err) {
        Message m = queue.get(at);
        int fullLength = m.text().length;
        if (fullLength > maxSize) {
            if ((flags & MSG_NOERROR) == 0) {
                err[0] = Errno.E2BIG;
                return null;
            }
            byte[] cut = new byte[(int) maxSize];
            System.arraycopy(m.text(), 0, cut, 0, cut.length);
            m = new Message(m.type(), cut);
        }
        if ((flags & MSG_COPY) != 0) {
            return m;
        }
        queue.remove(at);
        bytes -= fullLength;
        lastReceiver = pid;
        receiveSeconds = ipc.nowSeconds();
        senders.wake(Poll.ANY);
        return m;
    }

    /** The index of the message type selects, or -1. */
    private int find(long type, int flags) {
        if (type == 0) {
            return queue.isEmpty() ? -1 : 0;
        }
        if (type > 0) {
            boolean except = (flags & MSG_EXCEPT) != 0;
            for (int i = 0; i < queue.size(); i++) {
                if ((queue.get(i).type() == type) != except) {
                    return i;
                }
            }
            return -1;
        }
        int best = -1;
        long limit = type == Long.MIN_VALUE ? Long.MAX_VALUE : -type;
        for (int i = 0; i < queue.size(); i++) {
            long t = queue.get(i).type();
            if (t <= limit && (best < 0 || t < queue.get(best).type())) {
                best = i;
            }
        }
        return best;
    }

    /** IPC_SET: new owner, mode bits and byte limit; senders may fit now. Lock held. */
    public void set(int newUid, int newGid, int newMode, long newMaxBytes, long nowSeconds) {
        setOwner(newUid, newGid, newMode, nowSeconds);
        maxBytes = newMaxBytes;
        senders.wake(Poll.ANY);
    }

    /** IPC_RMID: the queue leaves the table; its waiters end with EIDRM. Lock held. */
    public void remove(Ipc ipc) {
        ipc.queues.remove(this);
        queue.clear();
        bytes = 0;
        senders.wake(Poll.ANY);
        receivers.wake(Poll.ANY);
    }

    public long messages() {
        return queue.size();
    }

    public long bytes() {
        return bytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long sendSeconds() {
        return sendSeconds;
    }

    public long receiveSeconds() {
        return receiveSeconds;
    }

    public int lastSender() {
        return lastSender;
    }

    public int lastReceiver() {
        return lastReceiver;
    }
}
