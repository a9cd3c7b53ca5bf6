/*
 * System V semaphore sets on the host: semop's all-or-nothing application, a wait for a
 * counter to grow (and for zero) played by a ScriptedWaiter, semncnt/semzcnt while waiting,
 * IPC_NOWAIT, ERANGE past SEMVMX, SETVAL/SETALL, the timeout, removal (EIDRM) and SEM_UNDO
 * reverted when the last process sharing the undo list exits (CLONE_SYSVSEM shares it).
 */
package exo.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.ScriptedWaiter;
import exo.kernel.fs.wait.Waiter;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

class SemSetTest {
    private final Ipc ipc = new Ipc(() -> 1_000);
    private final Credentials alice = Credentials.user(1000, 1000);
    /** Each test process's undo list, made on its first operation as Process.semUndoList does. */
    private final HashMap<Integer, SemUndo> undoLists = new HashMap<>();

    private SemSet create(int nsems) {
        int id = ipc.sems.get(IpcTable.IPC_PRIVATE, 0600, alice, 0, () -> SemSet.ofSize(nsems));
        assertTrue(id >= 0);
        return ipc.sems.byId(id);
    }

    private int op(SemSet s, int pid, Waiter w, int... triples) {
        short[] ops = new short[triples.length];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = (short) triples[i];
        }
        return s.operate(ipc, alice, pid, undoLists.computeIfAbsent(pid, k -> new SemUndo()), ops, Waiter.FOREVER, w);
    }

    @Test
    void operationsApplyAllOrNone() {
        SemSet s = create(2);
        assertEquals(0, op(s, 5, Waiter.NEVER, 0, 2, 0, 1, 1, 0));
        assertArrayEquals(new int[] {2, 1}, s.values());
        assertEquals(-Errno.EAGAIN, op(s, 5, Waiter.NEVER, 0, -1, 0, 1, -2, SemSet.IPC_NOWAIT));
        assertArrayEquals(new int[] {2, 1}, s.values(), "the first operation was not applied alone");
        assertEquals(5, s.lastPid(0));
        assertEquals(-Errno.ERANGE, op(s, 5, Waiter.NEVER, 0, SemSet.SEMVMX, 0));
        assertEquals(-Errno.ERANGE, s.setValue(0, -1, 5, 0));
        assertEquals(0, s.setAll(new int[] {7, 8}, 6, 0));
        assertEquals(8, s.value(1));
    }

    @Test
    void aWaiterSleepsUntilTheCounterCanGoDown() {
        SemSet s = create(1);
        int[] seen = new int[1];
        ScriptedWaiter w = new ScriptedWaiter().then(() -> {
            seen[0] = s.growWaiters(0);
            assertEquals(0, op(s, 9, Waiter.NEVER, 0, 1, 0));
        });
        assertEquals(0, op(s, 5, w, 0, -1, 0));
        assertEquals(1, seen[0], "semncnt counted the sleeper");
        assertEquals(0, s.growWaiters(0));
        assertEquals(0, s.value(0));
        ScriptedWaiter z = new ScriptedWaiter().then(() -> {
            seen[0] = s.zeroWaiters(0);
            s.setValue(0, 0, 9, 0);
        });
        s.setValue(0, 3, 9, 0);
        assertEquals(0, op(s, 5, z, 0, 0, 0));
        assertEquals(1, seen[0], "semzcnt counted the wait for zero");
    }

    @Test
    void timeoutRemovalAndSignal() {
        SemSet s = create(1);
        ScriptedWaiter w = new ScriptedWaiter();
        w.resultWhenStuck = -Errno.ETIMEDOUT;
        assertEquals(-Errno.EAGAIN, op(s, 5, w, 0, -1, 0), "a timeout is EAGAIN");
        ScriptedWaiter r = new ScriptedWaiter().then(() -> s.remove(ipc));
        assertEquals(-Ipc.EIDRM, op(s, 5, r, 0, -1, 0));
        SemSet t = create(1);
        ScriptedWaiter sig = new ScriptedWaiter();
        sig.resultWhenStuck = -512;
        assertEquals(-Ipc.ERESTARTNOHAND, op(t, 5, sig, 0, -1, 0));
    }

    @Test
    void semUndoIsRevertedWhenTheProcessExits() {
        SemSet s = create(2);
        s.setValue(1, 5, 1, 0);
        assertEquals(0, op(s, 42, Waiter.NEVER, 0, 3, SemSet.SEM_UNDO, 1, -2, SemSet.SEM_UNDO));
        assertEquals(0, op(s, 43, Waiter.NEVER, 0, 1, 0));
        assertArrayEquals(new int[] {4, 3}, s.values());
        ipc.processExited(43, undoLists.get(43));
        assertArrayEquals(new int[] {4, 3}, s.values(), "43 had no SEM_UNDO");
        ipc.processExited(42, undoLists.get(42));
        assertArrayEquals(new int[] {1, 5}, s.values());
        assertEquals(42, s.lastPid(0));
    }

    @Test
    void aSharedUndoListIsRevertedWhenItsLastProcessExits() {
        SemSet s = create(1);
        assertEquals(0, op(s, 50, Waiter.NEVER, 0, 2, SemSet.SEM_UNDO));
        undoLists.put(51, ipc.share(undoLists.get(50)));   // 51 cloned with CLONE_SYSVSEM
        assertEquals(2, undoLists.get(50).users());
        assertEquals(0, op(s, 51, Waiter.NEVER, 0, 3, SemSet.SEM_UNDO));
        assertEquals(5, s.value(0));
        ipc.processExited(50, undoLists.get(50));
        assertEquals(5, s.value(0), "51 still shares the undo list");
        ipc.processExited(51, undoLists.get(51));
        assertEquals(0, s.value(0), "both processes' adjustments reverted with the last one");
        assertEquals(51, s.lastPid(0));
        ipc.processExited(52, null);   // a process that never used SEM_UNDO
        assertEquals(0, s.value(0));
    }

    @Test
    void semUndoWithoutAnUndoListIsRefused() {
        SemSet s = create(1);
        short[] ops = {0, 1, SemSet.SEM_UNDO};
        assertTrue(SemSet.usesUndo(ops));
        assertThrows(IllegalArgumentException.class,
                () -> s.operate(ipc, alice, 5, null, ops, Waiter.FOREVER, Waiter.NEVER));
        assertEquals(0, s.operate(ipc, alice, 5, null, new short[] {0, 1, 0}, Waiter.FOREVER, Waiter.NEVER));
    }
}
