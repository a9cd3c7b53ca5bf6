/*
 * The pseudo-terminal multiplexer and /dev/pts: opening /dev/ptmx (5:2) makes a new PtyPair
 * with the lowest free index N, registers its slave as device 136:N, and creates the node
 * /dev/pts/N (mode 0620, owned by the opener, group tty = 5, as glibc's grantpt leaves it);
 * closing the master removes both. /dev/pts is a file system of its own type "devpts" (one
 * instance, mounted there at boot; mount(2) of devpts mounts that same instance again, so an
 * init that mounts it finds the same nodes). The slave nodes open like any terminal (they may
 * become the controlling terminal), but not while the pair is locked (EIO) or gone (ENXIO).
 * Set up by TtySetup; the nodes are made through the VFS with the kernel's own context.
 */
package exo.kernel.tty;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.devfs.CharDevice;
import exo.kernel.fs.devfs.DeviceTable;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.fs.vfs.Vfs;

public final class DevPts implements CharDevice {
    public static final int PTMX_MAJOR = 5;
    public static final int PTMX_MINOR = 2;
    public static final int SLAVE_MAJOR = 136;
    /** Pairs at once (Linux's default kernel.pty.max is 4096; a small kernel needs fewer). */
    public static final int MAX_PAIRS = 256;
    public static final int TTY_GROUP = 5;

    private final DeviceTable devices;
    private final Vfs vfs;
    private final FsContext kernel;
    private final String dir;
    private final PtyPair[] pairs = new PtyPair[MAX_PAIRS];

    /** dir: where the slave nodes go ("/dev/pts"), already a directory. vfs may be null (tests). */
    public DevPts(DeviceTable devices, Vfs vfs, FsContext kernel, String dir) {
        this.devices = devices;
        this.vfs = vfs;
        this.kernel = kernel;
        this.dir = dir;
    }

    /** open("/dev/ptmx"): a new pair and its master. */
    @Override
    public OpenResult open(Dentry d, int flags, FsContext ctx) {
        PtyPair p = allocate();
        if (p == null) {
            return OpenResult.fail(-Errno.ENOSPC);
        }
        devices.register(SLAVE_MAJOR, p.index, new SlaveDevice(p));
        if (vfs != null) {
            String path = dir + "/" + p.index;
            int r = vfs.mknodat(kernel, FsFlags.AT_FDCWD, path, FileMode.S_IFCHR | 0620, p.slave.rdev);
            if (r == 0) {
                r = vfs.fchmodat(kernel, FsFlags.AT_FDCWD, path, 0620, 0)
                        | vfs.fchownat(kernel, FsFlags.AT_FDCWD, path, ctx.cred.euid, TTY_GROUP, 0);
            }
            if (r != 0) {
                remove(p);
                return OpenResult.fail(r < 0 ? r : -Errno.EIO);
            }
        }
        return OpenResult.of(new PtyMasterFile(d, flags, p, this));
    }

    private synchronized PtyPair allocate() {
        for (int i = 0; i < MAX_PAIRS; i++) {
            if (pairs[i] == null) {
                pairs[i] = new PtyPair(i, FileMode.makeDev(SLAVE_MAJOR, i));
                return pairs[i];
            }
        }
        return null;
    }

    /** The master closed: the node and the device number go, the index is free again. */
    void remove(PtyPair p) {
        devices.register(SLAVE_MAJOR, p.index, GONE);
        if (vfs != null) {
            vfs.unlinkat(kernel, FsFlags.AT_FDCWD, dir + "/" + p.index, 0);
        }
        synchronized (this) {
            if (pairs[p.index] == p) {
                pairs[p.index] = null;
            }
        }
    }

    /** Pairs in use (tests). */
    public synchronized int count() {
        int n = 0;
        for (PtyPair p : pairs) {
            n += p != null ? 1 : 0;
        }
        return n;
    }

    /** A slave node whose pair has gone: ENXIO, as Linux answers for a stale /dev/pts/N. */
    private static final CharDevice GONE = (d, flags, ctx) -> OpenResult.fail(-Errno.ENXIO);

    /** /dev/pts/N. */
    private static final class SlaveDevice implements CharDevice {
        private final PtyPair pair;

        SlaveDevice(PtyPair pair) {
            this.pair = pair;
        }

        @Override
        public OpenResult open(Dentry d, int flags, FsContext ctx) {
            if (pair.isMasterClosed()) {
                return OpenResult.fail(-Errno.ENXIO);
            }
            if (pair.isLocked()) {
                return OpenResult.fail(-Errno.EIO);
            }
            pair.slaveOpened();
            OpenResult r = TtyDevice.openTerminal(pair.slave, d, flags, ctx, true, pair::slaveReleased);
            if (!r.ok()) {
                pair.slaveReleased();
            }
            return r;
        }
    }
}
