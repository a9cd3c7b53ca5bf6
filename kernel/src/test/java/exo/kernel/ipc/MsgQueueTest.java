/*
 * System V message queues on the host: msgget's find-or-create rules and permissions, type
 * selection in msgrcv (0, exact, MSG_EXCEPT, lowest up to |type|), E2BIG and MSG_NOERROR,
 * MSG_COPY, the byte limit that makes a sender wait until a receiver makes room (played by a
 * ScriptedWaiter), IPC_NOWAIT, removal waking a waiter with EIDRM, and stale ids.
 */
package exo.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.ScriptedWaiter;
import exo.kernel.fs.wait.Waiter;
import org.junit.jupiter.api.Test;

class MsgQueueTest {
    private final Ipc ipc = new Ipc(() -> 1_000);
    private final Credentials alice = Credentials.user(1000, 1000);
    private final Credentials bob = Credentials.user(1001, 1001);

    private MsgQueue create(int key, int flags) {
        int id = ipc.queues.get(key, flags, alice, ipc.nowSeconds(), MsgQueue::new);
        assertTrue(id >= 0, "msgget: " + id);
        return ipc.queues.byId(id);
    }

    private int send(MsgQueue q, long type, String text, int flags, Waiter w) {
        return q.send(ipc, alice, 10, type, text.getBytes(), flags, w);
    }

    private String receive(MsgQueue q, long type, int flags, int[] err) {
        MsgQueue.Message m = q.receive(ipc, alice, 11, type, 100, flags, Waiter.NEVER, err);
        return m == null ? null : m.type() + ":" + new String(m.text());
    }

    @Test
    void getFindsCreatesAndRefuses() {
        int flags = IpcTable.IPC_CREAT | 0600;
        MsgQueue q = create(42, flags);
        assertEquals(q.id(), ipc.queues.get(42, 0, alice, 0, MsgQueue::new));
        assertEquals(-Errno.EEXIST, ipc.queues.get(42, flags | IpcTable.IPC_EXCL, alice, 0, MsgQueue::new));
        assertEquals(-Errno.ENOENT, ipc.queues.get(43, 0600, alice, 0, MsgQueue::new));
        assertEquals(-Errno.EACCES, ipc.queues.get(42, 0400, bob, 0, MsgQueue::new), "others have no bits");
        assertEquals(q.id(), ipc.queues.get(42, 0, bob, 0, MsgQueue::new), "asking for no access passes");
        assertNotEquals(q.id(), create(IpcTable.IPC_PRIVATE, 0600).id(), "IPC_PRIVATE is always new");
        assertEquals(alice.euid, q.uid());
        assertEquals(0600, q.mode());
    }

    @Test
    void receiveSelectsByType() {
        MsgQueue q = create(IpcTable.IPC_PRIVATE, 0600);
        Waiter w = Waiter.NEVER;
        send(q, 3, "c", 0, w);
        send(q, 1, "a", 0, w);
        send(q, 2, "b", 0, w);
        send(q, 5, "e", 0, w);
        int[] err = new int[1];
        assertEquals("2:b", receive(q, 2, 0, err));
        assertEquals("3:c", receive(q, 1, MsgQueue.MSG_EXCEPT, err));
        assertEquals("1:a", receive(q, -4, 0, err), "lowest type up to 4");
        assertNull(receive(q, -4, MsgQueue.IPC_NOWAIT, err));
        assertEquals(Errno.ENOMSG, err[0]);
        assertEquals("5:e", receive(q, 0, 0, err));
        assertEquals(0, q.messages());
        assertEquals(0, q.bytes());
        assertEquals(10, q.lastSender());
        assertEquals(11, q.lastReceiver());
    }

    @Test
    void tooBigStaysUnlessNoError() {
        MsgQueue q = create(IpcTable.IPC_PRIVATE, 0600);
        send(q, 1, "hello", 0, Waiter.NEVER);
        int[] err = new int[1];
        assertNull(q.receive(ipc, alice, 1, 0, 3, 0, Waiter.NEVER, err));
        assertEquals(Errno.E2BIG, err[0]);
        MsgQueue.Message copy = q.receive(ipc, alice, 1, 0, 100, MsgQueue.MSG_COPY | MsgQueue.IPC_NOWAIT, Waiter.NEVER, err);
        assertArrayEquals("hello".getBytes(), copy.text());
        assertEquals(1, q.messages(), "MSG_COPY leaves the message");
        MsgQueue.Message cut = q.receive(ipc, alice, 1, 0, 3, MsgQueue.MSG_NOERROR, Waiter.NEVER, err);
        assertArrayEquals("hel".getBytes(), cut.text());
        assertEquals(0, q.bytes(), "the whole message left the count");
    }

    @Test
    void fullQueueMakesTheSenderWaitForRoom() {
        MsgQueue q = create(IpcTable.IPC_PRIVATE, 0600);
        q.set(alice.euid, alice.egid, 0600, 8, 0);
        assertEquals(0, send(q, 1, "12345678", 0, Waiter.NEVER));
        assertEquals(-Errno.EAGAIN, send(q, 1, "x", MsgQueue.IPC_NOWAIT, Waiter.NEVER));
        int[] err = new int[1];
        ScriptedWaiter w = new ScriptedWaiter().then(() -> assertEquals("1:12345678", receive(q, 0, 0, err)));
        assertEquals(0, send(q, 2, "x", 0, w));
        assertEquals(1, w.sleeps);
        assertEquals("2:x", receive(q, 0, 0, err));
    }

    @Test
    void removalWakesWaitersWithEidrmAndRetiresTheId() {
        MsgQueue q = create(7, IpcTable.IPC_CREAT | 0600);
        int id = q.id();
        int[] err = new int[1];
        ScriptedWaiter w = new ScriptedWaiter().then(() -> q.remove(ipc));
        assertNull(q.receive(ipc, alice, 1, 0, 100, 0, w, err));
        assertEquals(Ipc.EIDRM, err[0]);
        assertNull(ipc.queues.byId(id));
        MsgQueue again = create(7, IpcTable.IPC_CREAT | 0600);
        assertNotEquals(id, again.id(), "the slot comes back with a new sequence number");
        assertNull(ipc.queues.byId(id));
    }

    @Test
    void permissionsFollowOwnerGroupOthers() {
        MsgQueue q = create(IpcTable.IPC_PRIVATE, 0640);
        Credentials groupMate = Credentials.user(2000, 1000);
        assertTrue(q.allows(groupMate, IpcObject.READ));
        assertTrue(!q.allows(groupMate, IpcObject.WRITE));
        assertTrue(!q.allows(bob, IpcObject.READ));
        assertTrue(q.allows(Credentials.user(0, 0), IpcObject.WRITE), "root passes");
        assertEquals(-Errno.EACCES, q.send(ipc, bob, 1, 1, new byte[1], 0, Waiter.NEVER));
        assertTrue(!q.ownedBy(bob));
    }
}
