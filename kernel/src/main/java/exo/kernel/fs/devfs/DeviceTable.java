/*
 * Character device drivers by device number (major, minor), as devices register themselves;
 * opening a node with a number nobody registered gives ENXIO, as on Linux. One table per kernel,
 * under its monitor. The numbers are Linux's (Documentation/admin-guide/devices.txt), so /dev
 * looks the same: mem devices 1:3 null, 1:5 zero, 1:7 full, 1:8 random, 1:9 urandom; 4:64
 * ttyS0; 5:0 tty; 5:1 console.
 */
package exo.kernel.fs.devfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenResult;
import java.util.HashMap;

public final class DeviceTable {
    private final HashMap<Long, CharDevice> devices = new HashMap<>();

    public synchronized void register(int major, int minor, CharDevice dev) {
        devices.put(FileMode.makeDev(major, minor), dev);
    }

    public synchronized CharDevice find(long rdev) {
        return devices.get(rdev);
    }

    public OpenResult open(Dentry d, int flags, FsContext ctx) {
        CharDevice dev = find(d.inode.rdev());
        if (dev == null) {
            return OpenResult.fail(-Errno.ENXIO);
        }
        return dev.open(d, flags, ctx);
    }
}
