/*
 * fcntl record locks and flock: conflicts between owners, splitting and merging of one owner's
 * ranges, F_GETLK's answer, the access-mode rule, POSIX locks dropped by closing any descriptor of
 * the file while OFD locks and flock locks follow the open file, F_SETLKW and blocking flock
 * waiting until the holder lets go, and EDEADLK for a wait that would close a cycle.
 */
package exo.kernel.fs.lock;

import static exo.kernel.fs.FsFlags.F_GETLK;
import static exo.kernel.fs.FsFlags.F_OFD_GETLK;
import static exo.kernel.fs.FsFlags.F_OFD_SETLK;
import static exo.kernel.fs.FsFlags.F_RDLCK;
import static exo.kernel.fs.FsFlags.F_SETLK;
import static exo.kernel.fs.FsFlags.F_SETLKW;
import static exo.kernel.fs.FsFlags.F_UNLCK;
import static exo.kernel.fs.FsFlags.F_WRLCK;
import static exo.kernel.fs.FsFlags.SEEK_CUR;
import static exo.kernel.fs.FsFlags.SEEK_END;
import static exo.kernel.fs.FsFlags.SEEK_SET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.file.Flock;
import exo.kernel.fs.vfs.FsContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocksTest {
    FsFixture fx;
    FsContext a;
    FsContext b;
    FdTable fa;
    FdTable fb;
    int fdA;
    int fdB;

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
        fx.writeFile("/f", "0123456789");
        a = fx.root;
        b = fx.user(0, 0); // another process (its own table), also root
        fa = fx.fds(a);
        fb = fx.fds(b);
        fa.pid = 100;
        fb.pid = 200;
        fdA = fx.open(a, "/f", OpenFlags.O_RDWR, 0);
        fdB = fx.open(b, "/f", OpenFlags.O_RDWR, 0);
    }

    int lock(FsContext c, int fd, int cmd, int type, int whence, long start, long len) {
        return FileIo.fcntlLock(c, fx.fds(c), fd, cmd, new Flock(type, whence, start, len));
    }

    Flock test(FsContext c, int fd, int type, long start, long len) {
        Flock fl = new Flock(type, SEEK_SET, start, len);
        assertEquals(0, FileIo.fcntlLock(c, fx.fds(c), fd, F_GETLK, fl));
        return fl;
    }

    String locks() {
        java.util.ArrayList<String> l = new java.util.ArrayList<>();
        for (RecordLock r : fx.fds.file(fdA).inode.locks().snapshot()) {
            l.add((r.owner == fa ? "A" : r.owner == fb ? "B" : "?") + r);
        }
        java.util.Collections.sort(l);
        return l.toString();
    }

    @Test
    void conflictsAndGetlk() {
        assertEquals(0, lock(a, fdA, F_SETLK, F_WRLCK, SEEK_SET, 0, 5));
        assertEquals(-Errno.EAGAIN, lock(b, fdB, F_SETLK, F_RDLCK, SEEK_SET, 4, 2));
        assertEquals(0, lock(b, fdB, F_SETLK, F_RDLCK, SEEK_SET, 5, 5));
        Flock fl = test(b, fdB, F_RDLCK, 0, 0);
        assertEquals(F_WRLCK, fl.type);
        assertEquals(0, fl.start);
        assertEquals(5, fl.len);
        assertEquals(100, fl.pid);
        fl = test(a, fdA, F_RDLCK, 5, 5); // read locks share
        assertEquals(F_UNLCK, fl.type);
        fl = test(a, fdA, F_WRLCK, 0, 0);
        assertEquals(F_RDLCK, fl.type);
        assertEquals(200, fl.pid);
        assertEquals(5, fl.start);
        assertEquals(-Errno.EINVAL, FileIo.fcntlLock(a, fa, fdA, F_GETLK, new Flock(F_UNLCK, SEEK_SET, 0, 0)));
    }

    @Test
    void getlkReportsTheConflictNearestTheStart() {
        // LTP fcntl11: a write lock set before a read lock lower in the file; GETLK over the
        // whole file reports the lower one, as Linux (an owner's locks sorted by start)
        fx.writeFile("/g", "0123456789abcdefghij");
        int ga = fx.open(a, "/g", OpenFlags.O_RDWR, 0);
        int gb = fx.open(b, "/g", OpenFlags.O_RDWR, 0);
        assertEquals(0, lock(a, ga, F_SETLK, F_WRLCK, SEEK_SET, 10, 5));
        assertEquals(0, lock(a, ga, F_SETLK, F_RDLCK, SEEK_SET, 1, 5));
        Flock fl = test(b, gb, F_WRLCK, 0, 0);
        assertEquals(F_RDLCK, fl.type);
        assertEquals(1, fl.start);
        assertEquals(5, fl.len);
        fl = test(b, gb, F_WRLCK, 6, 0);
        assertEquals(F_WRLCK, fl.type);
        assertEquals(10, fl.start);
    }

    @Test
    void splittingAndMerging() {
        assertEquals(0, lock(a, fdA, F_SETLK, F_WRLCK, SEEK_SET, 0, 0)); // everything
        assertEquals(0, lock(a, fdA, F_SETLK, F_UNLCK, SEEK_SET, 10, 10));
        assertEquals("[AW[0,9], AW[20,EOF]]", locks());
        assertEquals(0, lock(a, fdA, F_SETLK, F_RDLCK, SEEK_SET, 5, 10));
        assertEquals("[AR[5,14], AW[0,4], AW[20,EOF]]", locks());
        assertEquals(0, lock(a, fdA, F_SETLK, F_WRLCK, SEEK_SET, 5, 15)); // fills the gap: one lock again
        assertEquals("[AW[0,EOF]]", locks());
        assertEquals(0, lock(a, fdA, F_SETLK, F_UNLCK, SEEK_SET, 0, 0));
        assertEquals("[]", locks());
    }

    @Test
    void rangesRelativeToPositionAndEnd() {
        FileIo.lseek(fa, fdA, 4, SEEK_SET);
        assertEquals(0, lock(a, fdA, F_SETLK, F_WRLCK, SEEK_CUR, -2, 3));
        assertEquals(0, lock(a, fdA, F_SETLK, F_RDLCK, SEEK_END, -1, 0));
        assertEquals(0, lock(a, fdA, F_SETLK, F_RDLCK, SEEK_SET, 30, -5)); // negative length: [25, 29]
        // [25,29] lies inside the read lock [9,EOF] of the same owner: they merge.
        assertEquals("[AR[9,EOF], AW[2,4]]", locks());
        assertEquals(0, lock(a, fdA, F_SETLK, F_UNLCK, SEEK_SET, 9, 0));
        assertEquals(0, lock(a, fdA, F_SETLK, F_RDLCK, SEEK_SET, 30, -5));
        assertEquals("[AR[25,29], AW[2,4]]", locks());
        assertEquals(-Errno.EINVAL, lock(a, fdA, F_SETLK, F_RDLCK, SEEK_SET, -1, 1));
        assertEquals(-Errno.EINVAL, lock(a, fdA, F_SETLK, F_RDLCK, SEEK_SET, 2, -5));
        assertEquals(-Errno.EINVAL, lock(a, fdA, F_SETLK, F_RDLCK, 9, 0, 1));
        assertEquals(-Errno.EOVERFLOW, lock(a, fdA, F_SETLK, F_RDLCK, SEEK_END, Long.MAX_VALUE, 1));
    }

    @Test
    void lockTypeMustMatchTheAccessMode() {
        int ro = fx.open(a, "/f", OpenFlags.O_RDONLY, 0);
        int wo = fx.open(a, "/f", OpenFlags.O_WRONLY, 0);
        assertEquals(-Errno.EBADF, lock(a, ro, F_SETLK, F_WRLCK, SEEK_SET, 0, 1));
        assertEquals(-Errno.EBADF, lock(a, wo, F_SETLK, F_RDLCK, SEEK_SET, 0, 1));
        assertEquals(0, lock(a, ro, F_SETLK, F_RDLCK, SEEK_SET, 0, 1));
        assertEquals(-Errno.EINVAL, lock(a, ro, F_SETLK, 7, SEEK_SET, 0, 1));
    }

    @Test
    void closingAnyDescriptorDropsThePosixLocksButNotOfdOnes() {
        assertEquals(0, lock(a, fdA, F_SETLK, F_WRLCK, SEEK_SET, 0, 1));
        Flock ofd = new Flock(F_WRLCK, SEEK_SET, 5, 1);
        assertEquals(0, FileIo.fcntlLock(a, fa, fdA, F_OFD_SETLK, ofd));
        int other = fx.open(a, "/f", OpenFlags.O_RDONLY, 0);
        assertEquals(0, fa.close(other)); // a different descriptor of the same file
        assertEquals(0, lock(b, fdB, F_SETLK, F_WRLCK, SEEK_SET, 0, 1));
        assertEquals(-Errno.EAGAIN, lock(b, fdB, F_SETLK, F_WRLCK, SEEK_SET, 5, 1)); // OFD lock stays
        Flock q = new Flock(F_WRLCK, SEEK_SET, 5, 1);
        assertEquals(0, FileIo.fcntlLock(b, fb, fdB, F_OFD_GETLK, q));
        assertEquals(-1, q.pid);
        Flock withPid = new Flock(F_WRLCK, SEEK_SET, 0, 1);
        withPid.pid = 3;
        assertEquals(-Errno.EINVAL, FileIo.fcntlLock(b, fb, fdB, F_OFD_GETLK, withPid));
        assertEquals(0, fa.close(fdA)); // the last reference to the open file: OFD lock goes
        assertEquals(0, lock(b, fdB, F_SETLK, F_WRLCK, SEEK_SET, 5, 1));
    }

    @Test
    void setlkwWaitsUntilTheHolderLetsGo() {
        assertEquals(0, lock(a, fdA, F_SETLK, F_WRLCK, SEEK_SET, 0, 10));
        fx.waiter.then(() -> assertEquals(0, lock(a, fdA, F_SETLK, F_UNLCK, SEEK_SET, 0, 5)))
                .then(() -> assertEquals(0, fa.close(fdA)));
        assertEquals(0, lock(b, fdB, F_SETLKW, F_WRLCK, SEEK_SET, 3, 4));
        assertEquals(2, fx.waiter.sleeps); // the first release was not enough
        assertEquals(0, Deadlocks.waiting());
    }

    @Test
    void setlkwThatWouldDeadlockFailsWithEdeadlk() {
        assertEquals(0, lock(a, fdA, F_SETLK, F_WRLCK, SEEK_SET, 0, 1));
        assertEquals(0, lock(b, fdB, F_SETLK, F_WRLCK, SEEK_SET, 1, 1));
        // While B waits for A's byte 0, A asks for B's byte 1: that would close the cycle.
        fx.waiter.then(() -> assertEquals(-Errno.EDEADLK, lock(a, fdA, F_SETLKW, F_WRLCK, SEEK_SET, 1, 1)))
                .then(() -> assertEquals(0, lock(a, fdA, F_SETLK, F_UNLCK, SEEK_SET, 0, 1)));
        assertEquals(0, lock(b, fdB, F_SETLKW, F_WRLCK, SEEK_SET, 0, 1));
        assertEquals(0, Deadlocks.waiting());
    }

    @Test
    void interruptedWaitReturnsTheWaitersError() {
        assertEquals(0, lock(a, fdA, F_SETLK, F_WRLCK, SEEK_SET, 0, 1));
        fx.waiter.resultWhenStuck = -Errno.ERESTARTSYS;
        assertEquals(-Errno.ERESTARTSYS, lock(b, fdB, F_SETLKW, F_WRLCK, SEEK_SET, 0, 1));
        assertEquals(0, Deadlocks.waiting());
    }

    @Test
    void flockSharedExclusiveConversionAndRelease() {
        assertEquals(0, FileIo.flock(a, fa, fdA, FsFlags.LOCK_SH));
        assertEquals(0, FileIo.flock(b, fb, fdB, FsFlags.LOCK_SH));
        assertEquals(-Errno.EWOULDBLOCK, FileIo.flock(b, fb, fdB, FsFlags.LOCK_EX | FsFlags.LOCK_NB));
        // The failed conversion dropped B's shared lock (conversion is not atomic).
        assertEquals(0, FileIo.flock(a, fa, fdA, FsFlags.LOCK_EX | FsFlags.LOCK_NB));
        int dupA = fa.dup(fdA);
        assertEquals(0, fa.close(fdA)); // the open file lives on in dupA: so does its lock
        assertEquals(-Errno.EWOULDBLOCK, FileIo.flock(b, fb, fdB, FsFlags.LOCK_SH | FsFlags.LOCK_NB));
        fx.waiter.then(() -> assertEquals(0, fa.close(dupA)));
        assertEquals(0, FileIo.flock(b, fb, fdB, FsFlags.LOCK_EX));
        assertEquals(1, fx.waiter.sleeps);
        assertEquals(-Errno.EINVAL, FileIo.flock(b, fb, fdB, 0));
        assertEquals(0, FileIo.flock(b, fb, fdB, FsFlags.LOCK_UN));
        assertTrue(fx.fds(b).file(fdB).inode.locks().flockCount() == 0);
    }
}
