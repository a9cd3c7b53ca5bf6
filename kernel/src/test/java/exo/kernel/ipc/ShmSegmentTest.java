/*
 * System V shared memory segments on the host: shmget's rules (EINVAL below SHMMIN and above
 * SHMMAX or larger than an existing segment, ENOENT, EEXIST, EACCES, ENOSPC past SHMALL), the
 * attachment count and shm_lpid kept by the regions' retain/release (fork, exit, exec), IPC_RMID while attached (SHM_DEST,
 * key freed, destroyed with the last detach, its backing released once) and the pages
 * forwarded to the backing. The backing is a fake FilePages that counts its users.
 */
package exo.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.vm.FilePages;
import org.junit.jupiter.api.Test;

class ShmSegmentTest {
    private final Ipc ipc = new Ipc(() -> 1_000);
    private final Credentials alice = Credentials.user(1000, 1000);
    private final Credentials bob = Credentials.user(1001, 1001);
    private int backingsMade;

    /** A backing whose page i is at frame 0x100000 + i pages; released counts its releases. */
    private static final class FakeBacking implements FilePages {
        int released;

        @Override
        public long pageFrame(long index) {
            return 0x100000 + index * 4096;
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public void retain() {
            throw new AssertionError("the segment holds its backing once");
        }

        @Override
        public void release() {
            released++;
        }
    }

    private FakeBacking last;

    private int get(int key, long size, int flags, Credentials c) {
        return ShmSegment.get(ipc, key, size, flags, c, 42, bytes -> {
            backingsMade++;
            last = new FakeBacking();
            return last;
        });
    }

    @Test
    void getFollowsShmgetRules() {
        assertEquals(-Errno.EINVAL, get(IpcTable.IPC_PRIVATE, 0, 0600, alice), "below SHMMIN");
        assertEquals(-Errno.EINVAL, get(IpcTable.IPC_PRIVATE, -1, 0600, alice), "above SHMMAX");
        assertEquals(-Errno.ENOENT, get(77, 4096, 0600, alice));
        assertEquals(-Errno.EINVAL, get(77, 4096, IpcTable.IPC_CREAT | ShmSegment.SHM_HUGETLB | 0600, alice), "no huge pages");
        int id = get(77, 10_000, IpcTable.IPC_CREAT | 0600, alice);
        assertTrue(id >= 0);
        assertEquals(1, backingsMade);
        assertEquals(3, ipc.shmPages(), "10000 bytes are three pages");
        assertEquals(id, get(77, 10_000, 0600, alice));
        assertEquals(id, get(77, 0, 0, alice), "size 0 finds an existing segment");
        assertEquals(-Errno.EINVAL, get(77, 10_001, 0600, alice), "larger than the segment");
        assertEquals(-Errno.EEXIST, get(77, 4096, IpcTable.IPC_CREAT | IpcTable.IPC_EXCL | 0600, alice));
        assertEquals(-Errno.EACCES, get(77, 4096, 0400, bob));
        assertEquals(1, backingsMade, "finding a segment makes no backing");
        ShmSegment s = ipc.shms.byId(id);
        assertSame(s, ipc.shms.atIndex(id), "the *_STAT calls take an index, or an id's index part");
        assertEquals(42, s.creatorPid());
        assertEquals(10_000, s.size());
        assertEquals(0x100000 + 2 * 4096, s.pageFrame(2));
    }

    @Test
    void shmallLimitsTheTotal() {
        ipc.shmAllPages = 10;
        assertTrue(get(IpcTable.IPC_PRIVATE, 8 * 4096, 0600, alice) >= 0);
        assertEquals(-Errno.ENOSPC, get(IpcTable.IPC_PRIVATE, 2 * 4096 + 1, 0600, alice));
        assertTrue(get(IpcTable.IPC_PRIVATE, 2 * 4096, 0600, alice) >= 0, "exactly SHMALL fits");
        assertEquals(2, backingsMade, "no backing for the refused one");
    }

    @Test
    void failedBackingIsEnomem() {
        int r = ShmSegment.get(ipc, IpcTable.IPC_PRIVATE, 4096, 0600, alice, 1, bytes -> null);
        assertEquals(-Errno.ENOMEM, r);
        assertEquals(0, ipc.shms.inUse());
        assertEquals(0, ipc.shmPages());
    }

    @Test
    void attachmentsAreCountedAndChecked() {
        int[] running = {7};
        ipc.setCurrentPid(() -> running[0]);
        ShmSegment s = ipc.shms.byId(get(IpcTable.IPC_PRIVATE, 4096, 0640, alice));
        assertEquals(-Errno.EACCES, s.attach(bob, IpcObject.READ, 7));
        assertEquals(0, s.attach(alice, IpcObject.READ | IpcObject.WRITE, 7));
        running[0] = 9;
        s.detached(9);   // some other process's shmdt
        running[0] = 7;
        s.retain();   // 7 forks: the implicit attach is the parent's
        assertEquals(2, s.attachments());
        assertEquals(7, s.lastPid());
        assertEquals(1_000, s.attachSeconds());
        running[0] = 8;
        s.release();   // the child, 8, exits
        assertEquals(8, s.lastPid(), "exit's detach sets shm_lpid");
        running[0] = 7;
        s.release();
        assertEquals(7, s.lastPid());
        assertEquals(0, s.attachments());
        assertEquals(1_000, s.detachSeconds());
        assertFalse(s.isDestroyed(), "a segment without attachments lives until IPC_RMID");
        assertEquals(0, last.released);
    }

    @Test
    void removeWhileAttachedWaitsForTheLastDetach() {
        int id = get(55, 8192, IpcTable.IPC_CREAT | 0600, alice);
        ShmSegment s = ipc.shms.byId(id);
        FakeBacking backing = last;
        assertEquals(0, s.attach(alice, IpcObject.READ, 3));
        s.retain();
        s.remove();
        assertEquals(ShmSegment.SHM_DEST, s.mode() & ShmSegment.SHM_DEST);
        assertEquals(IpcTable.IPC_PRIVATE, s.key());
        assertSame(s, ipc.shms.byId(id), "still reachable by id while attached");
        assertNull(ipc.shms.find(55), "the key is free again");
        assertTrue(get(55, 4096, IpcTable.IPC_CREAT | IpcTable.IPC_EXCL | 0600, alice) >= 0);
        s.release();
        assertFalse(s.isDestroyed());
        s.release();
        assertTrue(s.isDestroyed());
        assertNull(ipc.shms.byId(id));
        assertEquals(1, backing.released, "the backing goes once, with the segment");
        assertEquals(1, ipc.shmPages(), "only the new segment's page is left");
    }

    @Test
    void removeWithoutAttachmentsGoesAtOnce() {
        int id = get(IpcTable.IPC_PRIVATE, 100, 0600, alice);
        ShmSegment s = ipc.shms.byId(id);
        s.remove();
        assertTrue(s.isDestroyed());
        assertNull(ipc.shms.byId(id));
        assertEquals(1, last.released);
        assertEquals(0, ipc.shms.inUse());
    }

    @Test
    void lockAndSetChangeTheMode() {
        ShmSegment s = ipc.shms.byId(get(IpcTable.IPC_PRIVATE, 100, 0600, alice));
        s.setLocked(true);
        assertEquals(ShmSegment.SHM_LOCKED | 0600, s.mode());
        s.set(5, 6, 0444 | 07000);
        assertEquals(ShmSegment.SHM_LOCKED | 0444, s.mode());
        assertEquals(5, s.uid());
        s.setLocked(false);
        assertEquals(0444, s.mode());
    }
}
