/*
 * /dev: a tmpfs (shown as devtmpfs, mode 755) filled with Linux's usual nodes and links: null,
 * zero, full, random, urandom (0666), console (0600), tty (0666), ttyS0 (0660, group dialout),
 * the links fd -> /proc/self/fd and stdin/stdout/stderr -> /proc/self/fd/0..2, and the shm and pts
 * directories (the file layer mounts a tmpfs of mode 1777 on /dev/shm). The nodes are made with
 * the ordinary mknod/symlink/mkdir calls as root, so /dev stays an ordinary writable directory.
 * registerDrivers() puts the memory devices and the console stand-in in the device table.
 */
package exo.kernel.fs.devfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.Vfs;

public final class DevFs {
    private DevFs() {}

    /** Registers the drivers; returns the random generator (getrandom(2) reads it too). */
    public static RandomDevice registerDrivers(DeviceTable table, EntropySource entropy, ConsoleDevice.Output console) {
        table.register(1, MemDevice.NULL, new MemDevice(MemDevice.NULL));
        table.register(1, MemDevice.ZERO, new MemDevice(MemDevice.ZERO));
        table.register(1, MemDevice.FULL, new MemDevice(MemDevice.FULL));
        RandomDevice random = new RandomDevice(entropy);
        table.register(1, 8, random);
        table.register(1, 9, random);
        ConsoleDevice con = new ConsoleDevice(console);
        table.register(5, 0, con);
        table.register(5, 1, con);
        table.register(4, 64, con);
        return random;
    }

    /** Creates the nodes in the directory dev (an absolute path, already mounted); 0 or -errno. */
    public static int populate(Vfs vfs, FsContext root, String dev) {
        int r = 0;
        r |= node(vfs, root, dev + "/null", 0666, 1, 3);
        r |= node(vfs, root, dev + "/zero", 0666, 1, 5);
        r |= node(vfs, root, dev + "/full", 0666, 1, 7);
        r |= node(vfs, root, dev + "/random", 0666, 1, 8);
        r |= node(vfs, root, dev + "/urandom", 0666, 1, 9);
        r |= node(vfs, root, dev + "/tty", 0666, 5, 0);
        r |= node(vfs, root, dev + "/console", 0600, 5, 1);
        r |= node(vfs, root, dev + "/ttyS0", 0660, 4, 64);
        r |= vfs.fchownat(root, FsFlags.AT_FDCWD, dev + "/ttyS0", 0, 20, 0);
        r |= vfs.symlinkat(root, "/proc/self/fd", FsFlags.AT_FDCWD, dev + "/fd");
        r |= vfs.symlinkat(root, "/proc/self/fd/0", FsFlags.AT_FDCWD, dev + "/stdin");
        r |= vfs.symlinkat(root, "/proc/self/fd/1", FsFlags.AT_FDCWD, dev + "/stdout");
        r |= vfs.symlinkat(root, "/proc/self/fd/2", FsFlags.AT_FDCWD, dev + "/stderr");
        r |= vfs.mkdirat(root, FsFlags.AT_FDCWD, dev + "/shm", 01777);
        r |= vfs.mkdirat(root, FsFlags.AT_FDCWD, dev + "/pts", 0755);
        return r == 0 ? 0 : -Errno.EIO;
    }

    /** mknod that ignores the umask (devtmpfs nodes carry exactly their mode). */
    private static int node(Vfs vfs, FsContext root, String path, int perm, int major, int minor) {
        int r = vfs.mknodat(root, FsFlags.AT_FDCWD, path, FileMode.S_IFCHR | perm, FileMode.makeDev(major, minor));
        if (r == 0) {
            r = vfs.fchmodat(root, FsFlags.AT_FDCWD, path, perm, 0);
        }
        return r;
    }
}
