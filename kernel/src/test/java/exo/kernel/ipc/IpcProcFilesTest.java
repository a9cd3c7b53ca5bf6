/*
 * System V IPC's /proc text on the host: /proc/sysvipc/{shm,msg,sem} lines in Linux's column
 * layout (compared with lines printed by Linux 6.x for the same values), and *_next_id: the
 * next object takes the asked id once (or the first free index above it), then ids go on as
 * before.
 */
package exo.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.Credentials;
import exo.kernel.vm.FilePages;
import org.junit.jupiter.api.Test;

class IpcProcFilesTest {
    private final Ipc ipc = new Ipc(() -> 1_700_000_000L);
    private final Credentials root = Credentials.user(0, 0);

    private static final FilePages NOTHING = new FilePages() {
        @Override
        public long pageFrame(long index) {
            return -12;
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public void retain() {}

        @Override
        public void release() {}
    };

    @Test
    void shmLineHasLinuxColumns() {
        int id = ShmSegment.get(ipc, 0x1234, 65536, IpcTable.IPC_CREAT | 0600, root, 321, size -> NOTHING);
        ShmSegment s = ipc.shms.byId(id);
        s.attach(root, IpcObject.READ, 322);
        String[] lines = IpcProcFiles.shmTable(ipc).split("\n");
        assertEquals(IpcProcFiles.SHM_HEADER, lines[0] + "\n");
        assertEquals("      4660          0  600                 65536   321   322      1     0     0     0     0"
                + " 1700000000          0 1700000000                     0                     0", lines[1]);
    }

    @Test
    void msgAndSemLinesHaveLinuxColumns() {
        ipc.queues.get(IpcTable.IPC_PRIVATE, 0644, root, ipc.nowSeconds(), MsgQueue::new);
        assertEquals(IpcProcFiles.MSG_HEADER
                + "         0          0   644           0          0     0     0     0     0     0     0"
                + "          0          0 1700000000\n", IpcProcFiles.msgTable(ipc));
        ipc.sems.get(7, IpcTable.IPC_CREAT | 0600, root, ipc.nowSeconds(), () -> SemSet.ofSize(3));
        assertEquals(IpcProcFiles.SEM_HEADER
                + "         7          0   600          3     0     0     0     0          0 1700000000\n",
                IpcProcFiles.semTable(ipc));
    }

    @Test
    void nextIdIsTakenOnce() {
        ipc.shms.setNextId(5 + 3 * IpcTable.SEQ_STEP);
        int id = ShmSegment.get(ipc, IpcTable.IPC_PRIVATE, 100, 0600, root, 1, size -> NOTHING);
        assertEquals(5 + 3 * IpcTable.SEQ_STEP, id);
        assertEquals(-1, ipc.shms.nextId());
        ipc.shms.setNextId(5);
        assertEquals(6, ShmSegment.get(ipc, IpcTable.IPC_PRIVATE, 100, 0600, root, 1, size -> NOTHING),
                "index 5 is taken: the next free one, with sequence 0");
        int after = ShmSegment.get(ipc, IpcTable.IPC_PRIVATE, 100, 0600, root, 1, size -> NOTHING);
        assertEquals(0, after % IpcTable.SEQ_STEP, "back to the lowest free index");
        assertTrue(ipc.shms.byId(after) != null);
    }
}
