/*
 * The physical frame allocator: one bit per 4 KiB frame (1 = in use or not RAM), scanned 64
 * frames at a time from a next-fit hint, so the usual allocation costs one word test and one
 * count-trailing-zeros. Built from the boot memory map: frames wholly inside an available
 * region start free; everything else (holes, reserved, ACPI, bad RAM, partial pages) stays
 * used. reserve() then withdraws ranges that are RAM but taken: the first MiB, the kernel image,
 * the multiboot info and modules (exo.kernel.boot.BootMemory does all of these). free() rejects frames the
 * allocator never handed out (double frees, reserved or foreign frames) with an exception, so
 * such bugs stop the kernel at the faulty call. Used by PageTable, Gdt/Idt, the buddy pool and
 * the kernel heap (mm.KernelHeap.back, from inside any allocation).
 * Every change of the bitmap after boot (alloc, allocRun, free) holds the lock, a FrameLock:
 * interrupts off, because callers run in preemptible thread context (fork's and exit's page
 * tables) and a timer preemption between reading a bitmap word and writing it back let another
 * thread take the same frame, or made a frame in use look free, so that one frame became a page
 * table and a user page (or a thread stack) at once; and a lock word for other CPUs. extendTo
 * and reserve run at boot, before any other thread, and allocate: they take no lock.
 */
package exo.kernel.mm;

import exo.kernel.util.Fmt;
import exo.kernel.util.Invariant;

public final class FrameAllocator {
    private final MemoryMap map;
    private final long[] bitmap;
    /**
     * One bit per frame, 1 = managed (RAM the allocator hands out, free or allocated now): set by
     * extendTo, cleared by reserve, so that free()'s check is one bit test and not a scan of the
     * memory map and the reservations (exit frees hundreds of frames).
     */
    private final long[] managed;
    private final long frameCount;
    /** Frames at and above this one are not managed yet (extendTo moves it up). */
    private long limitFrame;
    private int hintWord;
    private long freeFrames;
    private long managedFrames;
    private long[] reservedStart = new long[8];
    private long[] reservedEnd = new long[8];
    private String[] reservedWhy = new String[8];
    private int reservedCount;
    private final FrameLock lock = new FrameLock("frames");

    /** Manages every available frame of the map. */
    public FrameAllocator(MemoryMap map) {
        this(map, PhysAddr.of(Long.MAX_VALUE));
    }

    /**
     * Manages the available frames below limit (e.g. the part of RAM the boot direct map
     * covers); the bitmap covers all of the map's RAM, and extendTo adds the rest later.
     */
    public FrameAllocator(MemoryMap map, PhysAddr limit) {
        this.map = map;
        this.frameCount = map.usableEnd() >>> PhysAddr.PAGE_SHIFT;
        this.bitmap = new long[(int) ((frameCount + 63) / 64)];
        this.managed = new long[bitmap.length];
        for (int w = 0; w < bitmap.length; w++) {
            bitmap[w] = -1L;
        }
        extendTo(limit);
    }

    /**
     * Starts managing the available frames below endPhys that were left out so far (RAM that
     * is now mapped), minus the reservations already made.
     */
    public void extendTo(PhysAddr end) {
        long lo = limitFrame;
        long hi = Math.min(frameCount, end.frame());   // unsigned: any end works
        if (hi <= lo) {
            return;
        }
        for (int i = 0; i < map.count(); i++) {
            if (map.isAvailable(i)) {
                setRange(Math.max(lo, PhysAddr.alignUp(map.base(i)) >>> 12), Math.min(hi, map.end(i) >>> 12), false);
            }
        }
        // Overlapping entries: a frame any non-available region touches is never used.
        for (int i = 0; i < map.count(); i++) {
            if (!map.isAvailable(i)) {
                setRange(Math.max(lo, map.base(i) >>> 12), Math.min(hi, PhysAddr.alignUp(map.end(i)) >>> 12), true);
            }
        }
        for (int r = 0; r < reservedCount; r++) {
            setRange(Math.max(lo, reservedStart[r] >>> 12), Math.min(hi, PhysAddr.alignUp(reservedEnd[r]) >>> 12), true);
        }
        markManaged(lo, hi);
        long added = countFree(lo, hi);
        freeFrames += added;
        managedFrames += added;
        limitFrame = hi;
    }

