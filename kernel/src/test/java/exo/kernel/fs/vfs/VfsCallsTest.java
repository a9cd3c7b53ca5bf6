/*
 * The path-based calls and their errors in Linux's order: open's flags (O_CREAT, O_EXCL,
 * O_TRUNC, O_DIRECTORY, O_NOFOLLOW, O_PATH, O_TMPFILE, O_APPEND), mkdir, rmdir, unlink, rename
 * with NOREPLACE and EXCHANGE, link, symlink, readlink, permissions for a non-root user (EACCES,
 * EPERM, the sticky bit, protected hard links), chmod, chown, utimensat, access, truncate,
 * timestamps, link counts and sizes as stat reports them, mount and umount.
 */
package exo.kernel.fs.vfs;

import static exo.kernel.fs.Errno.EACCES;
import static exo.kernel.fs.Errno.EBUSY;
import static exo.kernel.fs.Errno.EEXIST;
import static exo.kernel.fs.Errno.EINVAL;
import static exo.kernel.fs.Errno.EISDIR;
import static exo.kernel.fs.Errno.ELOOP;
import static exo.kernel.fs.Errno.ENOENT;
import static exo.kernel.fs.Errno.ENOTDIR;
import static exo.kernel.fs.Errno.ENOTEMPTY;
import static exo.kernel.fs.Errno.EPERM;
import static exo.kernel.fs.Errno.EROFS;
import static exo.kernel.fs.Errno.EXDEV;
import static exo.kernel.fs.FsFlags.AT_FDCWD;
import static exo.kernel.fs.FsFlags.AT_REMOVEDIR;
import static exo.kernel.fs.FsFlags.RENAME_EXCHANGE;
import static exo.kernel.fs.FsFlags.RENAME_NOREPLACE;
import static exo.kernel.fs.OpenFlags.O_APPEND;
import static exo.kernel.fs.OpenFlags.O_CREAT;
import static exo.kernel.fs.OpenFlags.O_DIRECTORY;
import static exo.kernel.fs.OpenFlags.O_EXCL;
import static exo.kernel.fs.OpenFlags.O_NOFOLLOW;
import static exo.kernel.fs.OpenFlags.O_PATH;
import static exo.kernel.fs.OpenFlags.O_RDONLY;
import static exo.kernel.fs.OpenFlags.O_RDWR;
import static exo.kernel.fs.OpenFlags.O_TMPFILE;
import static exo.kernel.fs.OpenFlags.O_TRUNC;
import static exo.kernel.fs.OpenFlags.O_WRONLY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.Names;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.tmpfs.TmpFs;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VfsCallsTest {
    FsFixture fx;
    Vfs vfs;
    FsContext root;

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
        vfs = fx.vfs;
        root = fx.root;
    }

    @AfterEach
    void consistent() {
        fx.check();
    }

    Stat stat(String path) {
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(root, AT_FDCWD, path, FsFlags.AT_SYMLINK_NOFOLLOW, st), path);
        return st;
    }

    int mkdir(String p) {
        return vfs.mkdirat(root, AT_FDCWD, p, 0755);
    }

    @Test
    void openCreateExclTruncAppend() {
        assertEquals(-ENOENT, fx.open("/f", O_RDONLY));
        int fd = fx.open("/f", O_WRONLY | O_CREAT | O_EXCL);
        assertTrue(fd >= 0);
        assertEquals(5, FileIo.write(root, fx.fds, fd, ArrayBuffer.ofString("hello")));
        fx.fds.close(fd);
        assertEquals(-EEXIST, fx.open("/f", O_WRONLY | O_CREAT | O_EXCL));
        assertEquals(0644, stat("/f").mode & 07777); // 0644 & ~022
        fd = fx.open("/f", O_WRONLY | O_APPEND);
        FileIo.write(root, fx.fds, fd, ArrayBuffer.ofString(" world"));
        assertEquals(0, FileIo.lseek(fx.fds, fd, 0, FsFlags.SEEK_SET));
        FileIo.write(root, fx.fds, fd, ArrayBuffer.ofString("!")); // O_APPEND ignores the offset
        fx.fds.close(fd);
        assertEquals("hello world!", fx.readText("/f"));
        fd = fx.open("/f", O_RDONLY | O_TRUNC);
        fx.fds.close(fd);
        assertEquals(0, stat("/f").size);
    }

    @Test
    void openOfDirectoriesAndSymlinks() {
        assertEquals(0, mkdir("/d"));
        fx.writeFile("/f", "x");
        assertEquals(-EISDIR, fx.open("/d", O_WRONLY));
        assertEquals(-EISDIR, fx.open("/d", O_RDONLY | O_TRUNC));
        assertEquals(-EISDIR, fx.open("/d", O_RDONLY | O_CREAT));
        assertEquals(-EEXIST, fx.open("/d", O_RDONLY | O_CREAT | O_EXCL));
        assertEquals(-EISDIR, fx.open("/new/", O_RDWR | O_CREAT));
        assertEquals(-EINVAL, fx.open("/g", O_RDONLY | O_CREAT | O_DIRECTORY));
        assertEquals(-ENOTDIR, fx.open("/f", O_RDONLY | O_DIRECTORY));
        assertEquals(-EISDIR, fx.open("/", O_RDONLY | O_CREAT));
        assertEquals(0, vfs.symlinkat(root, "/f", AT_FDCWD, "/l"));
        assertEquals(-ELOOP, fx.open("/l", O_RDONLY | O_NOFOLLOW));
        int p = fx.open("/l", O_PATH | O_NOFOLLOW);
        assertTrue(p >= 0); // O_PATH|O_NOFOLLOW names the link itself
        assertEquals(-Errno.EBADF, FileIo.read(root, fx.fds, p, new ArrayBuffer(new byte[4])));
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(root, p, "", FsFlags.AT_EMPTY_PATH, st));
        assertTrue(FileMode.isSymlink(st.mode));
        fx.fds.close(p);
    }

    @Test
    void oCreatThroughADanglingLinkCreatesItsTarget() {
        assertEquals(0, mkdir("/d"));
        assertEquals(0, vfs.symlinkat(root, "d/target", AT_FDCWD, "/dangling"));
        assertEquals(-EEXIST, fx.open("/dangling", O_WRONLY | O_CREAT | O_EXCL));
        int fd = fx.open("/dangling", O_WRONLY | O_CREAT);
        assertTrue(fd >= 0);
        fx.fds.close(fd);
        assertTrue(FileMode.isRegular(stat("/d/target").mode));
    }

    @Test
    void tmpfileHasNoNameUntilLinked() {
        assertEquals(0, mkdir("/d"));
        assertEquals(-EINVAL, fx.open("/d", O_TMPFILE | O_RDONLY));
        int fd = fx.open("/d", O_TMPFILE | O_RDWR);
        assertTrue(fd >= 0);
        assertEquals(List.of(".", ".."), fx.list("/d"));
        FileIo.write(root, fx.fds, fd, ArrayBuffer.ofString("data"));
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(root, fd, "", FsFlags.AT_EMPTY_PATH, st));
        assertEquals(0, st.nlink);
        assertEquals(0, vfs.linkat(root, fd, "", AT_FDCWD, "/d/named", FsFlags.AT_EMPTY_PATH));
        fx.fds.close(fd);
        assertEquals("data", fx.readText("/d/named"));
        assertEquals(1, stat("/d/named").nlink);
    }

    @Test
    void mkdirRmdirAndTheirErrors() {
        assertEquals(0, mkdir("/d"));
        assertEquals(-EEXIST, mkdir("/d"));
        assertEquals(-EEXIST, mkdir("/d/."));
        assertEquals(-EEXIST, mkdir("/"));
        assertEquals(0, mkdir("/d/e/"));
        assertEquals(3, stat("/d").nlink);
        assertEquals(-ENOENT, mkdir("/x/y"));
        fx.writeFile("/f", "");
        assertEquals(-ENOTDIR, mkdir("/f/y"));
        assertEquals(-ENOTEMPTY, vfs.unlinkat(root, AT_FDCWD, "/d", AT_REMOVEDIR));
        assertEquals(-EINVAL, vfs.unlinkat(root, AT_FDCWD, "/d/e/.", AT_REMOVEDIR));
        assertEquals(-ENOTEMPTY, vfs.unlinkat(root, AT_FDCWD, "/d/e/..", AT_REMOVEDIR));
        assertEquals(-EBUSY, vfs.unlinkat(root, AT_FDCWD, "/", AT_REMOVEDIR));
        assertEquals(-ENOTDIR, vfs.unlinkat(root, AT_FDCWD, "/f", AT_REMOVEDIR));
        assertEquals(-EBUSY, vfs.unlinkat(root, AT_FDCWD, "/proc", AT_REMOVEDIR)); // a mountpoint
        assertEquals(0, vfs.unlinkat(root, AT_FDCWD, "/d/e/", AT_REMOVEDIR));
        assertEquals(2, stat("/d").nlink);
        assertEquals(-EINVAL, vfs.unlinkat(root, AT_FDCWD, "/d", 0x8000));
    }

    @Test
    void unlinkAndItsErrors() {
        assertEquals(0, mkdir("/d"));
        fx.writeFile("/f", "x");
        assertEquals(-EISDIR, vfs.unlinkat(root, AT_FDCWD, "/d", 0));
        assertEquals(-EISDIR, vfs.unlinkat(root, AT_FDCWD, "/d/..", 0));
        assertEquals(-ENOTDIR, vfs.unlinkat(root, AT_FDCWD, "/f/", 0));
        assertEquals(-ENOENT, vfs.unlinkat(root, AT_FDCWD, "/nope", 0));
        assertEquals(0, vfs.unlinkat(root, AT_FDCWD, "/f", 0));
        assertEquals(-ENOENT, vfs.unlinkat(root, AT_FDCWD, "/f", 0));
    }

    @Test
    void openFileSurvivesUnlink() {
        fx.writeFile("/f", "still here");
        int fd = fx.open("/f", O_RDONLY);
        long pagesBefore = fx.rootFs.usedPages();
        assertEquals(0, vfs.unlinkat(root, AT_FDCWD, "/f", 0));
        assertEquals(pagesBefore, fx.rootFs.usedPages());
        byte[] b = new byte[32];
        assertEquals(10, FileIo.read(root, fx.fds, fd, new ArrayBuffer(b)));
        assertEquals("still here", Names.fromBytes(b, 0, 10));
        fx.check();
        fx.fds.close(fd);
        assertEquals(pagesBefore - 1, fx.rootFs.usedPages());
    }

    @Test
    void renameBasicsAndErrors() {
        assertEquals(0, mkdir("/a"));
        assertEquals(0, mkdir("/a/sub"));
        assertEquals(0, mkdir("/b"));
        fx.writeFile("/a/f", "F");
        fx.writeFile("/b/g", "G");
        assertEquals(0, vfs.renameat2(root, AT_FDCWD, "/a/f", AT_FDCWD, "/b/f2", 0));
        assertEquals("F", fx.readText("/b/f2"));
        assertEquals(0, vfs.renameat2(root, AT_FDCWD, "/b/f2", AT_FDCWD, "/b/g", 0)); // replaces g
        assertEquals("F", fx.readText("/b/g"));
        assertEquals(-EEXIST, vfs.renameat2(root, AT_FDCWD, "/a/sub", AT_FDCWD, "/b", RENAME_NOREPLACE));
        assertEquals(-EINVAL, vfs.renameat2(root, AT_FDCWD, "/a", AT_FDCWD, "/a/sub/x", 0));
        assertEquals(-ENOTEMPTY, vfs.renameat2(root, AT_FDCWD, "/a/sub", AT_FDCWD, "/a", 0));
        assertEquals(-EISDIR, vfs.renameat2(root, AT_FDCWD, "/b/g", AT_FDCWD, "/a/sub", 0));
        assertEquals(-ENOTDIR, vfs.renameat2(root, AT_FDCWD, "/a/sub", AT_FDCWD, "/b/g", 0));
        assertEquals(-ENOTDIR, vfs.renameat2(root, AT_FDCWD, "/b/g/", AT_FDCWD, "/b/h", 0));
        assertEquals(-EBUSY, vfs.renameat2(root, AT_FDCWD, "/a/.", AT_FDCWD, "/c", 0));
        assertEquals(-ENOENT, vfs.renameat2(root, AT_FDCWD, "/nope", AT_FDCWD, "/c", 0));
        assertEquals(-EXDEV, vfs.renameat2(root, AT_FDCWD, "/b/g", AT_FDCWD, "/dev/shm/g", 0));
        assertEquals(-EINVAL, vfs.renameat2(root, AT_FDCWD, "/b/g", AT_FDCWD, "/c", RENAME_NOREPLACE | RENAME_EXCHANGE));
        assertEquals(0, vfs.renameat2(root, AT_FDCWD, "/a/sub", AT_FDCWD, "/b/sub", 0));
        assertEquals(2, stat("/a").nlink);
        assertEquals(3, stat("/b").nlink);
        assertEquals(0, vfs.chdir(root, "/b/sub"));
        assertEquals("/b/sub", vfs.getcwd(root));
        // Renaming one name onto another link of the same file changes nothing.
        assertEquals(0, vfs.linkat(root, AT_FDCWD, "/b/g", AT_FDCWD, "/b/g2", 0));
        assertEquals(0, vfs.renameat2(root, AT_FDCWD, "/b/g", AT_FDCWD, "/b/g2", 0));
        assertEquals(2, stat("/b/g").nlink);
    }

    @Test
    void renameExchangeSwapsEvenAFileAndADirectory() {
        assertEquals(0, mkdir("/a"));
        assertEquals(0, mkdir("/b"));
        assertEquals(0, mkdir("/a/dir"));
        fx.writeFile("/b/file", "x");
        assertEquals(-ENOENT, vfs.renameat2(root, AT_FDCWD, "/a/dir", AT_FDCWD, "/b/none", RENAME_EXCHANGE));
        assertEquals(0, vfs.renameat2(root, AT_FDCWD, "/a/dir", AT_FDCWD, "/b/file", RENAME_EXCHANGE));
        assertTrue(FileMode.isRegular(stat("/a/dir").mode));
        assertTrue(FileMode.isDir(stat("/b/file").mode));
        assertEquals(2, stat("/a").nlink);
        assertEquals(3, stat("/b").nlink);
        assertEquals("x", fx.readText("/a/dir"));
    }

    @Test
    void hardLinks() {
        fx.writeFile("/f", "data");
        assertEquals(0, mkdir("/d"));
        assertEquals(0, vfs.linkat(root, AT_FDCWD, "/f", AT_FDCWD, "/d/f2", 0));
        assertEquals(2, stat("/f").nlink);
        assertEquals(stat("/f").ino, stat("/d/f2").ino);
        assertEquals(-EEXIST, vfs.linkat(root, AT_FDCWD, "/f", AT_FDCWD, "/d/f2", 0));
        assertEquals(-EPERM, vfs.linkat(root, AT_FDCWD, "/d", AT_FDCWD, "/d2", 0));
        assertEquals(-EXDEV, vfs.linkat(root, AT_FDCWD, "/f", AT_FDCWD, "/dev/shm/f", 0));
        assertEquals(-EINVAL, vfs.linkat(root, AT_FDCWD, "/f", AT_FDCWD, "/f3", 0x1));
        assertEquals(0, vfs.symlinkat(root, "f", AT_FDCWD, "/l"));
        assertEquals(0, vfs.linkat(root, AT_FDCWD, "/l", AT_FDCWD, "/l2", 0)); // the link itself
        assertTrue(FileMode.isSymlink(stat("/l2").mode));
        assertEquals(0, vfs.linkat(root, AT_FDCWD, "/l", AT_FDCWD, "/f3", FsFlags.AT_SYMLINK_FOLLOW));
        assertEquals(3, stat("/f").nlink);
        assertEquals(0, vfs.unlinkat(root, AT_FDCWD, "/f", 0));
        assertEquals("data", fx.readText("/d/f2"));
        assertEquals(2, stat("/d/f2").nlink);
    }

    @Test
    void readlink() {
        assertEquals(0, vfs.symlinkat(root, "some/target", AT_FDCWD, "/l"));
        byte[] b = new byte[64];
        assertEquals(11, vfs.readlinkat(root, AT_FDCWD, "/l", new ArrayBuffer(b)));
        assertEquals("some/target", Names.fromBytes(b, 0, 11));
        assertEquals(4, vfs.readlinkat(root, AT_FDCWD, "/l", new ArrayBuffer(b, 0, 4))); // truncated, no NUL
        assertEquals(-EINVAL, vfs.readlinkat(root, AT_FDCWD, "/l", new ArrayBuffer(b, 0, 0)));
        fx.writeFile("/f", "");
        assertEquals(-EINVAL, vfs.readlinkat(root, AT_FDCWD, "/f", new ArrayBuffer(b)));
        assertEquals(-ENOENT, vfs.readlinkat(root, AT_FDCWD, "/nope", new ArrayBuffer(b)));
    }

    @Test
    void permissionsForAnOrdinaryUser() {
        FsContext user = fx.user(1000, 1000);
        assertEquals(0, mkdir("/locked"));
        assertEquals(-EACCES, vfs.mkdirat(user, AT_FDCWD, "/locked/x", 0755));
        assertEquals(-EEXIST, vfs.mkdirat(user, AT_FDCWD, "/locked", 0755)); // EEXIST before EACCES
        assertEquals(-EACCES, fx.open(user, "/locked/f", O_WRONLY | O_CREAT, 0644));
        fx.writeFile("/secret", "s");
        assertEquals(0, vfs.fchmodat(root, AT_FDCWD, "/secret", 0600, 0));
        assertEquals(-EACCES, fx.open(user, "/secret", O_RDONLY, 0));
        assertEquals(-EACCES, fx.open(user, "/secret", O_WRONLY, 0));
        assertEquals(-EPERM, vfs.fchmodat(user, AT_FDCWD, "/secret", 0666, 0));
        assertEquals(-EPERM, vfs.fchownat(user, AT_FDCWD, "/secret", 1000, -1, 0));
        assertEquals(-EACCES, vfs.unlinkat(user, AT_FDCWD, "/secret", 0));
        assertEquals(-EACCES, vfs.faccessat2(user, AT_FDCWD, "/secret", FsFlags.R_OK, 0));
        assertEquals(0, vfs.faccessat2(user, AT_FDCWD, "/secret", FsFlags.F_OK, 0));
        assertEquals(0, vfs.faccessat2(root, AT_FDCWD, "/secret", FsFlags.R_OK | FsFlags.W_OK, 0));
        assertEquals(-EACCES, vfs.faccessat2(root, AT_FDCWD, "/secret", FsFlags.X_OK, 0)); // no x bit at all
        assertEquals(-EINVAL, vfs.faccessat2(root, AT_FDCWD, "/secret", 8, 0));
        // The user's own files in a world-writable directory.
        assertEquals(0, fx.open(user, "/tmp/mine", O_WRONLY | O_CREAT, 0600) >= 0 ? 0 : -1);
        Stat st = stat("/tmp/mine");
        assertEquals(1000, st.uid);
        assertEquals(1000, st.gid);
        assertEquals(0, vfs.fchmodat(user, AT_FDCWD, "/tmp/mine", 0640, 0));
        assertEquals(-EPERM, vfs.fchownat(user, AT_FDCWD, "/tmp/mine", -1, 5, 0)); // not in group 5
        assertEquals(0, vfs.fchownat(user, AT_FDCWD, "/tmp/mine", -1, 1000, 0));
        assertEquals(0, vfs.fchownat(root, AT_FDCWD, "/tmp/mine", 2000, 2000, 0));
        assertEquals(2000, stat("/tmp/mine").uid);
    }

    @Test
    void stickyDirectoriesProtectOtherUsersFiles() {
        FsContext alice = fx.user(1000, 1000);
        FsContext bob = fx.user(1001, 1001);
        assertTrue(fx.open(alice, "/tmp/a", O_WRONLY | O_CREAT, 0666) >= 0);
        assertEquals(-EPERM, vfs.unlinkat(bob, AT_FDCWD, "/tmp/a", 0));
        assertEquals(-EPERM, vfs.renameat2(bob, AT_FDCWD, "/tmp/a", AT_FDCWD, "/tmp/b", 0));
        assertEquals(-EPERM, vfs.linkat(bob, AT_FDCWD, "/tmp/a", AT_FDCWD, "/tmp/b", 0)); // protected_hardlinks
        assertEquals(0, vfs.unlinkat(alice, AT_FDCWD, "/tmp/a", 0));
    }

    @Test
    void protectedHardlinks() {
        FsContext user = fx.user(1000, 1000);
        fx.writeFile("/tmp/rootfile", "r");
        assertEquals(0, vfs.fchmodat(root, AT_FDCWD, "/tmp/rootfile", 0644, 0));
        assertEquals(-EPERM, vfs.linkat(user, AT_FDCWD, "/tmp/rootfile", AT_FDCWD, "/tmp/mylink", 0));
        assertEquals(0, vfs.fchmodat(root, AT_FDCWD, "/tmp/rootfile", 0666, 0));
        assertEquals(0, vfs.linkat(user, AT_FDCWD, "/tmp/rootfile", AT_FDCWD, "/tmp/mylink", 0));
    }

    @Test
    void setgidDirectoriesAndChmodClearingSetgid() {
        assertEquals(0, mkdir("/g"));
        assertEquals(0, vfs.fchownat(root, AT_FDCWD, "/g", 0, 50, 0));
        assertEquals(0, vfs.fchmodat(root, AT_FDCWD, "/g", 02777, 0));
        FsContext user = fx.user(1000, 1000);
        assertEquals(0, vfs.mkdirat(user, AT_FDCWD, "/g/sub", 0755));
        Stat st = stat("/g/sub");
        assertEquals(50, st.gid);
        assertTrue((st.mode & FileMode.S_ISGID) != 0);
        assertTrue(fx.open(user, "/g/file", O_WRONLY | O_CREAT, 0644) >= 0);
        assertEquals(50, stat("/g/file").gid);
        assertEquals(0, vfs.fchmodat(user, AT_FDCWD, "/g/file", 02755, 0));
        assertEquals(0755, stat("/g/file").mode & 07777); // not in group 50: set-group-ID dropped
    }

    @Test
    void timestampsFollowLinuxRules() {
        long t0 = fx.clock.now;
        fx.writeFile("/f", "x");
        Stat st = stat("/f");
        assertEquals(t0, st.mtimeNs);
        assertEquals(t0, st.btimeNs);
        fx.clock.advance(1_500_000_123L);
        long t1 = fx.clock.now;
        int fd = fx.open("/f", O_WRONLY);
        FileIo.write(root, fx.fds, fd, ArrayBuffer.ofString("y"));
        fx.fds.close(fd);
        st = stat("/f");
        assertEquals(t1, st.mtimeNs);
        assertEquals(t1, st.ctimeNs);
        assertEquals(t0, st.atimeNs);
        fx.clock.advance(1000);
        fx.readText("/f"); // relatime: atime older than mtime moves
        assertEquals(fx.clock.now, stat("/f").atimeNs);
        long atime = fx.clock.now;
        fx.clock.advance(1000);
        fx.readText("/f"); // now atime is newer than mtime: it stays
        assertEquals(atime, stat("/f").atimeNs);
        fx.clock.advance(1000);
        assertEquals(0, vfs.fchmodat(root, AT_FDCWD, "/f", 0600, 0));
        st = stat("/f");
        assertEquals(fx.clock.now, st.ctimeNs);
        assertEquals(t1, st.mtimeNs);
        long dirBefore = stat("/").mtimeNs;
        fx.clock.advance(1000);
        assertEquals(0, mkdir("/d"));
        assertEquals(fx.clock.now, stat("/").mtimeNs);
        assertTrue(stat("/").mtimeNs > dirBefore);
    }

    @Test
    void utimensatExplicitNowAndOmit() {
        fx.writeFile("/f", "x");
        long[] times = {100, 5, 200, 999_999_999};
        assertEquals(0, vfs.utimensat(root, AT_FDCWD, "/f", times, 0));
        Stat st = stat("/f");
        assertEquals(100_000_000_005L, st.atimeNs);
        assertEquals(200_999_999_999L, st.mtimeNs);
        assertEquals(fx.clock.now, st.ctimeNs);
        assertEquals(0, vfs.utimensat(root, AT_FDCWD, "/f", new long[] {0, FsFlags.UTIME_OMIT, -1, 0}, 0));
        st = stat("/f");
        assertEquals(100_000_000_005L, st.atimeNs);
        assertEquals(-1_000_000_000L, st.mtimeNs); // before 1970
        assertEquals(-EINVAL, vfs.utimensat(root, AT_FDCWD, "/f", new long[] {0, 1_000_000_000L, 0, 0}, 0));
        assertEquals(0, vfs.utimensat(root, AT_FDCWD, "/nope", new long[] {0, FsFlags.UTIME_OMIT, 0, FsFlags.UTIME_OMIT}, 0));
        FsContext user = fx.user(1000, 1000);
        assertEquals(-EACCES, vfs.utimensat(user, AT_FDCWD, "/f", null, 0));
        assertEquals(0, vfs.fchmodat(root, AT_FDCWD, "/f", 0666, 0));
        assertEquals(0, vfs.utimensat(user, AT_FDCWD, "/f", null, 0)); // "now" needs only write access
        assertEquals(-EPERM, vfs.utimensat(user, AT_FDCWD, "/f", times, 0));
    }

    @Test
    void truncateByPath() {
        fx.writeFile("/f", "0123456789");
        assertEquals(0, vfs.truncate(root, "/f", 4));
        assertEquals("0123", fx.readText("/f"));
        assertEquals(0, vfs.truncate(root, "/f", 8));
        assertArrayEquals(new byte[] {'0', '1', '2', '3', 0, 0, 0, 0}, fx.readFile(root, "/f"));
        assertEquals(-EINVAL, vfs.truncate(root, "/f", -1));
        assertEquals(-EISDIR, vfs.truncate(root, "/tmp", 0));
        assertEquals(-EINVAL, vfs.truncate(root, "/dev/null", 0));
        assertEquals(-EACCES, vfs.truncate(fx.user(1000, 1000), "/f", 0));
    }

    @Test
    void statReportsTmpfsSizesAndCounts() {
        Stat st = stat("/");
        assertTrue(FileMode.isDir(st.mode));
        assertEquals(0755, st.mode & 07777);
        int entries = fx.list("/").size() - 2;
        assertEquals(40 + 20L * entries, st.size);
        fx.writeFile("/f", "x".repeat(5000));
        st = stat("/f");
        assertEquals(5000, st.size);
        assertEquals(16, st.blocks); // two pages
        assertEquals(4096, st.blksize);
        assertEquals(fx.rootFs.dev, st.dev);
        StatFs sf = new StatFs();
        assertEquals(0, vfs.statfs(root, "/f", sf));
        assertEquals(StatFs.TMPFS_MAGIC, sf.type);
        assertEquals(fx.rootFs.maxPages() - fx.rootFs.usedPages(), sf.bfree);
    }

    @Test
    void mountAndUmount() {
        FsContext user = fx.user(1000, 1000);
        assertEquals(0, mkdir("/mnt"));
        assertEquals(-EPERM, vfs.mount(user, "none", "/mnt", "tmpfs", 0, ""));
        assertEquals(-Errno.ENODEV, vfs.mount(root, "none", "/mnt", "ext4", 0, ""));
        assertEquals(-EINVAL, vfs.mount(root, "none", "/mnt", "tmpfs", 0, "size=lots"));
        assertEquals(0, vfs.mount(root, "none", "/mnt", "tmpfs", 0, "size=1m,mode=700"));
        assertEquals(0700, stat("/mnt").mode & 07777);
        fx.writeFile("/mnt/f", "x");
        int fd = fx.open("/mnt/f", O_RDONLY);
        assertEquals(-EBUSY, vfs.umount2(root, "/mnt", 0));
        fx.fds.close(fd);
        assertEquals(-EINVAL, vfs.umount2(root, "/mnt/f", 0));
        assertEquals(-EBUSY, vfs.umount2(root, "/", 0));
        long frames = fx.frames.allocated();
        assertEquals(0, vfs.umount2(root, "/mnt", 0));
        assertEquals(frames - 1, fx.frames.allocated()); // the unmounted tmpfs's page is freed
        assertEquals(-ENOENT, fx.open("/mnt/f", O_RDONLY));
        assertTrue(fx.vfs.mountsText(vfs.root()).contains("proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n"));
        // MS_RDONLY: no writes, no new names.
        TmpFs ro = new TmpFs(fx.clock, fx.frames, 1 << 20, 100, 0755, 0, 0);
        assertEquals(0, vfs.mountAt(root, "/mnt", ro, FsFlags.MS_RDONLY));
        assertEquals(-EROFS, mkdir("/mnt/x"));
        assertEquals(-EROFS, fx.open("/mnt/y", O_WRONLY | O_CREAT));
        assertEquals(0, vfs.mount(root, null, "/mnt", null, FsFlags.MS_REMOUNT, null));
        assertEquals(0, mkdir("/mnt/x"));
        // MNT_DETACH takes a busy mount away; its open files keep working.
        fx.writeFile("/mnt/x/f", "kept");
        fd = fx.open("/mnt/x/f", O_RDONLY);
        assertEquals(0, vfs.umount2(root, "/mnt", FsFlags.MNT_DETACH));
        assertEquals(-ENOENT, fx.open("/mnt/x/f", O_RDONLY));
        byte[] b = new byte[8];
        assertEquals(4, FileIo.read(root, fx.fds, fd, new ArrayBuffer(b)));
        frames = fx.frames.allocated();
        fx.fds.close(fd);
        assertEquals(frames - 1, fx.frames.allocated()); // freed with the detached mount's last file
    }
}
