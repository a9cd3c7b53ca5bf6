/*
 * An open regular file: reads and writes at the shared offset (or at a given one for
 * pread/pwrite), O_APPEND, lseek with SEEK_DATA/SEEK_HOLE, truncate and fallocate, all through
 * the inode's data operations under its lock. Writes, truncate and fallocate obey the caller's
 * RLIMIT_FSIZE (FileSizeLimit). Regular files are always ready for poll.
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Clamp;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.Limits;
import exo.kernel.fs.OpenFlags;

public class RegularFile extends OpenFile {
    public RegularFile(Dentry dentry, int flags) {
        super(dentry, dentry.inode, flags);
    }

    @Override
    public long read(IoBuffer buf, FsContext ctx) {
        posLock().lock();
        try {
            long n = pread(buf, position(), ctx);
            if (n > 0) {
                setPosition(position() + n);
            }
            return n;
        } finally {
            posLock().unlock();
        }
    }

    @Override
    public long pread(IoBuffer buf, long offset, FsContext ctx) {
        if (offset < 0) {
            return -Errno.EINVAL;
        }
        inode.lock.lock();
        try {
            long n = inode.readData(offset, buf);
            if (n >= 0 && (flags() & OpenFlags.O_NOATIME) == 0) {
                inode.touchAccessed();
            }
            return n;
        } finally {
            inode.lock.unlock();
        }
    }

    @Override
    public long write(IoBuffer buf, FsContext ctx) {
        posLock().lock();
        try {
            inode.lock.lock();
            try {
                long at = isAppend() ? inode.size() : position();
                long n = writeLocked(buf, at, ctx.fileSize);
                if (n > 0) {
                    setPosition(at + n);
                }
                return n;
            } finally {
                inode.lock.unlock();
            }
        } finally {
            posLock().unlock();
        }
    }

    @Override
    public long pwrite(IoBuffer buf, long offset, FsContext ctx) {
        if (offset < 0) {
            return -Errno.EINVAL;
        }
        inode.lock.lock();
        try {
            // Linux appends even for pwrite on an O_APPEND file (a documented quirk).
            return writeLocked(buf, isAppend() ? inode.size() : offset, ctx.fileSize);
        } finally {
            inode.lock.unlock();
        }
    }

    private long writeLocked(IoBuffer buf, long at, FileSizeLimit limit) {
        if (buf.length() == 0) {
            return 0;
        }
        long allowed = limit.writable(at, buf.length());
        if (allowed < 0) {
            return allowed;
        }
        if (at > Limits.MAX_FILE_SIZE - allowed) {
            return -Errno.EFBIG;
        }
        long n = inode.writeData(at, Clamp.prefix(buf, allowed));
        if (n > 0) {
            inode.touchModified();
        }
        return n;
    }

    @Override
    public long lseek(long offset, int whence) {
        posLock().lock();
        try {
            long target;
            switch (whence) {
                case FsFlags.SEEK_SET: target = offset; break;
                case FsFlags.SEEK_CUR: target = position() + offset; break;
                case FsFlags.SEEK_END: target = inode.size() + offset; break;
                case FsFlags.SEEK_DATA: target = offset < 0 ? -Errno.ENXIO : seek(offset, true); break;
                case FsFlags.SEEK_HOLE: target = offset < 0 ? -Errno.ENXIO : seek(offset, false); break;
                default: return -Errno.EINVAL;
            }
            if (target < 0) {
                return whence >= FsFlags.SEEK_DATA ? target : -Errno.EINVAL;
            }
            setPosition(target);
            return target;
        } finally {
            posLock().unlock();
        }
    }

    private long seek(long offset, boolean data) {
        inode.lock.lock();
        try {
            return data ? inode.seekData(offset) : inode.seekHole(offset);
        } finally {
            inode.lock.unlock();
        }
    }

    @Override
    public long readableBytes() {
        long left = inode.size() - position();
        return left < 0 ? 0 : Math.min(left, Integer.MAX_VALUE);
    }

    @Override
    public int truncate(long size, FileSizeLimit limit) {
        inode.lock.lock();
        try {
            return Vfs.truncateLocked(inode, size, limit);
        } finally {
            inode.lock.unlock();
        }
    }

    @Override
    public int fallocate(int mode, long offset, long len, FileSizeLimit limit) {
        inode.lock.lock();
        try {
            int r = (mode & FsFlags.FALLOC_FL_KEEP_SIZE) != 0 ? 0 : limit.mayResize(inode.size(), offset + len);
            if (r < 0) {
                return r;
            }
            r = inode.allocate(mode, offset, len);
            if (r == 0) {
                inode.touchModified();
            }
            return r;
        } finally {
            inode.lock.unlock();
        }
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
