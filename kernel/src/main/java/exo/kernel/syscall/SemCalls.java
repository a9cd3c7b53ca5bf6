/*
 * System V semaphores (semget 64, semop 65, semctl 66, semtimedop 220): struct sembuf arrays,
 * struct semid64_ds, struct seminfo and the value arrays of GETALL/SETALL are copied and laid
 * out here; the sets and their rules are ipc.SemSet's, in MsgCalls' ipc.Ipc. Limits are
 * Linux's defaults: nsems up to SEMMSL, nsops up to SEMOPM (E2BIG), sem_num below the set's
 * size (EFBIG). Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.event.PollCall;
import exo.kernel.ipc.Ipc;
import exo.kernel.ipc.IpcObject;
import exo.kernel.ipc.IpcTable;
import exo.kernel.ipc.SemSet;
import exo.kernel.ipc.SemUndo;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.util.LittleEndian;

final class SemCalls {
    private SemCalls() {}

    private static final Ipc IPC = MsgCalls.IPC;

    static final int GETPID = 11;
    static final int GETVAL = 12;
    static final int GETALL = 13;
    static final int GETNCNT = 14;
    static final int GETZCNT = 15;
    static final int SETVAL = 16;
    static final int SETALL = 17;
    static final int SEM_STAT = 18;
    static final int SEM_INFO = 19;
    static final int SEM_STAT_ANY = 20;
    static final int SEMID_DS_SIZE = 104;
    static final int SEMINFO_SIZE = 40;

    static long semget(Task t, int key, int nsems, int flags) {
        if (nsems < 0 || nsems > Ipc.SEMMSL) {
            return -Errno.EINVAL;
        }
        IPC.lock.lock();
        try {
            SemSet found = key == IpcTable.IPC_PRIVATE ? null : IPC.sems.find(key);
            boolean exclusive = (flags & (IpcTable.IPC_CREAT | IpcTable.IPC_EXCL)) == (IpcTable.IPC_CREAT | IpcTable.IPC_EXCL);
            if (found != null && !exclusive && nsems > found.size()) {
                return -Errno.EINVAL;
            }
            if (found == null && nsems == 0 && (key == IpcTable.IPC_PRIVATE || (flags & IpcTable.IPC_CREAT) != 0)) {
                return -Errno.EINVAL;
            }
            return IPC.sems.get(key, flags, t.process.cred(), IPC.nowSeconds(), () -> SemSet.ofSize(nsems));
        } finally {
            IPC.lock.unlock();
        }
    }

    /** semop (timeoutAddr 0) and semtimedop. */
    static long semtimedop(Task t, int id, long opsAddr, long nsops, long timeoutAddr) {
        if (nsops < 1 || id < 0) {
            return -Errno.EINVAL;
        }
        if (nsops > Ipc.SEMOPM) {
            return -Errno.E2BIG;
        }
        byte[] b = new byte[(int) nsops * 6];
        if (UserMemory.copyInArray(t.process.mm(), opsAddr, b, 0, b.length) != b.length) {
            return -Errno.EFAULT;
        }
        long timeout = PollCalls.readTimespec(t, timeoutAddr);   // PollCalls.FOREVER without one
        if (timeout < PollCalls.FOREVER) {
            return timeout;
        }
        long deadline = PollCall.deadline(t.fsContext(), timeout);
        short[] ops = new short[(int) nsops * 3];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = (short) LittleEndian.u16(b, 2 * i);
        }
        SemSet s = set(id);
        if (s == null) {
            return -Errno.EINVAL;
        }
        for (int i = 0; i < ops.length; i += 3) {
            if ((ops[i] & 0xFFFF) >= s.size()) {
                return -Errno.EFBIG;
            }
        }
        SemUndo undo = SemSet.usesUndo(ops) ? t.process.semUndoList() : null;
        return s.operate(IPC, t.process.cred(), t.process.pid, undo, ops, deadline, t.fsContext().waiter);
    }

    private static SemSet set(int id) {
        IPC.lock.lock();
        try {
            return IPC.sems.byId(id);
        } finally {
            IPC.lock.unlock();
        }
    }

    static long semctl(Task t, int id, int n, int cmd, long arg) {
        cmd &= ~MsgCalls.IPC_64;
        Credentials c = t.process.cred();
        IPC.lock.lock();
        try {
            if (cmd == MsgCalls.IPC_INFO || cmd == SEM_INFO) {
                return info(t, cmd, arg);
            }
            SemSet s = cmd == SEM_STAT || cmd == SEM_STAT_ANY ? IPC.sems.atIndex(id) : IPC.sems.byId(id);
            if (s == null) {
                return -Errno.EINVAL;
            }
            switch (cmd) {
                case MsgCalls.IPC_RMID:
                    if (!s.ownedBy(c)) {
                        return -Errno.EPERM;
                    }
                    s.remove(IPC);
                    return 0;
                case MsgCalls.IPC_SET:
                    return set(t, c, s, arg);
                case MsgCalls.IPC_STAT:
                case SEM_STAT:
                case SEM_STAT_ANY:
                    if (cmd != SEM_STAT_ANY && !s.allows(c, SemSet.READ)) {
                        return -Errno.EACCES;
                    }
                    return copyOutStat(t, s, arg) < 0 ? -Errno.EFAULT : cmd == MsgCalls.IPC_STAT ? 0 : s.id();
                default:
                    return counters(t, c, s, n, cmd, arg);
            }
        } finally {
            IPC.lock.unlock();
        }
    }

    /** GETVAL, GETPID, GETNCNT, GETZCNT, GETALL, SETVAL, SETALL. Lock held. */
    private static long counters(Task t, Credentials c, SemSet s, int n, int cmd, long arg) {
        boolean one = cmd == GETVAL || cmd == GETPID || cmd == GETNCNT || cmd == GETZCNT || cmd == SETVAL;
        if (!one && cmd != GETALL && cmd != SETALL) {
            return -Errno.EINVAL;
        }
        if (one && (n < 0 || n >= s.size())) {
            return -Errno.EINVAL;
        }
        boolean writes = cmd == SETVAL || cmd == SETALL;
        if (!s.allows(c, writes ? SemSet.WRITE : SemSet.READ)) {
            return -Errno.EACCES;
        }
        switch (cmd) {
            case GETVAL: return s.value(n);
            case GETPID: return s.lastPid(n);
            case GETNCNT: return s.growWaiters(n);
            case GETZCNT: return s.zeroWaiters(n);
            case SETVAL: return s.setValue(n, (int) arg, t.process.pid, IPC.nowSeconds());
            default: return all(t, s, cmd == SETALL, arg);
        }
    }

    private static long all(Task t, SemSet s, boolean store, long arg) {
        byte[] b = new byte[2 * s.size()];
        if (store) {
            if (UserMemory.copyInArray(t.process.mm(), arg, b, 0, b.length) != b.length) {
                return -Errno.EFAULT;
            }
            int[] v = new int[s.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = LittleEndian.u16(b, 2 * i);
            }
            return s.setAll(v, t.process.pid, IPC.nowSeconds());
        }
        int[] v = s.values();
        for (int i = 0; i < v.length; i++) {
            LittleEndian.put16(b, 2 * i, v[i]);
        }
        return UserMemory.copyOutArray(t.process.mm(), arg, b, 0, b.length) == b.length ? 0 : -Errno.EFAULT;
    }

    private static long set(Task t, Credentials c, SemSet s, long arg) {
        byte[] b = new byte[SEMID_DS_SIZE];
        if (UserMemory.copyInArray(t.process.mm(), arg, b, 0, b.length) != b.length) {
            return -Errno.EFAULT;
        }
        if (!s.ownedBy(c)) {
            return -Errno.EPERM;
        }
        s.set(IpcObject.permUid(b), IpcObject.permGid(b), IpcObject.permMode(b), IPC.nowSeconds());
        return 0;
    }

    private static long copyOutStat(Task t, SemSet s, long arg) {
        byte[] b = new byte[SEMID_DS_SIZE];
        s.writePerm(b);
        LittleEndian.put64(b, 48, s.opSeconds());
        LittleEndian.put64(b, 64, s.changeSeconds());
        LittleEndian.put64(b, 80, s.size());
        return UserMemory.copyOutArray(t.process.mm(), arg, b, 0, b.length) == b.length ? 0 : -Errno.EFAULT;
    }

    /** IPC_INFO (the limits) or SEM_INFO (with what is in use); returns the highest index. */
    private static long info(Task t, int cmd, long arg) {
        long sets = 0;
        long sems = 0;
        for (int i = 0; i <= IPC.sems.highestIndex(); i++) {
            SemSet s = IPC.sems.atIndex(i);
            if (s != null) {
                sets++;
                sems += s.size();
            }
        }
        int[] f = {Ipc.SEMMNS, Ipc.SEMMNI, Ipc.SEMMNS, Ipc.SEMMNS, Ipc.SEMMSL, Ipc.SEMOPM, Ipc.SEMOPM,
            cmd == SEM_INFO ? (int) sets : 20, SemSet.SEMVMX, cmd == SEM_INFO ? (int) sems : SemSet.SEMVMX};
        byte[] b = new byte[SEMINFO_SIZE];
        for (int i = 0; i < f.length; i++) {
            LittleEndian.put32(b, 4 * i, f[i]);
        }
        if (UserMemory.copyOutArray(t.process.mm(), arg, b, 0, b.length) != b.length) {
            return -Errno.EFAULT;
        }
        return Math.max(0, IPC.sems.highestIndex());
    }
}