    /** Frames the bitmap covers: every frame up to the end of the map's RAM. */
    public long frameCount() {
        return frameCount;
    }

    /** One past the last physical address the allocator hands out frames from. */
    public PhysAddr limit() {
        return PhysAddr.ofFrame(limitFrame);
    }

    /** Withdraws the frames touching [start, end) for good. */
    public void reserve(PhysAddr start, PhysAddr end, String why) {
        reserve(start.value(), end.value(), why);
    }

    private void reserve(long startPhys, long endPhys, String why) {
        if (endPhys <= startPhys) {
            return;
        }
        long first = startPhys >>> 12;
        long end = Math.min(PhysAddr.alignUp(endPhys) >>> 12, frameCount);
        for (long f = first; f < end; f++) {
            if (isFreeFrame(f)) {
                setBit(f, true);
                managed[(int) (f >>> 6)] &= ~(1L << (f & 63));
                freeFrames--;
                managedFrames--;
            } else if (isManaged(f)) {
                throw new IllegalStateException("reserve(" + why + "): frame " + Fmt.hex(f << 12)
                        + " is already allocated");
            }
        }
        addReservation(startPhys, endPhys, why);
    }

    private void addReservation(long start, long end, String why) {
        if (reservedCount == reservedStart.length) {
            int n = reservedCount * 2;
            long[] s = new long[n];
            long[] e = new long[n];
            String[] w = new String[n];
            System.arraycopy(reservedStart, 0, s, 0, reservedCount);
            System.arraycopy(reservedEnd, 0, e, 0, reservedCount);
            System.arraycopy(reservedWhy, 0, w, 0, reservedCount);
            reservedStart = s;
            reservedEnd = e;
            reservedWhy = w;
        }
        reservedStart[reservedCount] = start;
        reservedEnd[reservedCount] = end;
        reservedWhy[reservedCount] = why;
        reservedCount++;
    }

    /** One free frame, next-fit from the last allocation, or PhysAddr.none(). */
    public PhysAddr alloc() {
        return PhysAddr.of(allocPhys());
    }

    private long allocPhys() {
        boolean on = lock.lock();
        try {
            return allocPhysLocked();
        } finally {
            lock.unlock(on);
        }
    }

    private long allocPhysLocked() {
        int words = bitmap.length;
        for (int n = 0; n < words; n++) {
            int w = hintWord + n;
            if (w >= words) {
                w -= words;
            }
            long bits = bitmap[w];
            if (bits != -1L) {
                int bit = Long.numberOfTrailingZeros(~bits);
                bitmap[w] = bits | (1L << bit);
                hintWord = w;
                freeFrames--;
                return ((long) w * 64 + bit) << 12;
            }
        }
        return PhysAddr.NONE_VALUE;
    }

    /** Like alloc, with the frame's 4096 bytes zeroed through the direct map. */
    public PhysAddr allocZeroed() {
        long phys = allocPhys();
        if (phys != PhysAddr.NONE_VALUE) {
            exo.hw.Memory.fill(PhysAddr.toVirt(phys), 0, PhysAddr.PAGE_SIZE);
        }
        return PhysAddr.of(phys);
    }

    /** `count` contiguous free frames starting on a multiple of alignFrames frames, or none(). */
    public PhysAddr allocRun(long count, long alignFrames) {
        boolean on = lock.lock();
        try {
            return allocRunLocked(count, alignFrames);
        } finally {
            lock.unlock(on);
        }
    }

    private PhysAddr allocRunLocked(long count, long alignFrames) {
        long f = 0;
        while (f + count <= frameCount) {
            long used = firstUsed(f, count);
            if (used < 0) {
                setRange(f, f + count, true);
                freeFrames -= count;
                return PhysAddr.ofFrame(f);
            }
            f = (used + alignFrames) / alignFrames * alignFrames;
        }
        return PhysAddr.none();
    }

