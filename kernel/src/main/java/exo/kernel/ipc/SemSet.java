/*
 * One System V semaphore set (semget(2), semop(2), semtimedop(2), semctl(2)): nsems counters
 * in [0, SEMVMX], each with the pid of its last operation. semop applies a whole array of
 * operations or none: an operation that would take a counter below zero (or wait for zero
 * while it is not) makes the caller wait (EAGAIN with IPC_NOWAIT) until another operation or
 * SETVAL/SETALL changes the set, the set is removed (EIDRM), a signal comes (EINTR) or the
 * timeout passes (EAGAIN). SEM_UNDO operations are remembered per undo list (SemUndo: a
 * process's, shared through CLONE_SYSVSEM) and reverted when its last process exits
 * (Ipc.processExited). Called by syscall.SemCalls.
 */
package exo.kernel.ipc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.WaitList;
import exo.kernel.fs.wait.Waiter;
import java.util.HashMap;

public final class SemSet extends IpcObject {
    public static final int SEMVMX = 32767;
    public static final int SEM_UNDO = 0x1000;
    public static final int IPC_NOWAIT = 04000;

    private int[] values = new int[0];
    private int[] lastPids = new int[0];
    /** Callers waiting for a counter to grow (semncnt) and for one to reach zero (semzcnt). */
    private int[] growWaiters = new int[0];
    private int[] zeroWaiters = new int[0];
    private final WaitList waiters = new WaitList();
    /** Undo list -> the adjustment each counter gets back when its last process exits (SEM_UNDO). */
    private final HashMap<SemUndo, int[]> undo = new HashMap<>();
    private long opSeconds;

    /** A set of nsems counters at 0 (semget checks nsems). */
    public static SemSet ofSize(int nsems) {
        SemSet s = new SemSet();
        s.setSize(nsems);
        return s;
    }

    private void setSize(int nsems) {
        values = new int[nsems];
        lastPids = new int[nsems];
        growWaiters = new int[nsems];
        zeroWaiters = new int[nsems];
    }

    public int size() {
        return values.length;
    }

    /**
     * semop/semtimedop: ops are {sem_num, sem_op, sem_flg} triples, checked for range by the
     * caller; deadlineNanos is Waiter.FOREVER without a timeout. undoList is the caller's undo
     * list, needed (not null) when an operation has SEM_UNDO. 0 or -errno.
     */
    public int operate(Ipc ipc, Credentials c, int pid, SemUndo undoList, short[] ops, long deadlineNanos, Waiter waiter) {
        if (undoList == null && usesUndo(ops)) {
            throw new IllegalArgumentException("SEM_UNDO without an undo list");
        }
        boolean alters = false;
        for (int i = 0; i < ops.length; i += 3) {
            alters |= ops[i + 1] != 0;
        }
        int[] blockedOn = new int[2];
        for (;;) {
            ipc.lock.lock();
            try {
                if (removed) {
                    return -Ipc.EIDRM;
                }
                if (!allows(c, alters ? WRITE : READ)) {
                    return -Errno.EACCES;
                }
                int r = tryApply(ops, pid, undoList, blockedOn);
                if (r <= 0) {
                    if (r == 0) {
                        opSeconds = ipc.nowSeconds();
                        waiters.wake(Poll.ANY);
                    }
                    return r;
                }
                if ((ops[r - 1 + 2] & IPC_NOWAIT) != 0) {
                    return -Errno.EAGAIN;
                }
                countWaiter(blockedOn, 1);
            } finally {
                ipc.lock.unlock();
            }
            int w = waiter.waitOn(waiters, Poll.ANY, () -> removed || wouldApply(ops), deadlineNanos);
            ipc.lock.lock();
            countWaiter(blockedOn, -1);
            ipc.lock.unlock();
            if (w == -Errno.ETIMEDOUT) {
                return -Errno.EAGAIN;
            }
            if (w < 0) {
                return -Ipc.ERESTARTNOHAND;
            }
        }
    }

    /** Does one of the {sem_num, sem_op, sem_flg} triples ask for SEM_UNDO? */
    public static boolean usesUndo(short[] ops) {
        for (int i = 0; i < ops.length; i += 3) {
            if ((ops[i + 2] & SEM_UNDO) != 0) {
                return true;
            }
        }
        return false;
    }

