/*
 * The file layer's frames in the real kernel: mm.FrameRefs, the kernel's reference-counted
 * frames, so that a page-cache page and the user mappings of it share one count (the
 * process layer's mmap takes references on the same frames). Boot hands it to FileLayer;
 * CountedFrames remains for the host tests that run the file layer alone.
 */
package exo.kernel.fs.page;

import exo.kernel.mm.FrameRefs;

public final class KernelFrames implements FrameSource {
    private final FrameRefs refs;

    public KernelFrames(FrameRefs refs) {
        this.refs = refs;
    }

    @Override
    public long allocZeroed() {
        long phys = refs.allocZeroed();
        return phys == FrameRefs.NONE ? NONE : phys;
    }

    @Override
    public void ref(long phys) {
        refs.ref(phys);
    }

    @Override
    public int unref(long phys) {
        return refs.unref(phys);
    }

    @Override
    public int refCount(long phys) {
        return refs.count(phys);
    }

    @Override
    public long freeFrames() {
        return refs.freeFrames();
    }

    @Override
    public long totalFrames() {
        return refs.totalFrames();
    }
}
