/*
 * Opening the inodes whose open file is not the file system's: FIFOs (the pipe package) and
 * character devices (devfs's device table). The VFS stays independent of both; the file layer's
 * setup (exo.kernel.fs.setup.FileLayer) passes an implementation to Vfs. Block devices and
 * sockets have no driver here and open with ENXIO.
 */
package exo.kernel.fs.vfs;

public interface SpecialFiles {
    /** Opens a FIFO: may wait for the other side (blocking open), or ENXIO (O_NONBLOCK writer). */
    OpenResult openFifo(Dentry d, int flags, FsContext ctx);

    /** Opens the character device d.inode.rdev(), or ENXIO when no driver has that number. */
    OpenResult openCharDevice(Dentry d, int flags, FsContext ctx);
}