    private void countWaiter(int[] blockedOn, int delta) {
        int n = blockedOn[0];
        if (n < values.length) {
            if (blockedOn[1] == 0) {
                zeroWaiters[n] += delta;
            } else {
                growWaiters[n] += delta;
            }
        }
    }

    /**
     * Applies every operation or none. 0 when applied; -ERANGE when a counter would pass
     * SEMVMX; otherwise 1 + the index of the blocking operation (its sem_num and sem_op in
     * blockedOn).
     */
    private int tryApply(short[] ops, int pid, SemUndo undoList, int[] blockedOn) {
        int[] next = values.clone();
        for (int i = 0; i < ops.length; i += 3) {
            int n = ops[i];
            int op = ops[i + 1];
            if (op == 0 ? next[n] != 0 : next[n] + op < 0) {
                blockedOn[0] = n;
                blockedOn[1] = op;
                return i + 1;
            }
            next[n] += op;
            if (next[n] > SEMVMX) {
                return -Errno.ERANGE;
            }
        }
        values = next;
        for (int i = 0; i < ops.length; i += 3) {
            lastPids[ops[i]] = pid;
            if ((ops[i + 2] & SEM_UNDO) != 0 && ops[i + 1] != 0) {
                undo.computeIfAbsent(undoList, k -> new int[values.length])[ops[i]] -= ops[i + 1];
            }
        }
        return 0;
    }

    private boolean wouldApply(short[] ops) {
        int[] next = values.clone();
        for (int i = 0; i < ops.length; i += 3) {
            int n = ops[i];
            int op = ops[i + 1];
            if (op == 0 ? next[n] != 0 : next[n] + op < 0) {
                return false;
            }
            next[n] += op;
        }
        return true;
    }

    /** SETVAL: -ERANGE outside [0, SEMVMX]; undo records for the counter are cleared. Lock held. */
    public int setValue(int n, int value, int pid, long nowSeconds) {
        if (value < 0 || value > SEMVMX) {
            return -Errno.ERANGE;
        }
        values[n] = value;
        lastPids[n] = pid;
        for (int[] adj : undo.values()) {
            adj[n] = 0;
        }
        changeSeconds = nowSeconds;
        waiters.wake(Poll.ANY);
        return 0;
    }

    /** SETALL: every counter at once; -ERANGE (nothing changed) when one is out of range. Lock held. */
    public int setAll(int[] newValues, int pid, long nowSeconds) {
        for (int v : newValues) {
            if (v < 0 || v > SEMVMX) {
                return -Errno.ERANGE;
            }
        }
        for (int n = 0; n < values.length; n++) {
            values[n] = newValues[n];
            lastPids[n] = pid;
        }
        undo.clear();
        changeSeconds = nowSeconds;
        waiters.wake(Poll.ANY);
        return 0;
    }

    /** The last process of undo list u (pid) exits: its adjustments are applied (clamped at 0 and SEMVMX). Lock held. */
    void revertFor(SemUndo u, int pid) {
        int[] adj = undo.remove(u);
        if (adj == null || removed) {
            return;
        }
        for (int n = 0; n < values.length; n++) {
            if (adj[n] != 0) {
                values[n] = Math.max(0, Math.min(SEMVMX, values[n] + adj[n]));
                lastPids[n] = pid;
            }
        }
        waiters.wake(Poll.ANY);
    }

    /** IPC_RMID: the set leaves the table; its waiters end with EIDRM. Lock held. */
    public void remove(Ipc ipc) {
        ipc.sems.remove(this);
        undo.clear();
        waiters.wake(Poll.ANY);
    }

    /** IPC_SET: new owner and mode bits. Lock held. */
    public void set(int newUid, int newGid, int newMode, long nowSeconds) {
        setOwner(newUid, newGid, newMode, nowSeconds);
    }

    public int value(int n) {
        return values[n];
    }

    public int[] values() {
        return values.clone();
    }

    public int lastPid(int n) {
        return lastPids[n];
    }

    public int growWaiters(int n) {
        return growWaiters[n];
    }

    public int zeroWaiters(int n) {
        return zeroWaiters[n];
    }

    public long opSeconds() {
        return opSeconds;
    }
}
