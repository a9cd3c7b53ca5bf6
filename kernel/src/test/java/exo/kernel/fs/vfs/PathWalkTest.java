/*
 * Path resolution: absolute and relative paths, "." and "..", ".." at the root and across
 * mounts, symlinks (relative, absolute, chains, loops, the 40-link limit, trailing slashes),
 * search permission, ENOTDIR, ENAMETOOLONG for long paths and names, a path of 4096
 * components, deep directories, chroot, dirfd and AT_EMPTY_PATH.
 */
package exo.kernel.fs.vfs;

import static exo.kernel.fs.Errno.EACCES;
import static exo.kernel.fs.Errno.EBADF;
import static exo.kernel.fs.Errno.ELOOP;
import static exo.kernel.fs.Errno.ENAMETOOLONG;
import static exo.kernel.fs.Errno.ENOENT;
import static exo.kernel.fs.Errno.ENOTDIR;
import static exo.kernel.fs.FsFlags.AT_EMPTY_PATH;
import static exo.kernel.fs.FsFlags.AT_FDCWD;
import static exo.kernel.fs.FsFlags.AT_SYMLINK_NOFOLLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.tmpfs.TmpFs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PathWalkTest {
    FsFixture fx;
    Vfs vfs;
    FsContext root;

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
        vfs = fx.vfs;
        root = fx.root;
        assertEquals(0, vfs.mkdirat(root, AT_FDCWD, "/a", 0755));
        assertEquals(0, vfs.mkdirat(root, AT_FDCWD, "/a/b", 0755));
        fx.writeFile("/a/b/f", "hello");
    }

    @AfterEach
    void consistent() {
        fx.check();
    }

    /** The inode number at path (following links), or the negative errno. */
    long ino(FsContext ctx, String path) {
        Stat st = new Stat();
        int r = vfs.fstatat(ctx, AT_FDCWD, path, 0, st);
        return r < 0 ? r : st.ino;
    }

    long ino(String path) {
        return ino(root, path);
    }

    @Test
    void absoluteRelativeDotAndDotDot() {
        long f = ino("/a/b/f");
        assertTrue(f > 0);
        assertEquals(f, ino("//a///b//f"));
        assertEquals(f, ino("/a/./b/./f"));
        assertEquals(f, ino("/a/b/../b/f"));
        assertEquals(ino("/"), ino("/.."));
        assertEquals(ino("/"), ino("/../../.."));
        assertEquals(0, vfs.chdir(root, "/a"));
        assertEquals(f, ino("b/f"));
        assertEquals(f, ino("./b/../b/f"));
        assertEquals(ino("/"), ino(".."));
        assertEquals("/a", vfs.getcwd(root));
    }

    @Test
    void missingAndNotDirectory() {
        assertEquals(-ENOENT, ino("/a/nope"));
        assertEquals(-ENOENT, ino("/nope/f"));
        assertEquals(-ENOTDIR, ino("/a/b/f/x"));
        assertEquals(-ENOTDIR, ino("/a/b/f/"));
        assertEquals(-ENOTDIR, ino("/a/b/f/."));
        assertEquals(-ENOENT, ino(""));
        assertTrue(ino("/a/b/") > 0);
    }

    @Test
    void symlinksRelativeAbsoluteAndChained() {
        assertEquals(0, vfs.symlinkat(root, "b/f", AT_FDCWD, "/a/rel"));
        assertEquals(0, vfs.symlinkat(root, "/a/b", AT_FDCWD, "/abs"));
        assertEquals(0, vfs.symlinkat(root, "/abs/f", AT_FDCWD, "/chain"));
        long f = ino("/a/b/f");
        assertEquals(f, ino("/a/rel"));
        assertEquals(f, ino("/abs/f"));
        assertEquals(f, ino("/chain"));
        assertEquals(f, ino("/abs/../b/f")); // ".." after a link goes to the link target's parent
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(root, AT_FDCWD, "/chain", AT_SYMLINK_NOFOLLOW, st));
        assertTrue(FileMode.isSymlink(st.mode));
        assertEquals("/abs/f".length(), st.size);
        assertEquals(-ENOTDIR, ino("/chain/")); // a trailing slash follows the link, then needs a directory
        assertTrue(ino("/abs/") > 0);
    }

    @Test
    void symlinkLoopsAndTheFortyLinkLimit() {
        assertEquals(0, vfs.symlinkat(root, "loop2", AT_FDCWD, "/loop1"));
        assertEquals(0, vfs.symlinkat(root, "loop1", AT_FDCWD, "/loop2"));
        assertEquals(0, vfs.symlinkat(root, "self", AT_FDCWD, "/self"));
        assertEquals(-ELOOP, ino("/loop1"));
        assertEquals(-ELOOP, ino("/self/x"));
        // A chain of exactly 40 links resolves; 41 is one too many.
        fx.writeFile("/target", "t");
        String prev = "/target";
        for (int i = 1; i <= 41; i++) {
            assertEquals(0, vfs.symlinkat(root, prev, AT_FDCWD, "/l" + i));
            prev = "/l" + i;
        }
        assertEquals(ino("/target"), ino("/l40"));
        assertEquals(-ELOOP, ino("/l41"));
        // lstat does not follow the last link at all.
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(root, AT_FDCWD, "/l41", AT_SYMLINK_NOFOLLOW, st));
        assertEquals(-ELOOP, fx.open("/loop1", OpenFlags.O_RDONLY));
        assertEquals(-ELOOP, fx.open("/l1", OpenFlags.O_RDONLY | OpenFlags.O_NOFOLLOW));
    }

    @Test
    void danglingAndEmptyTargets() {
        assertEquals(0, vfs.symlinkat(root, "/nowhere", AT_FDCWD, "/dangling"));
        assertEquals(-ENOENT, ino("/dangling"));
        assertEquals(-ENOENT, vfs.symlinkat(root, "", AT_FDCWD, "/empty"));
    }

    @Test
    void dotDotCrossesMountPointsBothWays() {
        assertEquals(0, vfs.mkdirat(root, AT_FDCWD, "/mnt", 0755));
        TmpFs t = new TmpFs(fx.clock, fx.frames, 1 << 20, 100, 0755, 0, 0);
        assertEquals(0, vfs.mountAt(root, "/mnt", t, 0));
        assertEquals(0, vfs.mkdirat(root, AT_FDCWD, "/mnt/in", 0755));
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(root, AT_FDCWD, "/mnt", 0, st));
        assertEquals(t.dev, st.dev); // the mounted root, not the directory under it
        assertEquals(ino("/a"), ino("/mnt/../a"));
        assertEquals(ino("/a"), ino("/mnt/in/../../a"));
        assertEquals(0, vfs.chdir(root, "/mnt/in"));
        assertEquals("/mnt/in", vfs.getcwd(root));
        assertEquals(ino("/a/b"), ino("../../a/b"));
        // A second file system stacked on the same place hides the first; ".." still leaves both.
        TmpFs t2 = new TmpFs(fx.clock, fx.frames, 1 << 20, 100, 0755, 0, 0);
        assertEquals(0, vfs.mountAt(root, "/mnt", t2, 0));
        assertEquals(-ENOENT, ino("/mnt/in"));
        assertEquals(0, vfs.fstatat(root, AT_FDCWD, "/mnt/..", 0, st));
        assertEquals(ino("/"), st.ino);
        assertEquals(fx.rootFs.dev, st.dev);
    }

    @Test
    void searchPermissionOnEveryDirectory() {
        FsContext user = fx.user(1000, 1000);
        assertEquals(0, vfs.fchmodat(root, AT_FDCWD, "/a", 0700, 0));
        assertEquals(-EACCES, ino(user, "/a/b/f"));
        assertEquals(-EACCES, ino(user, "/a/nope")); // search is checked before the lookup
        assertEquals(-EACCES, ino(user, "/a/."));
        assertTrue(ino("/a/b/f") > 0); // root may search anything
        assertEquals(0, vfs.fchmodat(root, AT_FDCWD, "/a", 0711, 0));
        assertTrue(ino(user, "/a/b/f") > 0); // x without r is enough to pass through
    }

    @Test
    void pathAndNameLengthLimits() {
        String name255 = "n".repeat(255);
        assertEquals(0, vfs.mkdirat(root, AT_FDCWD, "/a/" + name255, 0755));
        assertTrue(ino("/a/" + name255) > 0);
        assertEquals(-ENAMETOOLONG, ino("/a/" + name255 + "x"));
        assertEquals(-ENAMETOOLONG, vfs.mkdirat(root, AT_FDCWD, "/a/" + name255 + "x", 0755));
        assertEquals(-ENOENT, ino("/nope/" + name255 + "x")); // the missing directory comes first
        String longPath = "/a" + "/.".repeat(2046); // 4094 bytes: fits with its NUL
        assertEquals(4094, longPath.length());
        assertEquals(ino("/a"), ino(longPath));
        assertEquals(-ENAMETOOLONG, ino(longPath + "/."));
        assertEquals(-ENAMETOOLONG, ino(longPath + "//"));
    }

    @Test
    void aPathOf4096ComponentsIsRejectedCleanly() {
        String p = "a/".repeat(4096);
        assertEquals(-ENAMETOOLONG, ino(p));
        assertEquals(-ENAMETOOLONG, vfs.mkdirat(root, AT_FDCWD, p + "x", 0755));
        assertEquals(-ENAMETOOLONG, fx.open("/" + p, OpenFlags.O_RDONLY));
        // 2047 one-letter components fit in PATH_MAX and resolve.
        String ok = "/" + "./".repeat(2046) + "a";
        assertTrue(ok.length() < 4096);
        assertEquals(ino("/a"), ino(ok));
    }

    @Test
    void deepDirectoriesAndLongLinkExpansions() {
        StringBuilder path = new StringBuilder("/a");
        for (int i = 0; i < 1000; i++) {
            path.append("/d");
            assertEquals(0, vfs.mkdirat(root, AT_FDCWD, path.toString(), 0755));
        }
        assertTrue(ino(path.toString()) > 0);
        assertEquals(0, vfs.chdir(root, path.toString()));
        assertEquals(path.toString(), vfs.getcwd(root));
        assertEquals(ino("/a"), ino("../".repeat(1000)));
        // 40 links that each expand to about 2000 bytes: 80000 bytes walked, no ENAMETOOLONG,
        // since PATH_MAX limits each text, not the expansion.
        String deep = path.substring(0, 2000);
        assertEquals(0, vfs.symlinkat(root, deep, AT_FDCWD, "/x0"));
        for (int i = 1; i < 40; i++) {
            String target = "/x" + (i - 1) + "/.".repeat(995);
            assertTrue(target.length() > 1990);
            assertEquals(0, vfs.symlinkat(root, target, AT_FDCWD, "/x" + i));
        }
        assertEquals(ino(deep), ino("/x39"));
        assertEquals(0, vfs.symlinkat(root, "/x39/.", AT_FDCWD, "/x40"));
        assertEquals(-ELOOP, ino("/x40/.")); // 41 links
    }

    @Test
    void chrootIsAFloorForDotDot() {
        FsContext p = fx.user(0, 0);
        assertEquals(0, vfs.chroot(p, "/a"));
        assertEquals(0, vfs.chdir(p, "/"));
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(p, AT_FDCWD, "/../../b/f", 0, st));
        assertEquals(ino("/a/b/f"), st.ino);
        assertEquals(0, vfs.symlinkat(root, "/b/f", AT_FDCWD, "/a/inside"));
        assertEquals(ino("/a/b/f"), ino(p, "/inside")); // absolute targets start at the new root
        assertEquals("/", vfs.getcwd(p));
        assertEquals(-exo.kernel.fs.Errno.EPERM, vfs.chroot(fx.user(5, 5), "/a"));
    }

    @Test
    void dirfdAndEmptyPath() {
        int dir = fx.open("/a/b", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
        int file = fx.open("/a/b/f", OpenFlags.O_RDONLY);
        Stat st = new Stat();
        assertEquals(0, vfs.fstatat(root, dir, "f", 0, st));
        assertEquals(ino("/a/b/f"), st.ino);
        assertEquals(0, vfs.fstatat(root, 999, "/a/b/f", 0, st)); // absolute paths ignore dirfd
        assertEquals(-EBADF, vfs.fstatat(root, 999, "f", 0, st));
        assertEquals(-ENOTDIR, vfs.fstatat(root, file, "x", 0, st));
        assertEquals(-ENOENT, vfs.fstatat(root, file, "", 0, st));
        assertEquals(0, vfs.fstatat(root, file, "", AT_EMPTY_PATH, st));
        assertEquals(ino("/a/b/f"), st.ino);
        assertEquals(0, fx.fds.close(dir));
        assertEquals(0, fx.fds.close(file));
    }

    @Test
    void removedWorkingDirectory() {
        assertEquals(0, vfs.mkdirat(root, AT_FDCWD, "/gone", 0755));
        assertEquals(0, vfs.chdir(root, "/gone"));
        assertEquals(0, vfs.unlinkat(root, AT_FDCWD, "/gone", exo.kernel.fs.FsFlags.AT_REMOVEDIR));
        assertEquals(null, vfs.getcwd(root));
        assertEquals(-ENOENT, vfs.mkdirat(root, AT_FDCWD, "sub", 0755));
        assertEquals(-ENOENT, fx.open(root, "new", OpenFlags.O_CREAT | OpenFlags.O_WRONLY, 0644));
        assertTrue(ino(".") > 0);
        assertEquals(Credentials.ROOT, root.cred);
    }
}
