/*
 * Where file pages come from: 4 KiB physical frames with reference counts. The page cache holds
 * one reference per cached page; mmap (the process layer) takes more for each mapping, so a
 * frame outlives its page-cache slot until its last mapping goes. The kernel backs this with its
 * frame allocator (CountedFrames here until mm has reference counts of its own); frames are read
 * and written through the direct map (PhysAddr.toVirt).
 */
package exo.kernel.fs.page;

public interface FrameSource {
    long NONE = -1;

    /** A zero-filled frame holding one reference (its physical address), or NONE. */
    long allocZeroed();

    /** One more reference to an allocated frame. */
    void ref(long phys);

    /** Drops a reference; the frame is freed when none is left. Returns the references left. */
    int unref(long phys);

    int refCount(long phys);

    /** Frames this source can still hand out (statfs, /proc/meminfo). */
    long freeFrames();

    /** Frames it manages in all (/proc/meminfo's MemTotal). */
    long totalFrames();
}
