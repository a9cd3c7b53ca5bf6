/*
 * Reference counts of physical frames, for frames that more than one owner may hold: user pages
 * shared by fork (copy-on-write), by MAP_SHARED, and between a file's page cache and the
 * mappings of that file. One 32-bit count per frame of RAM, in a table of raw frames taken from
 * the allocator at boot and reached through the direct map, as Linux's mem_map (4 bytes per
 * 4 KiB: 0.1% of RAM), so that it costs no Java heap and no lookup. A frame handed out by
 * alloc has count 1; unref frees it at 0. Counting a frame the allocator does not consider
 * allocated, or dropping below zero, is a kernel bug and throws.
 * Callers hold their own locks for what the count protects; the count itself changes with
 * interrupts off. FIXME(SMP): an atomic add when CPUs share frames.
 */
package exo.kernel.mm;

import exo.hw.Memory;
import exo.kernel.cpu.Irq;
import exo.kernel.util.Fmt;

public final class FrameRefs {
    public static final long NONE = PhysAddr.NONE_VALUE;

    private final FrameAllocator frames;
    private final long table;
    private final long frameCount;

    private FrameRefs(FrameAllocator frames, long tableVirt) {
        this.frames = frames;
        this.table = tableVirt;
        this.frameCount = frames.frameCount();
    }

    /** The table for every frame of RAM, from zeroed frames of the allocator. */
    public static FrameRefs create(FrameAllocator frames) {
        long bytes = frames.frameCount() * 4;
        long pages = (bytes + PhysAddr.PAGE_SIZE - 1) / PhysAddr.PAGE_SIZE;
        PhysAddr run = frames.allocRun(Math.max(1, pages), 1);
        if (run.isNone()) {
            throw new IllegalStateException("no " + Fmt.size(pages * PhysAddr.PAGE_SIZE) + " for the frame reference table");
        }
        long virt = run.direct().value();
        for (long a = virt; a < virt + pages * PhysAddr.PAGE_SIZE; a += 8) {
            Memory.write64(a, 0);
        }
        return new FrameRefs(frames, virt);
    }

    public FrameAllocator allocator() {
        return frames;
    }

    /** A zero-filled frame with one reference, or NONE when memory is exhausted. */
    public long allocZeroed() {
        boolean on = Irq.save();
        try {
            long phys = frames.allocZeroed().value();
            if (phys != NONE) {
                Memory.write32(slot(phys), 1);
            }
            return phys;
        } finally {
            Irq.restore(on);
        }
    }

    /** A frame with one reference holding a copy of the frame at src, or NONE. */
    public long allocCopy(long srcPhys) {
        boolean on = Irq.save();
        long phys;
        try {
            phys = frames.alloc().value();
            if (phys == NONE) {
                return NONE;
            }
            Memory.write32(slot(phys), 1);
        } finally {
            Irq.restore(on);
        }
        Memory.copy(PhysAddr.toVirt(phys), PhysAddr.toVirt(srcPhys), PhysAddr.PAGE_SIZE);
        return phys;
    }

    public void ref(long phys) {
        boolean on = Irq.save();
        try {
            long s = slot(phys);
            int n = Memory.read32(s);
            if (n <= 0) {
                throw new IllegalStateException("ref of frame " + Fmt.hex(phys) + " with count " + n);
            }
            Memory.write32(s, n + 1);
        } finally {
            Irq.restore(on);
        }
    }

    /** Drops a reference, freeing the frame at zero; returns the references left. */
    public int unref(long phys) {
        boolean on = Irq.save();
        try {
            long s = slot(phys);
            int n = Memory.read32(s) - 1;
            if (n < 0) {
                throw new IllegalStateException("unref of frame " + Fmt.hex(phys) + " with no reference");
            }
            Memory.write32(s, n);
            if (n == 0) {
                frames.free(PhysAddr.of(phys));
            }
            return n;
        } finally {
            Irq.restore(on);
        }
    }

    public int count(long phys) {
        return Memory.read32(slot(phys));
    }

    public long freeFrames() {
        return frames.freeFrames();
    }

    public long totalFrames() {
        return frames.managedFrames();
    }

    private long slot(long phys) {
        long f = phys >>> PhysAddr.PAGE_SHIFT;
        if (f < 0 || f >= frameCount || (phys & (PhysAddr.PAGE_SIZE - 1)) != 0) {
            throw new IllegalArgumentException("not a frame address: " + Fmt.hex(phys));
        }
        return table + 4 * f;
    }
}
