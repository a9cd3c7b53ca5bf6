/*
 * Where exoc's runtime heap lives, as a region of kernel virtual memory. The heap itself, its
 * allocator and its GC belong to exoc's runtime; the kernel keeps the bookkeeping: its
 * bounds (the linker symbols exo_heap_start and exo_heap_end that exoc's entry code exports),
 * the most it may grow to, and the backing of its pages.
 *
 * The production kernel's heap is a window of virtual addresses (BootMaps.HEAP_WINDOW_BASE,
 * exoc --heap-at), not memory of the image: a page is backed by a zeroed frame when the heap
 * first touches it (a kernel page fault in the window: trap.Traps calls backPage), so the heap
 * costs the frames it uses and can grow up to its limit. Before the kernel's IDT is loaded,
 * kernel/arch/x86_64/early_heap.S does the same from a pool in .bss. A heap in .bss (a test
 * kernel built without --heap-at) is simply part of the image.
 */
package exo.kernel.mm;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.arch.x86_64.mm.BootMaps;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.util.Fmt;
import exo.rt.AllocOk;
import exo.rt.IrqContext;

public final class KernelHeap {
    /** backPage's results. */
    public static final int BACKED = 0;
    public static final int NOT_HEAP = 1;
    public static final int NO_FRAME = 2;

    private final long startVirt;
    private final long endVirt;
    private long limitBytes;
    private long pageFlags;
    private long backedPages;
    /** Frames backPage took: the pages and the page tables above them. */
    private long framesTaken;
    private FrameAllocator frames;
    private PageTable space;
    /** The heap whose faults backFault serves, once Boot has given it frames. */
    private static KernelHeap serving;

    public KernelHeap(long startVirt, long endVirt) {
        if (Long.compareUnsigned(endVirt, startVirt) < 0) {
            throw new IllegalArgumentException("heap ends before it starts");
        }
        this.startVirt = startVirt;
        this.endVirt = endVirt;
        this.limitBytes = endVirt - startVirt;
    }

    /** The heap as exported by exoc's runtime. */
    public static KernelHeap fromLinker() {
        return new KernelHeap(Cpu.symbolAddress("exo_heap_start"), Cpu.symbolAddress("exo_heap_end"));
    }

    public long startVirt() {
        return startVirt;
    }

    public long endVirt() {
        return endVirt;
    }

    public long sizeBytes() {
        return endVirt - startVirt;
    }

    /** True for a window backed page by page (not part of the kernel image). */
    public boolean backedOnDemand() {
        return !below(startVirt, BootMaps.HEAP_WINDOW_BASE);
    }

    /** The most the heap may grow to (Boot sets it from RAM or kheap=; at most the window). */
    public long limitBytes() {
        return limitBytes;
    }

    public void setLimit(long bytes) {
        limitBytes = Math.max(PhysAddr.PAGE_SIZE, Math.min(bytes, sizeBytes()));
    }

    /**
     * From now on kernel page faults in the window take frames from frames and are mapped in
     * space (the kernel half every address space shares) with flags (Boot: WRITABLE, NX).
     */
    public void backWith(FrameAllocator frames, PageTable space, long flags) {
        this.frames = frames;
        this.space = space;
        this.pageFlags = flags;
        serving = this;
    }

    /** No heap is served any more (host tests start from here). */
    public static void reset() {
        serving = null;
    }

    /** A kernel page fault (trap.Traps): backPage of the heap being served, or NOT_HEAP. */
    @IrqContext
    public static int backFault(long virt, long errorCode) {
        KernelHeap h = serving;
        return h == null ? NOT_HEAP : h.backPage(virt, errorCode);
    }

    /**
     * A kernel page fault at virt with the CPU's error code: when virt is an absent page of
     * the window, maps a zeroed frame there (BACKED) and the faulting access runs again.
     * NOT_HEAP: the fault is something else (a bug, for the panic report); NO_FRAME: no frame
     * is left. Runs inside the heap's own allocator with interrupts off: allocates nothing.
     */
    @AllocOk("PageTable.leafSlotFor and FrameAllocator.alloc allocate nothing; exoc counts the class"
            + " initialiser of Long (numberOfTrailingZeros), which the boot ran long before a heap fault is served")
    public int backPage(long virt, long errorCode) {
        if (frames == null || !backedOnDemand() || !contains(virt) || (errorCode & 1) != 0) {
            return NOT_HEAP;
        }
        long freeBefore = frames.freeFrames();
        VirtAddr page = VirtAddr.of(PhysAddr.alignDown(virt));
        long slot = space.leafSlotFor(page, true, false);   // the tables first: nothing to undo
        if (slot == 0) {
            return NO_FRAME;
        }
        PhysAddr frame = frames.allocZeroed();
        if (frame.isNone()) {
            return NO_FRAME;
        }
        space.setLeaf(slot, page, PageEntry.make(frame.value(), pageFlags | PageEntry.PRESENT));
        backedPages++;
        framesTaken += freeBefore - frames.freeFrames();
        return BACKED;
    }

    /**
     * Frames the heap has taken from the frame allocator (pages and their tables); they stay
     * with the heap, which never shrinks its window's backing. A count of free frames that
     * must not see the heap grow adds this.
     */
    public long framesTaken() {
        return framesTaken;
    }

    /** Bytes of frames behind the heap: those backed here and the early pool's pages. */
    public long backedBytes() {
        return backedPages * PhysAddr.PAGE_SIZE + earlyPoolBytesUsed();
    }

    /** What early_heap.S took from its pool (heap pages and their page tables). */
    public long earlyPoolBytesUsed() {
        if (!backedOnDemand()) {
            return 0;
        }
        return Memory.read64(Cpu.symbolAddress("early_pool_next")) - Cpu.symbolAddress("early_heap_pool");
    }

    public long physStart() {
        return PhysAddr.fromVirt(startVirt);
    }

    public long physEnd() {
        return startVirt == endVirt ? physStart() : PhysAddr.fromVirt(endVirt - 1) + 1;
    }

    public boolean contains(long virt) {
        return !below(virt, startVirt) && below(virt, endVirt);
    }

    /** True when the heap's physical range does not lie inside [startPhys, endPhys). */
    public boolean isOutside(long startPhys, long endPhys) {
        return physStart() < startPhys || physEnd() > endPhys;
    }

    /** a < b as unsigned addresses (not Long.compareUnsigned: fault paths must not run class initialisers). */
    private static boolean below(long a, long b) {
        return a + Long.MIN_VALUE < b + Long.MIN_VALUE;
    }

    public String describe() {
        String where = "[" + Fmt.hex16(startVirt) + "-" + Fmt.hex16(endVirt) + ") ";
        if (!backedOnDemand()) {
            return where + Fmt.size(sizeBytes()) + " in .bss";
        }
        return where + "grows to " + Fmt.size(limitBytes) + ", " + Fmt.size(backedBytes()) + " backed";
    }
}
