/*
 * A tmpfs regular file: its size and its PageCache. Writes allocate pages as they go (a write
 * that hits the size limit stops short, and fails with ENOSPC only if nothing was written);
 * unwritten ranges are holes that read as zeros and that SEEK_HOLE finds; truncate and
 * fallocate(PUNCH_HOLE) give pages back, fallocate allocates ahead and undoes its own pages when
 * it runs out. The VFS holds the inode's lock around every call here.
 */
package exo.kernel.fs.tmpfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.Limits;
import exo.kernel.fs.page.PageCache;
import exo.kernel.fs.vfs.Inode;

final class TmpFile extends Inode {
    final PageCache cache;
    private long size;
    /** End of the pages fallocate(KEEP_SIZE) allocated beyond the size (they may exist there). */
    private long allocEnd;

    TmpFile(TmpFs fs, int mode, int uid, int gid) {
        super(fs, mode, uid, gid, 0);
        this.cache = new PageCache(fs.frames, fs);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long blocks512() {
        return cache.pages() * (PageCache.PAGE / 512);
    }

    @Override
    public long readData(long pos, IoBuffer buf) {
        if (pos >= size) {
            return 0;
        }
        long n = Math.min(buf.length(), size - pos);
        return cache.read(pos, n, buf);
    }

    @Override
    public long writeData(long pos, IoBuffer buf) {
        long n = cache.write(pos, buf);
        if (n > 0 && pos + n > size) {
            size = pos + n;
        }
        return n;
    }

    @Override
    public int setSize(long newSize) {
        if (newSize < size || newSize < allocEnd) {
            cache.truncate(newSize);
            allocEnd = Math.min(allocEnd, newSize);
        }
        size = newSize;
        return 0;
    }

    @Override
    public long seekData(long pos) {
        return cache.seekData(pos, size);
    }

    @Override
    public long seekHole(long pos) {
        return cache.seekHole(pos, size);
    }

    @Override
    public int allocate(int mode, long off, long len) {
        if (off < 0 || len <= 0) {
            return -Errno.EINVAL;
        }
        if (off > Limits.MAX_FILE_SIZE - len) {
            return -Errno.EFBIG;
        }
        if ((mode & ~(FsFlags.FALLOC_FL_KEEP_SIZE | FsFlags.FALLOC_FL_PUNCH_HOLE)) != 0) {
            return -Errno.EOPNOTSUPP;
        }
        if ((mode & FsFlags.FALLOC_FL_PUNCH_HOLE) != 0) {
            if ((mode & FsFlags.FALLOC_FL_KEEP_SIZE) == 0) {
                return -Errno.EOPNOTSUPP;
            }
            if (off < size) {
                cache.punchHole(off, Math.min(len, size - off));
            }
            return 0;
        }
        int r = cache.allocate(off, len);
        if (r < 0) {
            return r;
        }
        if ((mode & FsFlags.FALLOC_FL_KEEP_SIZE) == 0 && off + len > size) {
            size = off + len;
        } else if (off + len > allocEnd) {
            allocEnd = off + len;
        }
        return 0;
    }

    @Override
    public long pageFrame(long index) {
        lock.lock();
        try {
            return cache.frameFor(index);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void cachedPageFrames(long firstIndex, long[] frames, int count) {
        lock.lock();
        try {
            for (int i = 0; i < count; i++) {
                if (frames[i] == 0) {
                    long phys = cache.frameAt(firstIndex + i);
                    frames[i] = phys != 0 ? phys : -1;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Where pages may end: the size, or further after fallocate(KEEP_SIZE). */
    long pageLimit() {
        return Math.max(size, allocEnd);
    }

    void freeData() {
        cache.freeAll();
        size = 0;
    }
}
