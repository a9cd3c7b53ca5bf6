/*
 * Extended attributes as Linux 6.1's tmpfs keeps them (fs.vfs.Xattrs through VfsXattr):
 * security.* and trusted.* only, root to change them, trusted.* hidden from others, create
 * and replace flags, names listed in creation order, symlinks followed or not, none on /proc.
 */
package exo.kernel.fs.vfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.OpenFlags;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XattrsTest {
    private final FsFixture fx = new FsFixture();

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void setGetListRemoveWithTheirErrors() {
        fx.writeFile("/f", "x");
        FsContext root = fx.root;
        int[] err = new int[1];
        assertEquals(0, VfsXattr.set(root, "/f", true, "security.a", b("1"), 0));
        assertEquals(0, VfsXattr.set(root, "/f", true, "trusted.b", b("22"), Xattrs.XATTR_CREATE));
        assertEquals(-Errno.EEXIST, VfsXattr.set(root, "/f", true, "security.a", b("3"), Xattrs.XATTR_CREATE));
        assertEquals(-Errno.ENODATA, VfsXattr.set(root, "/f", true, "security.c", b("3"), Xattrs.XATTR_REPLACE));
        assertEquals(0, VfsXattr.set(root, "/f", true, "security.a", b("333"), Xattrs.XATTR_REPLACE));
        assertEquals(-Errno.EINVAL, VfsXattr.set(root, "/f", true, "security.a", b("3"), 4));
        assertEquals(-Errno.EOPNOTSUPP, VfsXattr.set(root, "/f", true, "user.a", b("3"), 0));
        assertEquals(-Errno.E2BIG, VfsXattr.set(root, "/f", true, "security.big", new byte[65537], 0));
        assertArrayEquals(b("333"), VfsXattr.get(root, "/f", true, "security.a", err));
        assertNull(VfsXattr.get(root, "/f", true, "security.none", err));
        assertEquals(Errno.ENODATA, err[0]);
        assertArrayEquals(b("security.a\0trusted.b\0"), VfsXattr.list(root, "/f", true, err));
        FsContext user = fx.user(1000, 1000);
        assertArrayEquals(b("security.a\0"), VfsXattr.list(user, "/f", true, err));   // trusted.* hidden
        assertNull(VfsXattr.get(user, "/f", true, "trusted.b", err));
        assertEquals(Errno.ENODATA, err[0]);
        assertEquals(-Errno.EPERM, VfsXattr.set(user, "/f", true, "security.u", b("1"), 0));
        assertEquals(-Errno.EPERM, VfsXattr.remove(user, "/f", true, "security.a"));
        assertEquals(0, VfsXattr.remove(root, "/f", true, "security.a"));
        assertEquals(-Errno.ENODATA, VfsXattr.remove(root, "/f", true, "security.a"));
        assertNull(VfsXattr.get(root, "/missing", true, "security.a", err));
        assertEquals(Errno.ENOENT, err[0]);
    }

    @Test
    void symlinksDescriptorsAndProc() {
        fx.writeFile("/f", "x");
        FsContext root = fx.root;
        int[] err = new int[1];
        assertEquals(0, fx.vfs.symlinkat(root, "/f", exo.kernel.fs.FsFlags.AT_FDCWD, "/l"));
        assertEquals(0, VfsXattr.set(root, "/l", false, "security.link", b("L"), 0));   // lsetxattr
        assertEquals(0, VfsXattr.set(root, "/l", true, "security.file", b("F"), 0));    // setxattr follows
        assertArrayEquals(b("security.file\0"), VfsXattr.list(root, "/f", true, err));
        assertArrayEquals(b("security.link\0"), VfsXattr.list(root, "/l", false, err));
        int fd = fx.open("/f", OpenFlags.O_RDONLY);
        assertArrayEquals(b("F"), VfsXattr.fget(root, fx.fds.file(fd), "security.file", err));
        int path = fx.open("/f", OpenFlags.O_PATH);
        assertNull(VfsXattr.fget(root, fx.fds.file(path), "security.file", err));
        assertEquals(Errno.EBADF, err[0]);
        assertEquals(-Errno.EOPNOTSUPP, VfsXattr.set(root, "/proc/meminfo", true, "security.a", b("1"), 0));
    }
}
