/*
 * A mapped open file (mmap of a descriptor, or the tmpfs file behind MAP_SHARED|MAP_ANONYMOUS):
 * its pages are the inode's page-cache frames (Inode.pageFrame), each mapping taking a frame
 * reference, so a page stays valid if the file is truncated or removed while mapped. The open
 * file is held until the last region that maps it goes.
 */
package exo.kernel.vm;

import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.mm.FrameRefs;

public final class MappedFile implements FilePages {
    private final OpenFile file;
    private final FrameRefs refs;
    private int users = 1;

    /** Takes over one reference to file (released with the last mapping). */
    public MappedFile(OpenFile file, FrameRefs refs) {
        this.file = file;
        this.refs = refs;
    }

    @Override
    public long pageFrame(long index) {
        long phys = file.inode.pageFrame(index);
        if (phys >= 0) {
            refs.ref(phys);
        }
        return phys;
    }

    @Override
    public void cachedFrames(long firstIndex, long[] frames, int count) {
        file.inode.cachedPageFrames(firstIndex, frames, count);
        for (int i = 0; i < count; i++) {
            if (frames[i] > 0) {
                refs.ref(frames[i]);
            }
        }
    }

    @Override
    public long size() {
        return file.inode.size();
    }

    @Override
    public synchronized void retain() {
        users++;
    }

    @Override
    public void release() {
        boolean last;
        synchronized (this) {
            last = --users == 0;
        }
        if (last) {
            file.put();
        }
    }

    public OpenFile file() {
        return file;
    }
}
