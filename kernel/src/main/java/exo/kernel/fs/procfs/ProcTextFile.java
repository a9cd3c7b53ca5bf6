/*
 * An open generated /proc file: the content is produced once, at open, for the opener, and then
 * read like a small regular file (lseek, pread). A writable file hands each write's bytes to its
 * ProcWrite.
 */
package exo.kernel.fs.procfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;

final class ProcTextFile extends OpenFile {
    private final ProcInodes.File file;
    private byte[] content;

    ProcTextFile(Dentry dentry, int flags, ProcInodes.File file) {
        super(dentry, file, flags);
        this.file = file;
    }

    private byte[] content(FsContext ctx) {
        if (content == null) {
            byte[] c = file.text.generate(ctx);
            content = c == null ? new byte[0] : c;
        }
        return content;
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
        byte[] c = content(ctx);
        if (offset >= c.length) {
            return 0;
        }
        int n = (int) Math.min(buf.length(), c.length - offset);
        int copied = buf.fromArray(0, c, (int) offset, n);
        return copied == 0 && n > 0 ? -Errno.EFAULT : copied;
    }

    @Override
    public long write(IoBuffer buf, FsContext ctx) {
        if (file.writer == null) {
            return -Errno.EIO;
        }
        int len = (int) Math.min(buf.length(), 4096);
        byte[] data = new byte[len];
        int c = buf.toArray(0, data, 0, len);
        if (c < len) {
            return -Errno.EFAULT;
        }
        int r = file.writer.write(ctx, data);
        return r < 0 ? r : len;
    }

    @Override
    public long pwrite(IoBuffer buf, long offset, FsContext ctx) {
        return write(buf, ctx);
    }

    @Override
    public long lseek(long offset, int whence) {
        posLock().lock();
        try {
            long base;
            if (whence == FsFlags.SEEK_SET) {
                base = 0;
            } else if (whence == FsFlags.SEEK_CUR) {
                base = position();
            } else {
                return -Errno.EINVAL;
            }
            long target = base + offset;
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
    public boolean positional() {
        return true;
    }

    @Override
    public long readableBytes() {
        return content == null ? 0 : Math.max(0, content.length - position());
    }
}
