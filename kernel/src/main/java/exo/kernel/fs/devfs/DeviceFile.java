/*
 * The open file of a device node: a base for drivers, with the behaviour of a character device
 * that has no position (lseek answers 0, pread/pwrite are allowed and ignore the offset) and is
 * always ready. Drivers override read, write, poll and ioctl.
 */
package exo.kernel.fs.devfs;

import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;

public abstract class DeviceFile extends OpenFile {
    protected DeviceFile(Dentry dentry, int flags) {
        super(dentry, dentry.inode, flags);
    }

    @Override
    public long lseek(long offset, int whence) {
        return 0;
    }

    @Override
    public boolean positional() {
        return true;
    }

    @Override
    public long pread(IoBuffer buf, long offset, FsContext ctx) {
        return read(buf, ctx);
    }

    @Override
    public long pwrite(IoBuffer buf, long offset, FsContext ctx) {
        return write(buf, ctx);
    }
}
