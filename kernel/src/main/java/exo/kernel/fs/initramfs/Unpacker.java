/*
 * Unpacks a cpio archive into the file tree, as Linux does with its initramfs: directories,
 * regular files (data copied straight from the archive into the page cache), symlinks, FIFOs,
 * device nodes and sockets, with their modes, owners and modification times; hard links (members
 * sharing an inode number) become links to the first member's name. Names are relative to the
 * root ("./" and "/" prefixes dropped); a name with a ".." component is refused. A member that
 * cannot be created (its directory is missing, the file system is full) is counted as an error
 * and skipped; damage to the archive itself stops the unpacking, and what was read so far stays.
 * The Report says what happened, for the boot log; the boot goes on either way.
 */
package exo.kernel.fs.initramfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.fs.vfs.Vfs;
import java.util.HashMap;

public final class Unpacker {
    /** What an unpacking did. */
    public static final class Report {
        public int members;
        public int failed;
        public long bytes;
        /** The first member that failed, with its errno name; null when none did. */
        public String firstFailure;
        /** The archive damage that stopped the reading, or null when it was read to the end. */
        public String damage;

        @Override
        public String toString() {
            String s = "initramfs: " + members + " entries, " + bytes + " bytes of data";
            if (failed > 0) {
                s += ", " + failed + " failed (first: " + firstFailure + ")";
            }
            if (damage != null) {
                s += "; archive damaged: " + damage + " (kept what came before)";
            }
            return s;
        }
    }

    private final Vfs vfs;
    private final FsContext root;
    private final HashMap<String, String> linkTargets = new HashMap<>();

    public Unpacker(Vfs vfs, FsContext root) {
        this.vfs = vfs;
        this.root = root;
    }

    public Report unpack(Archive archive) {
        Report rep = new Report();
        CpioReader reader = new CpioReader(archive);
        CpioEntry e;
        while ((e = reader.next()) != null) {
            String path = path(e.name);
            if (path == null) {
                continue; // "." or the empty name: the root itself
            }
            int r = path.isEmpty() ? -Errno.EINVAL : member(archive, e, path);
            if (r < 0) {
                rep.failed++;
                if (rep.firstFailure == null) {
                    rep.firstFailure = e.name + ": " + Errno.name(r);
                }
            } else {
                rep.members++;
                rep.bytes += FileMode.isRegular(e.mode) ? e.fileSize : 0;
            }
        }
        rep.damage = reader.error();
        return rep;
    }

    /** "/" + name without "./" or leading slashes; null for the root; "" for a refused name. */
    static String path(String name) {
        String n = name;
        while (n.startsWith("./") || n.startsWith("/")) {
            n = n.substring(n.charAt(0) == '.' ? 2 : 1);
        }
        if (n.isEmpty() || n.equals(".")) {
            return null;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return "";
            }
        }
        return "/" + n;
    }

    private int member(Archive a, CpioEntry e, String path) {
        int type = e.mode & FileMode.S_IFMT;
        int perm = e.mode & FileMode.S_IALLUGO;
        int r;
        switch (type) {
            case FileMode.S_IFDIR:
                r = vfs.mkdirat(root, FsFlags.AT_FDCWD, path, perm);
                if (r == -Errno.EEXIST) {
                    r = 0; // listed again (or /dev and friends): keep it, take the new attributes
                }
                break;
            case FileMode.S_IFREG:
                r = regular(a, e, path, perm);
                break;
            case FileMode.S_IFLNK:
                r = symlink(a, e, path);
                break;
            case FileMode.S_IFCHR:
            case FileMode.S_IFBLK:
            case FileMode.S_IFIFO:
            case FileMode.S_IFSOCK:
                vfs.unlinkat(root, FsFlags.AT_FDCWD, path, 0);
                r = vfs.mknodat(root, FsFlags.AT_FDCWD, path, type | perm, FileMode.makeDev(e.rdevMajor, e.rdevMinor));
                break;
            default:
                return -Errno.EINVAL;
        }
        if (r < 0) {
            return r;
        }
        return attributes(e, path, type, perm);
    }

    private int attributes(CpioEntry e, String path, int type, int perm) {
        int r = vfs.fchownat(root, FsFlags.AT_FDCWD, path, e.uid, e.gid, FsFlags.AT_SYMLINK_NOFOLLOW);
        if (r == 0 && type != FileMode.S_IFLNK) {
            r = vfs.fchmodat(root, FsFlags.AT_FDCWD, path, perm, 0); // after chown, which clears set-id bits
        }
        if (r == 0) {
            long[] t = {e.mtime, 0, e.mtime, 0};
            r = vfs.utimensat(root, FsFlags.AT_FDCWD, path, t, FsFlags.AT_SYMLINK_NOFOLLOW);
        }
        return r;
    }

    private int regular(Archive a, CpioEntry e, String path, int perm) {
        String key = e.devMajor + ":" + e.devMinor + ":" + e.ino;
        if (e.nlink > 1) {
            String first = linkTargets.get(key);
            if (first != null) {
                vfs.unlinkat(root, FsFlags.AT_FDCWD, path, 0);
                int r = vfs.linkat(root, FsFlags.AT_FDCWD, first, FsFlags.AT_FDCWD, path, 0);
                return r < 0 || e.fileSize == 0 ? r : write(a, e, path, 0);
            }
            linkTargets.put(key, path);
        }
        return write(a, e, path, OpenFlags.O_CREAT | OpenFlags.O_TRUNC);
    }

    private int write(Archive a, CpioEntry e, String path, int createFlags) {
        OpenResult o = vfs.openat(root, FsFlags.AT_FDCWD, path, OpenFlags.O_WRONLY | createFlags, 0600);
        if (!o.ok()) {
            return o.error;
        }
        try {
            long n = e.fileSize == 0 ? 0 : o.file.write(a.slice(e.dataOffset, e.fileSize), root);
            if (n < 0) {
                return (int) n;
            }
            return n == e.fileSize ? 0 : -Errno.ENOSPC;
        } finally {
            o.file.put();
        }
    }

    private int symlink(Archive a, CpioEntry e, String path) {
        if (e.fileSize == 0 || e.fileSize >= 4096) {
            return -Errno.EINVAL;
        }
        char[] target = new char[(int) e.fileSize];
        for (int i = 0; i < target.length; i++) {
            target[i] = (char) a.byteAt(e.dataOffset + i);
        }
        vfs.unlinkat(root, FsFlags.AT_FDCWD, path, 0);
        return vfs.symlinkat(root, new String(target), FsFlags.AT_FDCWD, path);
    }
}
