/*
 * tmpfs under hostile use, with the consistency checker after every case: a directory of
 * 100,000 entries (created, found, listed, half removed), a file grown until the size limit
 * (a clear ENOSPC, a short write at the edge, every other file intact, the space usable again
 * once freed), the inode limit, sparse files with SEEK_DATA/SEEK_HOLE, truncation and fallocate
 * (allocation undone on ENOSPC, hole punching), listings that stay stable while entries come and
 * go, and frames that all come back when the files are gone. Also checks that the checker does
 * notice a broken link count.
 */
package exo.kernel.fs.tmpfs;

import static exo.kernel.fs.FsFlags.AT_FDCWD;
import static exo.kernel.fs.OpenFlags.O_CREAT;
import static exo.kernel.fs.OpenFlags.O_RDONLY;
import static exo.kernel.fs.OpenFlags.O_RDWR;
import static exo.kernel.fs.OpenFlags.O_WRONLY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.Names;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.Stat;
import exo.kernel.fs.vfs.Vfs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TmpFsTest {
    FsFixture fx;
    Vfs vfs;
    FsContext root;

    void setUp(long bytes) {
        fx = new FsFixture(bytes);
        vfs = fx.vfs;
        root = fx.root;
    }

    @AfterEach
    void consistent() {
        fx.check();
    }

    long write(int fd, byte[] data) {
        return FileIo.write(root, fx.fds, fd, new ArrayBuffer(data));
    }

    @Test
    void aDirectoryOf100000Entries() {
        setUp(8L << 20);
        FsContext r = root;
        assertEquals(0, vfs.mkdirat(r, AT_FDCWD, "/big", 0755));
        // Enough inodes for the test: the default is one per KiB of the 8 MiB root.
        TmpFs big = new TmpFs(fx.clock, fx.frames, 1 << 20, 200_000, 0755, 0, 0);
        assertEquals(0, vfs.mountAt(r, "/big", big, 0));
        int n = 100_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            assertEquals(0, vfs.mknodat(r, AT_FDCWD, "/big/entry" + i, 0644, 0));
        }
        Stat st = new Stat();
        for (int i = 0; i < n; i += 7) {
            assertEquals(0, vfs.fstatat(r, AT_FDCWD, "/big/entry" + i, 0, st));
        }
        assertEquals(-Errno.ENOENT, vfs.fstatat(r, AT_FDCWD, "/big/entry" + n, 0, st));
        long t1 = System.nanoTime();
        List<String> names = fx.list("/big");
        long t2 = System.nanoTime();
        assertEquals(n + 2, names.size());
        assertEquals(n + 2, new HashSet<>(names).size());
        fx.check();
        long t3 = System.nanoTime();
        System.err.println("100000 entries: create " + (t1 - t0) / 1000000 + " ms, list " + (t2 - t1) / 1000000
                + " ms, check " + (t3 - t2) / 1000000 + " ms");
        for (int i = 0; i < n; i += 2) {
            assertEquals(0, vfs.unlinkat(r, AT_FDCWD, "/big/entry" + i, 0));
        }
        names = fx.list("/big");
        assertEquals(n / 2 + 2, names.size());
        assertTrue(names.contains("entry99999"));
        assertFalse(names.contains("entry99998"));
        assertEquals(0, vfs.fstatat(r, AT_FDCWD, "/big", 0, st));
        assertEquals(40 + 20L * (n / 2), st.size);
        assertEquals(n / 2 + 1, big.usedInodes());
    }

    @Test
    void aFileGrownToTheLimitGetsEnospcAndNothingElseIsLost() {
        setUp(1L << 20); // 256 pages
        fx.writeFile("/keep", "precious");
        byte[] other = new byte[10_000];
        for (int i = 0; i < other.length; i++) {
            other[i] = (byte) (i * 7);
        }
        fx.writeFile(root, "/other", other);
        long pagesBefore = fx.rootFs.usedPages();
        int fd = fx.open("/grow", O_WRONLY | O_CREAT);
        byte[] chunk = new byte[3000];
        long total = 0;
        long r;
        while ((r = write(fd, chunk)) > 0) {
            total += r;
        }
        assertEquals(-Errno.ENOSPC, r);
        assertEquals(-Errno.ENOSPC, write(fd, new byte[1]));
        assertEquals(fx.rootFs.maxPages(), fx.rootFs.usedPages());
        assertEquals((fx.rootFs.maxPages() - pagesBefore) * 4096, total); // every free byte used
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(root, AT_FDCWD, "/grow", 0, st));
        assertEquals(total, st.size);
        fx.check();
        assertEquals("precious", fx.readText("/keep"));
        assertArrayEquals(other, fx.readFile(root, "/other"));
        // Writing inside pages the file already has still works; fallocate past the end does not.
        assertEquals(1, FileIo.pwrite(root, fx.fds, fd, new ArrayBuffer(new byte[] {42}), 0));
        assertEquals(-Errno.ENOSPC, FileIo.fallocate(fx.fds, fd, 0, total, 8192, FileSizeLimit.NONE));
        fx.check();
        // A new file can be created (inodes are not pages) but not filled.
        int fd2 = fx.open("/late", O_WRONLY | O_CREAT);
        assertTrue(fd2 >= 0);
        assertEquals(-Errno.ENOSPC, write(fd2, new byte[1]));
        fx.fds.close(fd2);
        // Freeing makes room again.
        assertEquals(0, FileIo.ftruncate(fx.fds, fd, 0, FileSizeLimit.NONE));
        fx.fds.close(fd);
        assertEquals(pagesBefore, fx.rootFs.usedPages());
        fx.writeFile("/late", "fits now");
        assertEquals("fits now", fx.readText("/late"));
    }

    @Test
    void theInodeLimitIsEnospcToo() {
        setUp(1L << 20);
        TmpFs small = new TmpFs(fx.clock, fx.frames, 1 << 20, 10, 0755, 0, 0);
        assertEquals(0, vfs.mkdirat(root, AT_FDCWD, "/s", 0755));
        assertEquals(0, vfs.mountAt(root, "/s", small, 0));
        int made = 0;
        int r;
        while ((r = vfs.mkdirat(root, AT_FDCWD, "/s/d" + made, 0755)) == 0) {
            made++;
        }
        assertEquals(-Errno.ENOSPC, r);
        assertEquals(9, made); // the root counts as one
        assertEquals(-Errno.ENOSPC, vfs.symlinkat(root, "x", AT_FDCWD, "/s/l"));
        fx.check();
        assertEquals(0, vfs.unlinkat(root, AT_FDCWD, "/s/d0", FsFlags.AT_REMOVEDIR));
        assertEquals(0, vfs.symlinkat(root, "x", AT_FDCWD, "/s/l"));
    }

    @Test
    void sparseFilesHolesAndSeek() {
        setUp(4L << 20);
        int fd = fx.open("/sparse", O_RDWR | O_CREAT);
        long far = 10L << 40; // 10 TiB: a sparse file costs only its pages
        assertEquals(3, FileIo.pwrite(root, fx.fds, fd, ArrayBuffer.ofString("end"), far));
        assertEquals(4, FileIo.pwrite(root, fx.fds, fd, ArrayBuffer.ofString("mid!"), 20000));
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(root, fd, "", FsFlags.AT_EMPTY_PATH, st));
        assertEquals(far + 3, st.size);
        assertEquals(16, st.blocks); // two pages
        assertEquals(16384, FileIo.lseek(fx.fds, fd, 0, FsFlags.SEEK_DATA));
        assertEquals(0, FileIo.lseek(fx.fds, fd, 0, FsFlags.SEEK_HOLE));
        assertEquals(20480, FileIo.lseek(fx.fds, fd, 16384, FsFlags.SEEK_HOLE));
        assertEquals(far & ~4095L, FileIo.lseek(fx.fds, fd, 20480, FsFlags.SEEK_DATA));
        assertEquals(far + 3, FileIo.lseek(fx.fds, fd, far, FsFlags.SEEK_HOLE));
        assertEquals(-Errno.ENXIO, FileIo.lseek(fx.fds, fd, far + 3, FsFlags.SEEK_DATA));
        assertEquals(-Errno.ENXIO, FileIo.lseek(fx.fds, fd, far + 3, FsFlags.SEEK_HOLE));
        byte[] b = new byte[8];
        assertEquals(8, FileIo.pread(root, fx.fds, fd, new ArrayBuffer(b), 19998));
        assertArrayEquals(new byte[] {0, 0, 'm', 'i', 'd', '!', 0, 0}, b);
        assertEquals(3, FileIo.pread(root, fx.fds, fd, new ArrayBuffer(b), far));
        assertEquals(0, FileIo.pread(root, fx.fds, fd, new ArrayBuffer(b), far + 3));
        fx.check();
        assertEquals(0, FileIo.ftruncate(fx.fds, fd, 20002, FileSizeLimit.NONE));
        assertEquals(1, fx.rootFs.usedPages());
        assertEquals(2, FileIo.pread(root, fx.fds, fd, new ArrayBuffer(b), 20000));
        assertEquals(0, FileIo.ftruncate(fx.fds, fd, 30000, FileSizeLimit.NONE)); // growing again shows zeros past 20002
        assertEquals(8, FileIo.pread(root, fx.fds, fd, new ArrayBuffer(b), 19998));
        assertArrayEquals(new byte[] {0, 0, 'm', 'i', 0, 0, 0, 0}, b);
        fx.fds.close(fd);
    }

    @Test
    void fallocateAllocatesPunchesAndUndoesItsOwnPagesOnEnospc() {
        setUp(1L << 20);
        int fd = fx.open("/f", O_RDWR | O_CREAT);
        assertEquals(0, FileIo.fallocate(fx.fds, fd, 0, 0, 10000, FileSizeLimit.NONE));
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(root, fd, "", FsFlags.AT_EMPTY_PATH, st));
        assertEquals(10000, st.size);
        assertEquals(24, st.blocks);
        assertEquals(0, FileIo.fallocate(fx.fds, fd, FsFlags.FALLOC_FL_KEEP_SIZE, 10000, 10000, FileSizeLimit.NONE));
        assertEquals(0, vfs.fstatat(root, fd, "", FsFlags.AT_EMPTY_PATH, st));
        assertEquals(10000, st.size);
        assertEquals(40, st.blocks);
        long used = fx.rootFs.usedPages();
        assertEquals(-Errno.ENOSPC, FileIo.fallocate(fx.fds, fd, 0, 0, 2L << 20, FileSizeLimit.NONE));
        assertEquals(used, fx.rootFs.usedPages()); // nothing left behind
        fx.check();
        FileIo.pwrite(root, fx.fds, fd, new ArrayBuffer(new byte[10000]), 0);
        byte[] ones = new byte[10000];
        java.util.Arrays.fill(ones, (byte) 1);
        FileIo.pwrite(root, fx.fds, fd, new ArrayBuffer(ones), 0);
        assertEquals(0, FileIo.fallocate(fx.fds, fd, FsFlags.FALLOC_FL_PUNCH_HOLE | FsFlags.FALLOC_FL_KEEP_SIZE, 100, 8000, FileSizeLimit.NONE));
        byte[] back = new byte[10000];
        FileIo.pread(root, fx.fds, fd, new ArrayBuffer(back), 0);
        for (int i = 0; i < 10000; i++) {
            assertEquals(i >= 100 && i < 8100 ? 0 : 1, back[i], "byte " + i);
        }
        assertEquals(-Errno.EOPNOTSUPP, FileIo.fallocate(fx.fds, fd, FsFlags.FALLOC_FL_PUNCH_HOLE, 0, 1, FileSizeLimit.NONE));
        assertEquals(-Errno.EOPNOTSUPP, FileIo.fallocate(fx.fds, fd, FsFlags.FALLOC_FL_ZERO_RANGE, 0, 1, FileSizeLimit.NONE));
        assertEquals(-Errno.EINVAL, FileIo.fallocate(fx.fds, fd, 0, -1, 1, FileSizeLimit.NONE));
        fx.fds.close(fd);
        int ro = fx.open("/f", O_RDONLY);
        assertEquals(-Errno.EBADF, FileIo.fallocate(fx.fds, ro, 0, 0, 1, FileSizeLimit.NONE));
        fx.fds.close(ro);
    }

    @Test
    void listingsStayStableWhileEntriesComeAndGo() {
        setUp(1L << 20);
        assertEquals(0, vfs.mkdirat(root, AT_FDCWD, "/d", 0755));
        for (int i = 0; i < 100; i++) {
            assertEquals(0, vfs.mknodat(root, AT_FDCWD, "/d/f" + i, 0644, 0));
        }
        int fd = fx.open("/d", O_RDONLY | exo.kernel.fs.OpenFlags.O_DIRECTORY);
        byte[] buf = new byte[32 * 10]; // a few entries per call
        Set<String> seen = new HashSet<>();
        int call = 0;
        for (;;) {
            long n = FileIo.getdents64(fx.fds, fd, new ArrayBuffer(buf));
            assertTrue(n >= 0);
            if (n == 0) {
                break;
            }
            for (int off = 0; off < n; ) {
                int reclen = exo.kernel.fs.abi.Le.get16(buf, off + 16);
                int end = off + 19;
                while (buf[end] != 0) {
                    end++;
                }
                assertTrue(seen.add(Names.fromBytes(buf, off + 19, end - off - 19)), "listed twice");
                off += reclen;
            }
            // Meanwhile: remove an entry not yet listed and one already listed, add a new one.
            call++;
            vfs.unlinkat(root, AT_FDCWD, "/d/f" + (99 - call), 0);
            vfs.unlinkat(root, AT_FDCWD, "/d/f" + call, 0);
            vfs.mknodat(root, AT_FDCWD, "/d/new" + call, 0644, 0);
        }
        fx.fds.close(fd);
        // Every entry that existed throughout was listed exactly once.
        for (int i = 0; i < 100; i++) {
            boolean survived = i > call && i < 99 - call;
            if (survived) {
                assertTrue(seen.contains("f" + i), "f" + i + " missing");
            }
        }
        assertEquals(-Errno.EINVAL, FileIo.getdents64(fx.fds, fx.open("/d", O_RDONLY), new ArrayBuffer(new byte[10])));
    }

    @Test
    void everyFrameComesBackWhenTheFilesGo() {
        setUp(4L << 20);
        long framesBefore = fx.frames.allocated();
        for (int i = 0; i < 20; i++) {
            fx.writeFile(root, "/f" + i, new byte[i * 3000]);
        }
        int fd = fx.open("/f19", O_RDONLY);
        assertTrue(fx.frames.allocated() > framesBefore);
        for (int i = 0; i < 20; i++) {
            assertEquals(0, vfs.unlinkat(root, AT_FDCWD, "/f" + i, 0));
        }
        fx.check();
        assertEquals(framesBefore + 14, fx.frames.allocated()); // /f19's 57000 bytes, still open
        fx.fds.close(fd);
        assertEquals(framesBefore, fx.frames.allocated());
        assertEquals(0, fx.rootFs.usedPages());
    }

    @Test
    void theCheckerNoticesABrokenLinkCount() {
        setUp(1L << 20);
        fx.writeFile("/f", "x");
        FsContext r = root;
        exo.kernel.fs.vfs.Stat st = new exo.kernel.fs.vfs.Stat();
        assertEquals(0, vfs.fstatat(r, AT_FDCWD, "/f", 0, st));
        assertTrue(TmpFsCheck.check(fx.rootFs).isEmpty());
        exo.kernel.fs.vfs.Inode f = fx.rootFs.rootDir().lookup("f");
        f.incLinks(); // what a lost unlink would leave
        List<String> problems = TmpFsCheck.check(fx.rootFs);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("nlink 2 but named 1 times"), problems.toString());
        f.decLinks();
        assertTrue(TmpFsCheck.check(fx.rootFs).isEmpty());
    }
}
