/*
 * System V message queues (msgget 68, msgsnd 69, msgrcv 70, msgctl 71): the user's struct
 * msgbuf ({long mtype; char mtext[]}), struct msqid64_ds and struct msginfo are copied and laid
 * out here; the queues and their rules are ipc.MsgQueue's, in the machine's one ipc.Ipc. Sizes
 * and limits are Linux's: msgsz above MSGMAX or negative and mtype < 1 are EINVAL, msg_qbytes
 * may be raised above MSGMNB by root only. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.ipc.Ipc;
import exo.kernel.ipc.IpcObject;
import exo.kernel.ipc.IpcTable;
import exo.kernel.ipc.MsgQueue;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.util.LittleEndian;
import exo.kernel.vm.AddressSpace;

final class MsgCalls {
    private MsgCalls() {}

    static final Ipc IPC = Ipc.MACHINE;

    static final int IPC_RMID = 0;
    static final int IPC_SET = 1;
    static final int IPC_STAT = 2;
    static final int IPC_INFO = 3;
    static final int MSG_STAT = 11;
    static final int MSG_INFO = 12;
    static final int MSG_STAT_ANY = 13;
    /** musl and glibc add it to every cmd (the 64-bit layouts, the only ones on x86_64). */
    static final int IPC_64 = 0x100;

    /** struct msqid64_ds: ipc64_perm (48 bytes), three times, three counts, two pids. */
    static final int MSQID_DS_SIZE = 120;
    static final int MSGINFO_SIZE = 32;

    static long msgget(Task t, int key, int flags) {
        IPC.lock.lock();
        try {
            return IPC.queues.get(key, flags, t.process.cred(), IPC.nowSeconds(), MsgQueue::new);
        } finally {
            IPC.lock.unlock();
        }
    }

    static long msgsnd(Task t, int id, long bufAddr, long size, int flags) {
        if (size < 0 || size > Ipc.MSGMAX) {
            return -Errno.EINVAL;
        }
        AddressSpace mm = t.process.mm();
        boolean[] ok = {true};
        long type = UserMemory.readLong(mm, bufAddr, ok);
        if (!ok[0]) {
            return -Errno.EFAULT;
        }
        MsgQueue q = queue(id);
        if (type < 1 || q == null) {
            return -Errno.EINVAL;
        }
        byte[] text = new byte[(int) size];
        if (UserMemory.copyInArray(mm, bufAddr + 8, text, 0, text.length) != text.length) {
            return -Errno.EFAULT;
        }
        return q.send(IPC, t.process.cred(), t.process.pid, type, text, flags, t.fsContext().waiter);
    }

    static long msgrcv(Task t, int id, long bufAddr, long size, long type, int flags) {
        if (size < 0) {
            return -Errno.EINVAL;
        }
        if ((flags & MsgQueue.MSG_COPY) != 0
                && ((flags & MsgQueue.MSG_EXCEPT) != 0 || (flags & MsgQueue.IPC_NOWAIT) == 0)) {
            return -Errno.EINVAL;
        }
        MsgQueue q = queue(id);
        if (q == null) {
            return -Errno.EINVAL;
        }
        int[] err = new int[1];
        MsgQueue.Message m = q.receive(IPC, t.process.cred(), t.process.pid, type, size, flags, t.fsContext().waiter, err);
        if (m == null) {
            return -err[0];
        }
        AddressSpace mm = t.process.mm();
        if (!UserMemory.writeLong(mm, bufAddr, m.type())
                || UserMemory.copyOutArray(mm, bufAddr + 8, m.text(), 0, m.text().length) != m.text().length) {
            return -Errno.EFAULT;
        }
        return m.text().length;
    }

    static long msgctl(Task t, int id, int cmd, long bufAddr) {
        cmd &= ~IPC_64;
        Credentials c = t.process.cred();
        IPC.lock.lock();
        try {
            switch (cmd) {
                case IPC_INFO:
                case MSG_INFO:
                    return info(t, cmd, bufAddr);
                case MSG_STAT:
                case MSG_STAT_ANY: {
                    MsgQueue q = IPC.queues.atIndex(id);
                    if (q == null) {
                        return -Errno.EINVAL;
                    }
                    return cmd == MSG_STAT && !q.allows(c, MsgQueue.READ) ? -Errno.EACCES
                            : copyOutStat(t, q, bufAddr) < 0 ? -Errno.EFAULT : q.id();
                }
                case IPC_STAT: {
                    MsgQueue q = IPC.queues.byId(id);
                    if (q == null) {
                        return -Errno.EINVAL;
                    }
                    return !q.allows(c, MsgQueue.READ) ? -Errno.EACCES : copyOutStat(t, q, bufAddr);
                }
                case IPC_SET:
                    return set(t, c, IPC.queues.byId(id), bufAddr);
                case IPC_RMID: {
                    MsgQueue q = IPC.queues.byId(id);
                    if (q == null) {
                        return -Errno.EINVAL;
                    }
                    if (!q.ownedBy(c)) {
                        return -Errno.EPERM;
                    }
                    q.remove(IPC);
                    return 0;
                }
                default:
                    return -Errno.EINVAL;
            }
        } finally {
            IPC.lock.unlock();
        }
    }

    private static MsgQueue queue(int id) {
        IPC.lock.lock();
        try {
            return IPC.queues.byId(id);
        } finally {
            IPC.lock.unlock();
        }
    }

    private static long set(Task t, Credentials c, MsgQueue q, long bufAddr) {
        if (q == null) {
            return -Errno.EINVAL;
        }
        byte[] b = new byte[MSQID_DS_SIZE];
        if (UserMemory.copyInArray(t.process.mm(), bufAddr, b, 0, b.length) != b.length) {
            return -Errno.EFAULT;
        }
        if (!q.ownedBy(c)) {
            return -Errno.EPERM;
        }
        long qbytes = LittleEndian.u64(b, 88);
        if (qbytes > Ipc.MSGMNB && qbytes > q.maxBytes() && !c.isRoot()) {
            return -Errno.EPERM;
        }
        q.set(IpcObject.permUid(b), IpcObject.permGid(b), IpcObject.permMode(b), qbytes, IPC.nowSeconds());
        return 0;
    }

    /** Writes q's struct msqid64_ds at bufAddr; 0 or -EFAULT. */
    private static long copyOutStat(Task t, MsgQueue q, long bufAddr) {
        byte[] b = new byte[MSQID_DS_SIZE];
        q.writePerm(b);
        LittleEndian.put64(b, 48, q.sendSeconds());
        LittleEndian.put64(b, 56, q.receiveSeconds());
        LittleEndian.put64(b, 64, q.changeSeconds());
        LittleEndian.put64(b, 72, q.bytes());
        LittleEndian.put64(b, 80, q.messages());
        LittleEndian.put64(b, 88, q.maxBytes());
        LittleEndian.put32(b, 96, q.lastSender());
        LittleEndian.put32(b, 100, q.lastReceiver());
        return UserMemory.copyOutArray(t.process.mm(), bufAddr, b, 0, b.length) == b.length ? 0 : -Errno.EFAULT;
    }

    /** IPC_INFO (the limits) or MSG_INFO (the same, with what is in use); the highest index. */
    private static long info(Task t, int cmd, long bufAddr) {
        byte[] b = new byte[MSGINFO_SIZE];
        long[] totals = IPC.queuedTotals();
        LittleEndian.put32(b, 0, cmd == MSG_INFO ? IPC.queues.inUse() : Ipc.MSGMNI * (Ipc.MSGMNB / 1024));   // msgpool
        LittleEndian.put32(b, 4, cmd == MSG_INFO ? (int) totals[0] : 16384);          // msgmap
        LittleEndian.put32(b, 8, Ipc.MSGMAX);
        LittleEndian.put32(b, 12, Ipc.MSGMNB);
        LittleEndian.put32(b, 16, Ipc.MSGMNI);
        LittleEndian.put32(b, 20, 16);                                                // msgssz
        LittleEndian.put32(b, 24, cmd == MSG_INFO ? (int) totals[1] : 16384);         // msgtql
        LittleEndian.put16(b, 28, 0xFFFF);                                            // msgseg
        if (UserMemory.copyOutArray(t.process.mm(), bufAddr, b, 0, b.length) != b.length) {
            return -Errno.EFAULT;
        }
        return Math.max(0, IPC.queues.highestIndex());
    }
}
