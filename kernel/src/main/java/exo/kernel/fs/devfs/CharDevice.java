/*
 * A character device driver as the file layer sees it: opening a device node (S_IFCHR with the
 * driver's major/minor number) asks the driver for an open file, normally a DeviceFile subclass
 * carrying whatever per-open state it needs. The memory devices (null, zero, full, random,
 * urandom) are here; the TTY layer implements console, tty and ttyS0 the same way and
 * registers them in the DeviceTable in place of the stand-in ConsoleDevice.
 */
package exo.kernel.fs.devfs;

import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenResult;

public interface CharDevice {
    /** The open file for node d (its rdev chose this driver); or an errno such as ENXIO. */
    OpenResult open(Dentry d, int flags, FsContext ctx);
}
