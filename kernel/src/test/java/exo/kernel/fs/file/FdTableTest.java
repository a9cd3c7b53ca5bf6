/*
 * The descriptor table: lowest free descriptor, EMFILE at the limit and its changes, dup, dup2,
 * dup3 and F_DUPFD with their errors, close-on-exec through every path that sets it, close_range,
 * fork sharing one offset, fcntl's flags, and descriptor exhaustion in a loop with nothing leaked.
 */
package exo.kernel.fs.file;

import static exo.kernel.fs.Errno.EBADF;
import static exo.kernel.fs.Errno.EINVAL;
import static exo.kernel.fs.Errno.EMFILE;
import static exo.kernel.fs.OpenFlags.O_CLOEXEC;
import static exo.kernel.fs.OpenFlags.O_CREAT;
import static exo.kernel.fs.OpenFlags.O_RDONLY;
import static exo.kernel.fs.OpenFlags.O_RDWR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.Names;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.vfs.OpenFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FdTableTest {
    FsFixture fx;
    FdTable fds;

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
        fds = fx.fds;
        fx.writeFile("/f", "0123456789");
    }

    @AfterEach
    void consistent() {
        fx.check();
    }

    int open() {
        return fx.open("/f", O_RDONLY);
    }

    @Test
    void borrowedDescriptorsReadAndWriteWithoutAReference() {
        int fd = fx.open("/f", O_RDWR);
        OpenFile f = fds.borrow(fd);
        int refs = f.refs();
        byte[] b = new byte[4];
        assertEquals(4, FileIo.read(fx.root, fds, fd, new ArrayBuffer(b), true));
        assertEquals("0123", new String(b));
        assertEquals(2, FileIo.write(fx.root, fds, fd, ArrayBuffer.ofString("ab"), true));
        assertEquals(refs, f.refs());   // nothing taken, nothing dropped
        assertEquals(-EBADF, FileIo.read(fx.root, fds, 99, new ArrayBuffer(b), true));
        assertEquals(-EBADF, FileIo.write(fx.root, fds, -1, new ArrayBuffer(b), true));
        assertNull(fds.borrow(1 << 20));
        assertEquals(0, fds.close(fd));
        assertNull(fds.borrow(fd));
        assertEquals("0123ab6789", new String(fx.readFile(fx.root, "/f")));
    }

    @Test
    void lowestFreeDescriptorFirst() {
        assertEquals(0, open());
        assertEquals(1, open());
        assertEquals(2, open());
        assertEquals(0, fds.close(1));
        assertEquals(1, open());
        assertEquals(-EBADF, fds.close(7));
        assertEquals(-EBADF, fds.close(-1));
        assertEquals(3, fds.count());
    }

    @Test
    void emfileAtTheLimitAndRaisingIt() {
        for (int i = 0; i < 1024; i++) {
            assertEquals(i, open());
        }
        assertEquals(-EMFILE, open());
        assertEquals(-EMFILE, fds.dup(0));
        assertEquals(0, fds.setLimit(2000));
        assertEquals(1024, open());
        assertEquals(0, fds.setLimit(10)); // lowering keeps what is open
        assertEquals(1025, fds.count());
        assertEquals(-EMFILE, open());
        assertEquals(0, fds.close(3));
        assertEquals(3, open());
        assertEquals(-exo.kernel.fs.Errno.EPERM, fds.setLimit(exo.kernel.fs.Limits.NR_OPEN + 1));
        fds.closeAll();
        assertEquals(0, fds.count());
    }

    @Test
    void dupFamilyAndTheirErrors() {
        int fd = open();
        assertEquals(1, fds.dup(fd));
        assertEquals(fds.file(0), fds.file(1));
        assertEquals(10, fds.dup2(fd, 10));
        assertEquals(10, fds.dup2(10, 10));
        assertEquals(-EBADF, fds.dup2(5, 5));
        assertEquals(-EBADF, fds.dup2(5, 6));
        assertEquals(-EBADF, fds.dup2(fd, 1024)); // at the limit
        assertEquals(-EINVAL, fds.dup3(fd, fd, 0));
        assertEquals(-EINVAL, fds.dup3(fd, 11, OpenFlags.O_NONBLOCK));
        assertEquals(11, fds.dup3(fd, 11, O_CLOEXEC));
        assertEquals(FsFlags.FD_CLOEXEC, fds.getFdFlags(11));
        assertEquals(5, FileIo.fcntl(fds, fd, FsFlags.F_DUPFD, 5));
        assertEquals(12, FileIo.fcntl(fds, fd, FsFlags.F_DUPFD, 10));
        assertEquals(13, FileIo.fcntl(fds, fd, FsFlags.F_DUPFD_CLOEXEC, 10));
        assertEquals(FsFlags.FD_CLOEXEC, fds.getFdFlags(13));
        assertEquals(-EINVAL, FileIo.fcntl(fds, fd, FsFlags.F_DUPFD, 1024));
        assertEquals(-EINVAL, FileIo.fcntl(fds, fd, FsFlags.F_DUPFD, -1));
        assertEquals(-EBADF, FileIo.fcntl(fds, 99, FsFlags.F_DUPFD, 0));
        // dup2 onto an open descriptor closes it quietly and clears close-on-exec.
        int other = fx.open("/f", O_RDONLY | O_CLOEXEC);
        OpenFile replaced = fds.file(other);
        assertEquals(other, fds.dup2(fd, other));
        assertEquals(0, replaced.refs());
        assertEquals(0, fds.getFdFlags(other));
    }

    @Test
    void closeOnExecAndCloseRange() {
        int a = fx.open("/f", O_RDONLY | O_CLOEXEC);
        int b = open();
        int c = open();
        assertEquals(0, fds.setFdFlags(c, FsFlags.FD_CLOEXEC));
        assertEquals(0, FileIo.ioctl(fx.root, fds, b, FileIo.FIOCLEX, 0));
        assertEquals(0, FileIo.ioctl(fx.root, fds, b, FileIo.FIONCLEX, 0));
        int d = open();
        fds.closeOnExec();
        assertNull(fds.file(a));
        assertTrue(fds.file(b) != null);
        assertNull(fds.file(c));
        assertTrue(fds.file(d) != null);
        for (int i = 0; i < 8; i++) {
            open();
        }
        assertEquals(0, fds.closeRange(4, 6, FsFlags.CLOSE_RANGE_CLOEXEC));
        assertEquals(FsFlags.FD_CLOEXEC, fds.getFdFlags(5));
        assertEquals(0, fds.closeRange(3, Integer.MAX_VALUE, 0));
        assertEquals(3, fds.count()); // 0 and 2 were reused by the eight opens
        assertEquals(-EINVAL, fds.closeRange(5, 4, 0));
        assertEquals(-EINVAL, fds.closeRange(0, 4, 1));
    }

    @Test
    void forkSharesTheOffsetAndStatusFlags() {
        int fd = fx.open("/f", O_RDWR | O_CREAT);
        FdTable child = fds.copy(2);
        byte[] b = new byte[3];
        assertEquals(3, FileIo.read(fx.root, fds, fd, new ArrayBuffer(b)));
        assertEquals(3, FileIo.read(fx.root, child, fd, new ArrayBuffer(b)));
        assertEquals("345", Names.fromBytes(b));
        assertEquals(0, FileIo.fcntl(child, fd, FsFlags.F_SETFL, OpenFlags.O_NONBLOCK | OpenFlags.O_APPEND));
        assertEquals(O_RDWR | OpenFlags.O_LARGEFILE | OpenFlags.O_NONBLOCK | OpenFlags.O_APPEND,
                FileIo.fcntl(fds, fd, FsFlags.F_GETFL, 0));
        assertEquals(0, FileIo.fcntl(fds, fd, FsFlags.F_SETFL, OpenFlags.O_RDONLY)); // the access mode stays
        assertEquals(O_RDWR | OpenFlags.O_LARGEFILE, FileIo.fcntl(fds, fd, FsFlags.F_GETFL, 0));
        assertEquals(0, child.close(fd));
        assertEquals(1, fds.file(fd).refs());
        assertEquals(6, FileIo.lseek(fds, fd, 0, FsFlags.SEEK_CUR));
        child.closeAll();
    }

    @Test
    void readAndWriteNeedTheRightAccessMode() {
        int ro = open();
        assertEquals(-EBADF, FileIo.write(fx.root, fds, ro, ArrayBuffer.ofString("x")));
        int wo = fx.open("/f", OpenFlags.O_WRONLY);
        assertEquals(-EBADF, FileIo.read(fx.root, fds, wo, new ArrayBuffer(new byte[1])));
        assertEquals(-EBADF, FileIo.pread(fx.root, fds, wo, new ArrayBuffer(new byte[1]), 0));
        assertEquals(-EINVAL, FileIo.pread(fx.root, fds, ro, new ArrayBuffer(new byte[1]), -1));
        assertEquals(-EINVAL, FileIo.ftruncate(fds, ro, 0, FileSizeLimit.NONE));
        assertEquals(-EBADF, FileIo.read(fx.root, fds, 77, new ArrayBuffer(new byte[1])));
        assertEquals(10, FileIo.ioctl(fx.root, fds, ro, FileIo.FIONREAD, 0));
        assertEquals(-exo.kernel.fs.Errno.ENOTTY, FileIo.ioctl(fx.root, fds, ro, 0x5401, 0)); // TCGETS
        assertEquals(0, FileIo.fsync(fds, ro));
        int dir = fx.open("/", O_RDONLY);
        assertEquals(-exo.kernel.fs.Errno.EISDIR, FileIo.read(fx.root, fds, dir, new ArrayBuffer(new byte[1])));
        assertEquals(-exo.kernel.fs.Errno.ENOTDIR, FileIo.getdents64(fds, ro, new ArrayBuffer(new byte[100])));
    }

    @Test
    void lseekEverywhere() {
        int fd = open();
        assertEquals(10, FileIo.lseek(fds, fd, 0, FsFlags.SEEK_END));
        assertEquals(-EINVAL, FileIo.lseek(fds, fd, -11, FsFlags.SEEK_END));
        assertEquals(10, FileIo.lseek(fds, fd, 0, FsFlags.SEEK_CUR)); // unchanged by the failure
        assertEquals(100, FileIo.lseek(fds, fd, 100, FsFlags.SEEK_SET)); // past the end is fine
        assertEquals(0, FileIo.read(fx.root, fds, fd, new ArrayBuffer(new byte[4])));
        assertEquals(-EINVAL, FileIo.lseek(fds, fd, 0, 7));
    }

    @Test
    void exhaustingDescriptorsInALoopLeaksNothing() {
        long frames = fx.frames.allocated();
        for (int round = 0; round < 20; round++) {
            int n = 0;
            int r;
            while ((r = open()) >= 0) {
                n++;
            }
            assertEquals(-EMFILE, r);
            assertEquals(1024, n);
            assertEquals(-EMFILE, fx.open("/nonexistent", O_RDONLY)); // EMFILE comes first
            OpenFile f = fds.file(0);
            fds.closeAll();
            assertEquals(0, f.refs());
            assertEquals(0, f.inode.openCount());
        }
        assertEquals(frames, fx.frames.allocated());
    }
}
