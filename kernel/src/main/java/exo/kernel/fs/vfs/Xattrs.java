/*
 * Extended attributes (setxattr(2), getxattr(2), listxattr(2), removexattr(2)) as Linux 6.1's
 * tmpfs keeps them (simple_xattrs): in memory, per inode, in the order they were created, for
 * the "security." and "trusted." namespaces only ("user." came to tmpfs in 6.6: EOPNOTSUPP, as
 * any other prefix). Both namespaces are privileged: setting or removing needs CAP_SYS_ADMIN
 * (root here), and "trusted." attributes are invisible to others (ENODATA, left out of lists).
 * Names are 1..255 bytes (ERANGE), values at most 64 KiB (E2BIG). A file system without them
 * (procfs) says EOPNOTSUPP through Inode.supportsXattrs. The path and descriptor forms are
 * VfsXattr's; the system calls (syscall.XattrCalls) copy names and values.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import java.util.ArrayList;

public final class Xattrs {
    public static final int XATTR_CREATE = 1;
    public static final int XATTR_REPLACE = 2;
    /** Linux's XATTR_NAME_MAX and XATTR_SIZE_MAX. */
    public static final int NAME_MAX = 255;
    public static final int SIZE_MAX = 65536;
    private static final String SECURITY = "security.";
    private static final String TRUSTED = "trusted.";

    private final ArrayList<String> names = new ArrayList<>();
    private final ArrayList<byte[]> values = new ArrayList<>();

    /** 0 for a name this file system can hold, else the -errno setxattr/getxattr give for it. */
    public static int checkName(String name) {
        if (name.isEmpty() || name.length() > NAME_MAX) {
            return -Errno.ERANGE;
        }
        boolean known = name.startsWith(SECURITY) && name.length() > SECURITY.length()
                || name.startsWith(TRUSTED) && name.length() > TRUSTED.length();
        return known ? 0 : -Errno.EOPNOTSUPP;
    }

    private static boolean visible(String name, Credentials cred) {
        return !name.startsWith(TRUSTED) || cred.isRoot();
    }

    /** setxattr: flags XATTR_CREATE (EEXIST) / XATTR_REPLACE (ENODATA); 0 or -errno. */
    public synchronized int set(Credentials cred, String name, byte[] value, int flags) {
        if ((flags & ~(XATTR_CREATE | XATTR_REPLACE)) != 0) {
            return -Errno.EINVAL;
        }
        int r = checkName(name);
        if (r < 0) {
            return r;
        }
        if (value.length > SIZE_MAX) {
            return -Errno.E2BIG;
        }
        if (!cred.isRoot()) {
            return -Errno.EPERM;
        }
        int i = names.indexOf(name);
        if (i >= 0 && (flags & XATTR_CREATE) != 0) {
            return -Errno.EEXIST;
        }
        if (i < 0 && (flags & XATTR_REPLACE) != 0) {
            return -Errno.ENODATA;
        }
        if (i >= 0) {
            values.set(i, value.clone());
        } else {
            names.add(name);
            values.add(value.clone());
        }
        return 0;
    }

    /** getxattr: the value, or null with err[0] set (ENODATA, EOPNOTSUPP, ERANGE). */
    public synchronized byte[] get(Credentials cred, String name, int[] err) {
        int r = checkName(name);
        if (r < 0) {
            err[0] = -r;
            return null;
        }
        int i = names.indexOf(name);
        if (i < 0 || !visible(name, cred)) {
            err[0] = Errno.ENODATA;
            return null;
        }
        return values.get(i);
    }

    /** listxattr: the visible names, each followed by a NUL, in creation order. */
    public synchronized byte[] list(Credentials cred) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (visible(n, cred)) {
                sb.append(n).append('\0');
            }
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** removexattr: 0, or -ENODATA / -EOPNOTSUPP / -ERANGE / -EPERM. */
    public synchronized int remove(Credentials cred, String name) {
        int r = checkName(name);
        if (r < 0) {
            return r;
        }
        if (!cred.isRoot()) {
            return -Errno.EPERM;
        }
        int i = names.indexOf(name);
        if (i < 0) {
            return -Errno.ENODATA;
        }
        names.remove(i);
        values.remove(i);
        return 0;
    }
}
