/*
 * The inode ceiling every tmpfs of a file layer shares (InodeBudget, sized by Boot from the
 * kernel heap): creates past it fail with ENOSPC on any tmpfs, a removal frees a place for
 * another tmpfs, statfs's free inode count shows it, and the file systems stay consistent.
 */
package exo.kernel.fs.tmpfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.vfs.StatFs;
import org.junit.jupiter.api.Test;

class InodeBudgetTest {
    private static final int CREATE = OpenFlags.O_WRONLY | OpenFlags.O_CREAT | OpenFlags.O_EXCL;

    /** Creates path and closes it; the open's result (>= 0 or -errno). */
    private static int create(FsFixture f, String path) {
        int fd = f.open(path, CREATE);
        if (fd >= 0) {
            assertEquals(0, f.fds(f.root).close(fd));
        }
        return fd;
    }

    @Test
    void theHeapSizesTheCeilingWithAFloor() {
        InodeBudget b = new InodeBudget(Long.MAX_VALUE);
        b.limitToHeap(16L << 20);
        assertEquals(10 * 1024, b.maxInodes(), "5/8 of 16 MiB at 1 KiB each");
        b.limitToHeap(4096);
        assertEquals(64, b.maxInodes());
    }

    @Test
    void createsPastTheCeilingFailWithEnospcOnEveryTmpfs() {
        FsFixture f = new FsFixture();
        InodeBudget b = f.layer.inodes;
        b.limitToHeap(209_720);   // 5/8 of it: 128 inodes of 1 KiB, /dev's nodes already count
        long before = b.usedInodes();
        assertTrue(before > 0 && before < 128, "devtmpfs and /dev/shm count: " + before);
        assertEquals(0, f.vfs.mkdirat(f.root, FsFlags.AT_FDCWD, "/d", 0755));
        int made = 0;
        int r;
        while ((r = create(f, "/d/f" + made)) >= 0) {
            made++;
        }
        assertEquals(-Errno.ENOSPC, r);
        assertEquals(128 - before - 1, made);
        assertEquals(128, b.usedInodes());

        assertEquals(0, f.vfs.mount(f.root, "none", "/tmp", "tmpfs", 0, "nr_inodes=1000"));
        assertEquals(-Errno.ENOSPC, create(f, "/tmp/x"), "the new tmpfs shares the ceiling");
        StatFs st = new StatFs();
        assertEquals(0, f.vfs.statfs(f.root, "/tmp", st));
        assertEquals(1, st.files, "its root, and no room for more");
        assertEquals(0, st.ffree);

        assertEquals(0, f.vfs.unlinkat(f.root, FsFlags.AT_FDCWD, "/d/f0", 0));
        assertTrue(create(f, "/tmp/x") >= 0, "a removal frees a place on another tmpfs");
        assertEquals(-Errno.ENOSPC, create(f, "/d/again"));
        f.check();
    }

    @Test
    void theBudgetIsSetOnceBeforeTheFirstInode() {
        FsFixture f = new FsFixture();
        assertThrows(IllegalStateException.class, () -> f.rootFs.shareBudget(new InodeBudget(10)));
    }
}
