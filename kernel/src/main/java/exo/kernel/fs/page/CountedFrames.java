/*
 * A FrameSource over the kernel's FrameAllocator, with a reference count per frame kept in a
 * table indexed by frame number (grown as higher frames are handed out). Freeing happens when the
 * count drops to zero; unref of a frame with no reference is a kernel bug and throws. Used by
 * the file layer until exo.kernel.mm keeps reference counts itself (copy-on-write needs them
 * too); the host tests use it over simulated memory.
 */
package exo.kernel.fs.page;

import exo.kernel.cpu.Irq;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.PhysAddr;

public final class CountedFrames implements FrameSource {
    private final FrameAllocator frames;
    private int[] refs = new int[1024];
    private long allocated;

    public CountedFrames(FrameAllocator frames) {
        this.frames = frames;
    }

    @Override
    public long allocZeroed() {
        boolean on = Irq.save();
        try {
            long phys = frames.allocZeroed().value();
            if (phys == NONE) {
                return NONE;
            }
            int f = slot(phys);
            refs[f] = 1;
            allocated++;
            return phys;
        } finally {
            Irq.restore(on);
        }
    }

    private int slot(long phys) {
        long f = phys >>> PhysAddr.PAGE_SHIFT;
        if (f >= refs.length) {
            int n = refs.length;
            while (n <= f) {
                n *= 2;
            }
            int[] bigger = new int[n];
            System.arraycopy(refs, 0, bigger, 0, refs.length);
            refs = bigger;
        }
        return (int) f;
    }

    @Override
    public void ref(long phys) {
        boolean on = Irq.save();
        try {
            int f = (int) (phys >>> PhysAddr.PAGE_SHIFT);
            if (f >= refs.length || refs[f] <= 0) {
                throw new IllegalStateException("ref of a free frame " + exo.kernel.util.Fmt.hex(phys));
            }
            refs[f]++;
        } finally {
            Irq.restore(on);
        }
    }

    @Override
    public int unref(long phys) {
        boolean on = Irq.save();
        try {
            int f = (int) (phys >>> PhysAddr.PAGE_SHIFT);
            if (f >= refs.length || refs[f] <= 0) {
                throw new IllegalStateException("unref of a free frame " + exo.kernel.util.Fmt.hex(phys));
            }
            int left = --refs[f];
            if (left == 0) {
                frames.free(PhysAddr.of(phys));
                allocated--;
            }
            return left;
        } finally {
            Irq.restore(on);
        }
    }

    @Override
    public int refCount(long phys) {
        int f = (int) (phys >>> PhysAddr.PAGE_SHIFT);
        return f < refs.length ? refs[f] : 0;
    }

    @Override
    public long freeFrames() {
        return frames.freeFrames();
    }

    @Override
    public long totalFrames() {
        return frames.managedFrames();
    }

    /** Frames handed out and not yet freed (leak checks). */
    public long allocated() {
        return allocated;
    }
}
