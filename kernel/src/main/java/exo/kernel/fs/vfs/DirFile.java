/*
 * An open directory: getdents64 through readdir (the position is the directory's own cookie,
 * so telldir/seekdir work across entries added or removed meanwhile), lseek to a saved
 * position, and EISDIR for read and write.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.IoBuffer;

public final class DirFile extends OpenFile {
    public DirFile(Dentry dentry, int flags) {
        super(dentry, dentry.inode, flags);
    }

    @Override
    public long read(IoBuffer buf, FsContext ctx) {
        return -Errno.EISDIR;
    }

    @Override
    public long pread(IoBuffer buf, long offset, FsContext ctx) {
        return -Errno.EISDIR;
    }

    @Override
    public long write(IoBuffer buf, FsContext ctx) {
        return -Errno.EISDIR;
    }

    @Override
    public long pwrite(IoBuffer buf, long offset, FsContext ctx) {
        return -Errno.EISDIR;
    }

    @Override
    public int readdir(DirSink sink) {
        posLock().lock();
        try {
            if (inode.nlink() == 0) {
                return -Errno.ENOENT; // a removed directory lists nothing, as on Linux
            }
            inode.fs.nsLock.lock();
            long next;
            try {
                next = inode.readdir(position(), dentry, sink);
            } finally {
                inode.fs.nsLock.unlock();
            }
            if (next < 0) {
                return (int) next;
            }
            setPosition(next);
            inode.touchAccessed();
            return 0;
        } finally {
            posLock().unlock();
        }
    }

    @Override
    public long lseek(long offset, int whence) {
        posLock().lock();
        try {
            long target;
            if (whence == FsFlags.SEEK_SET) {
                target = offset;
            } else if (whence == FsFlags.SEEK_CUR) {
                target = position() + offset;
            } else {
                return -Errno.EINVAL;
            }
            if (target < 0) {
                return -Errno.EINVAL;
            }
            setPosition(target);
            return target;
        } finally {
            posLock().unlock();
        }
    }

    @Override
    public int fallocate(int mode, long offset, long len, FileSizeLimit limit) {
        return -Errno.EISDIR;
    }

    @Override
    public int fsync() {
        return 0;
    }

    @Override
    public boolean positional() {
        return true;
    }
}
