/*
 * The pages of one file in memory: a PageTree from page number to frame, holding one frame
 * reference per page, with the copies between those frames and the caller's IoBuffer (straight,
 * through the direct map), page allocation against the file system's PageBudget, hole-aware
 * reads (missing pages read as zeros), SEEK_DATA/SEEK_HOLE, hole punching and truncation.
 * mmap reaches the same frames through frameFor(). tmpfs keeps all file data here; the owning
 * inode's lock is held around every call.
 */
package exo.kernel.fs.page;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.KernelMemory;
import exo.kernel.mm.PhysAddr;

public final class PageCache {
    public static final int PAGE = 4096;
    private static final int SHIFT = 12;

    private final FrameSource frames;
    private final PageBudget budget;
    private final PageTree tree = new PageTree();

    public PageCache(FrameSource frames, PageBudget budget) {
        this.frames = frames;
        this.budget = budget;
    }

    public long pages() {
        return tree.count();
    }

    /** The frame of page index, or 0 when it is a hole. */
    public long frameAt(long index) {
        return tree.get(index);
    }

    /** The frame of page index, allocated (zeroed) if missing; or -ENOSPC / -ENOMEM. */
    public long frameFor(long index) {
        long phys = tree.get(index);
        if (phys != 0) {
            return phys;
        }
        if (!budget.take()) {
            return -Errno.ENOSPC;
        }
        phys = frames.allocZeroed();
        if (phys == FrameSource.NONE) {
            budget.give(1);
            return -Errno.ENOMEM;
        }
        tree.put(index, phys);
        return phys;
    }

    /** Copies [pos, pos+len) of the file into buf from offset 0; returns bytes copied or -EFAULT. */
    public long read(long pos, long len, IoBuffer buf) {
        long done = 0;
        while (done < len) {
            long p = pos + done;
            int off = (int) (p & (PAGE - 1));
            int n = (int) Math.min(PAGE - off, len - done);
            long phys = tree.get(p >>> SHIFT);
            int c = phys == 0 ? buf.zero(done, n) : buf.fromKernel(done, PhysAddr.toVirt(phys) + off, n);
            done += c;
            if (c < n) {
                break;
            }
        }
        return done == 0 && len > 0 ? -Errno.EFAULT : done;
    }

    /**
     * Copies buf into the file at pos, allocating pages; stops at the first page it cannot get.
     * Returns the bytes written, or the error when none was.
     */
    public long write(long pos, IoBuffer buf) {
        long len = buf.length();
        long done = 0;
        while (done < len) {
            long p = pos + done;
            int off = (int) (p & (PAGE - 1));
            int n = (int) Math.min(PAGE - off, len - done);
            long phys = frameFor(p >>> SHIFT);
            if (phys < 0) {
                return done > 0 ? done : phys;
            }
            int c = buf.toKernel(done, PhysAddr.toVirt(phys) + off, n);
            done += c;
            if (c < n) {
                return done > 0 ? done : -Errno.EFAULT;
            }
        }
        return done;
    }

    /** Frees whole pages in [from, to) (page numbers). */
    private void freePages(long fromIndex, long toIndex) {
        long freed = 0;
        long i = tree.nextPresent(fromIndex);
        while (i >= 0 && i < toIndex) {
            frames.unref(tree.remove(i));
            freed++;
            i = tree.nextPresent(i + 1);
        }
        if (freed > 0) {
            budget.give(freed);
        }
    }

    /** Zeroes [pos, pos+len) inside one page, if that page exists. */
    private void zeroInPage(long pos, int len) {
        long phys = tree.get(pos >>> SHIFT);
        if (phys != 0 && len > 0) {
            KernelMemory.zero(PhysAddr.toVirt(phys) + (pos & (PAGE - 1)), len);
        }
    }

    /** The file shrinks to newSize: pages past it go, the tail of the last one is zeroed. */
    public void truncate(long newSize) {
        int tail = (int) (newSize & (PAGE - 1));
        if (tail != 0) {
            zeroInPage(newSize, PAGE - tail);
        }
        freePages((newSize + PAGE - 1) >>> SHIFT, Long.MAX_VALUE);
    }

    /** fallocate PUNCH_HOLE: whole pages freed, partial ones zeroed. */
    public void punchHole(long off, long len) {
        long end = off + len;
        long firstWhole = (off + PAGE - 1) >>> SHIFT;
        long endWhole = end >>> SHIFT;
        if (firstWhole > endWhole) {
            zeroInPage(off, (int) len); // inside one page
            return;
        }
        zeroInPage(off, (int) ((firstWhole << SHIFT) - off));
        zeroInPage(endWhole << SHIFT, (int) (end - (endWhole << SHIFT)));
        freePages(firstWhole, endWhole);
    }

    /**
     * fallocate: allocates every page of [off, off+len). On ENOSPC/ENOMEM the pages this call
     * added are freed again, so a failed call leaves the file as it was.
     */
    public int allocate(long off, long len) {
        long first = off >>> SHIFT;
        long last = (off + len - 1) >>> SHIFT;
        for (long i = first; i <= last; i++) {
            if (tree.get(i) != 0) {
                continue;
            }
            long phys = frameFor(i);
            if (phys < 0) {
                undoAllocate(first, i, off, len);
                return (int) phys;
            }
            tree.put(i, phys | ALLOC_MARK_BIT);
        }
        clearMarks(first, last);
        return 0;
    }

    // Pages fallocate added are marked in bit 1 of the frame address (frames are page
    // aligned) until the call succeeds, so a failure frees exactly those.
    private static final long ALLOC_MARK_BIT = 2;

    private void undoAllocate(long first, long stop, long off, long len) {
        long freed = 0;
        for (long i = first; i < stop; i++) {
            long phys = tree.get(i);
            if ((phys & ALLOC_MARK_BIT) != 0) {
                tree.remove(i);
                frames.unref(phys & ~ALLOC_MARK_BIT);
                freed++;
            }
        }
        budget.give(freed);
    }

    private void clearMarks(long first, long last) {
        for (long i = first; i <= last; i++) {
            long phys = tree.get(i);
            if ((phys & ALLOC_MARK_BIT) != 0) {
                tree.put(i, phys & ~ALLOC_MARK_BIT);
            }
        }
    }

    /** SEEK_DATA: the first offset >= pos inside a page that exists, or -ENXIO. */
    public long seekData(long pos, long size) {
        if (pos >= size) {
            return -Errno.ENXIO;
        }
        long i = tree.nextPresent(pos >>> SHIFT);
        if (i < 0 || (i << SHIFT) >= size) {
            return -Errno.ENXIO;
        }
        return Math.max(pos, i << SHIFT);
    }

    /** SEEK_HOLE: the first offset >= pos in a missing page, or size (the end is a hole). */
    public long seekHole(long pos, long size) {
        if (pos >= size) {
            return -Errno.ENXIO;
        }
        long i = pos >>> SHIFT;
        while ((i << SHIFT) < size && tree.get(i) != 0) {
            i++;
        }
        return Math.min(size, Math.max(pos, i << SHIFT));
    }

    /** Frees every page (the file is evicted). */
    public void freeAll() {
        freePages(0, Long.MAX_VALUE);
        tree.clear();
    }

    /** For each present page below limit (page numbers): its frame (consistency checks). */
    public long nextPage(long fromIndex) {
        return tree.nextPresent(fromIndex);
    }
}