    private long firstUsed(long first, long count) {
        for (long f = first; f < first + count; f++) {
            if (!isFreeFrame(f)) {
                return f;
            }
        }
        return -1;
    }

    /** Returns a frame from alloc/allocRun; anything else is a kernel bug and throws. */
    public void free(PhysAddr frame) {
        free(frame.value());
    }

    private void free(long phys) {
        boolean on = lock.lock();
        try {
            freeLocked(phys);
        } finally {
            lock.unlock(on);
        }
    }

    private void freeLocked(long phys) {
        if (!PhysAddr.isPageAligned(phys)) {
            throw Invariant.badArgument("free of unaligned frame address", phys);
        }
        long f = phys >>> 12;
        if (f >= frameCount || !isManaged(f)) {
            throw Invariant.broken("free of a frame that is not allocatable RAM:", phys);
        }
        if (isFreeFrame(f)) {
            throw Invariant.broken("double free of frame", phys);
        }
        setBit(f, false);
        freeFrames++;
    }

    public void freeRun(PhysAddr first, long count) {
        for (long i = 0; i < count; i++) {
            free(first.value() + (i << 12));
        }
    }

    /** True when the frame is RAM the allocator hands out (free or allocated right now). */
    public boolean isManaged(long frame) {
        return frame >= 0 && frame < limitFrame && (managed[(int) (frame >>> 6)] & (1L << (frame & 63))) != 0;
    }

    /**
     * Frames [first, end) that extendTo has just made free are the managed ones there (none of
     * them can be allocated yet: they were outside the limit until now).
     */
    private void markManaged(long first, long end) {
        for (long f = first; f < end; f++) {
            if ((f & 63) == 0 && end - f >= 64) {
                managed[(int) (f >>> 6)] |= ~bitmap[(int) (f >>> 6)];
                f += 63;
            } else if (isFreeFrame(f)) {
                managed[(int) (f >>> 6)] |= 1L << (f & 63);
            }
        }
    }

    public boolean isFree(PhysAddr frame) {
        long f = frame.frame();
        return f < limitFrame && isFreeFrame(f);
    }

    private boolean isFreeFrame(long f) {
        return (bitmap[(int) (f >>> 6)] & (1L << (f & 63))) == 0;
    }

    private void setBit(long f, boolean used) {
        int w = (int) (f >>> 6);
        if (used) {
            bitmap[w] |= 1L << (f & 63);
        } else {
            bitmap[w] &= ~(1L << (f & 63));
        }
    }

    /** Marks frames [first, end) used or free, a bitmap word at a time where it can. */
    private void setRange(long first, long end, boolean used) {
        long f = first;
        long stop = Math.min(end, frameCount);
        while (f < stop) {
            if ((f & 63) == 0 && stop - f >= 64) {
                bitmap[(int) (f >>> 6)] = used ? -1L : 0L;
                f += 64;
            } else {
                setBit(f, used);
                f++;
            }
        }
    }

    private long countFree(long first, long end) {
        long n = 0;
        long f = first;
        while (f < end) {
            if ((f & 63) == 0 && end - f >= 64) {
                n += 64 - Long.bitCount(bitmap[(int) (f >>> 6)]);
                f += 64;
            } else {
                n += isFreeFrame(f) ? 1 : 0;
                f++;
            }
        }
        return n;
    }

    public long freeFrames() {
        return freeFrames;
    }

    /** Frames the allocator manages: free plus allocated, reservations excluded. */
    public long managedFrames() {
        return managedFrames;
    }

    public int reservationCount() {
        return reservedCount;
    }

    /** "[0x...-0x...] kernel image" for the boot log. */
    public String describeReservation(int r) {
        return "[" + Fmt.hex16(reservedStart[r]) + "-" + Fmt.hex16(reservedEnd[r] - 1) + "] " + reservedWhy[r];
    }
}
