/*
 * Where exoc's runtime heap lives, as a region of kernel virtual memory. The heap itself, its
 * allocator and its GC belong to exoc's runtime; the kernel keeps the bookkeeping: its
 * bounds (the linker symbols exo_heap_start and exo_heap_end that exoc's entry code exports),
 * the most it may grow to, and the backing of its pages.
 *
 * The production kernel's heap is a window of virtual addresses (BootMaps.HEAP_WINDOW_BASE,
 * exoc --heap-at), not memory of the image. The runtime asks for memory before it first
 * touches a range of the window (exo.rt.Mem.backHeap, which exoc binds to
 * exo.kernel.Platform.backHeap: here, back) and gives back what a collection left free at
 * the top (unback). So no kernel code ever takes a page fault on the heap: a fault there
 * would come in the middle of the allocator or the collector, with interrupts off, on paths
 * (trap entry, stack scans) that cannot take one. back runs inside the heap's critical
 * section (interrupts off): it allocates no Java object and takes no lock, only frames
 * (FrameAllocator, safe with interrupts off) and page tables of the kernel half.
 *
 * Before the frame allocator exists (the first steps of Boot), back promises memory it does
 * not map, and kernel/arch/x86_64/early_heap.S backs each page the heap touches from a pool
 * in .bss; Boot then calls backWith and exo.rt.Heap.backAgain, which maps everything the
 * runtime was promised. A heap in .bss (a test kernel built without --heap-at) is part of
 * the image and needs none of this.
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
    private final long startVirt;
    private final long endVirt;
    private long limitBytes;
    private long pageFlags;
    /** Pages of the window mapped to frames of the frame allocator now. */
    private long framePages;
    /** Page-table pages taken for the window (kept: at most one per 2 MiB). */
    private long tableFrames;
    /** The most framePages has been. */
    private long peakFramePages;
    private FrameAllocator frames;
    private PageTable space;
    /** Why the page-table and frame calls of back/unback count as allocation-free. */
    private static final String LONG_INIT = "PageTable.leafSlotFor and FrameAllocator allocate nothing; exoc"
            + " counts the class initialiser of Long (numberOfTrailingZeros), which the boot ran long before";
    /** The heap that Platform's backHeap/unbackHeap serve, once Boot has given it frames. */
    private static KernelHeap serving;

    public KernelHeap(long startVirt, long endVirt) {
        if (Long.compareUnsigned(endVirt, startVirt) < 0) {
            throw new IllegalArgumentException("heap end below start");
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

    /** True for a window backed on request (not part of the kernel image). */
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
     * From now on back maps frames from frames into space (the kernel half every address
     * space shares) with flags (Boot: WRITABLE, NX). The caller then has the runtime ask again
     * for what it was promised before (exo.rt.Heap.backAgain).
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

    /** The heap Platform serves, or null before Boot's backWith (early_heap.S backs it then). */
    @IrqContext
    public static KernelHeap serving() {
        return serving;
    }

    /**
     * Maps a zeroed frame at every page of [from, to) (rounded out to pages) that has none;
     * pages already mapped keep their contents. False when from..to is not inside the window
     * or no frame is left (pages mapped so far stay, a later call finds them present).
     */
    @IrqContext
    public boolean back(long from, long to) {
        if (!contains(from) || below(endVirt, to) || below(to, from)) {
            return false;
        }
        for (long page = PhysAddr.alignDown(from); below(page, to); page += PhysAddr.PAGE_SIZE) {
            if (!backPage(page)) {
                return false;
            }
        }
        return true;
    }

    @AllocOk(LONG_INIT)
    private boolean backPage(long page) {
        long freeBefore = frames.freeFrames();
        long slot = space.leafSlotFor(VirtAddr.of(page), true, false);   // the tables first: nothing to undo
        tableFrames += freeBefore - frames.freeFrames();
        if (slot == 0) {
            return false;
        }
        if (PageEntry.isPresent(Memory.read64(slot))) {
            return true;
        }
        PhysAddr frame = frames.allocZeroed();
        if (frame.isNone()) {
            return false;
        }
        space.setLeaf(slot, VirtAddr.of(page), PageEntry.make(frame.value(), pageFlags | PageEntry.PRESENT));
        framePages++;
        if (framePages > peakFramePages) {
            peakFramePages = framePages;
        }
        return true;
    }

    /**
     * The runtime gives back [from, to): every page wholly inside it loses its frame (a page
     * of the early pool, which is part of the image, is zeroed instead and stays).
     */
    @IrqContext
    public void unback(long from, long to) {
        if (!contains(from) || below(endVirt, to)) {
            return;
        }
        for (long page = PhysAddr.alignUp(from); !below(to, page + PhysAddr.PAGE_SIZE); page += PhysAddr.PAGE_SIZE) {
            unbackPage(page);
        }
    }

    /** free throws only for a frame it never handed out: a kernel bug, for the panic report. */
    @AllocOk(LONG_INIT)
    private void unbackPage(long page) {
        long slot = space.leafSlotFor(VirtAddr.of(page), false, false);
        long e = slot == 0 ? 0 : Memory.read64(slot);
        if (!PageEntry.isPresent(e)) {
            return;
        }
        long phys = PageEntry.address(e);
        if (!frames.isManaged(phys >>> 12)) {
            Memory.fill(page, 0, PhysAddr.PAGE_SIZE);   // an early-pool page: reads as new
            return;
        }
        space.setLeaf(slot, VirtAddr.of(page), 0);
        frames.free(PhysAddr.of(phys));
        framePages--;
    }

    /**
     * Frames the heap holds from the frame allocator now (pages and the tables above them).
     * A count of free frames that must not see the heap grow or shrink adds this.
     */
    public long framesTaken() {
        return framePages + tableFrames;
    }

    /** Bytes of memory behind the heap now: frames mapped here and the early pool's pages. */
    public long backedBytes() {
        return framePages * PhysAddr.PAGE_SIZE + earlyPoolBytesUsed();
    }

    /** The most memory of frames the heap has held at once (besides the early pool). */
    public long peakFrameBytes() {
        return peakFramePages * PhysAddr.PAGE_SIZE;
    }

    /** Page-table pages of the window (kept once made). */
    public long tableBytes() {
        return tableFrames * PhysAddr.PAGE_SIZE;
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

    /** a < b as unsigned addresses (not Long.compareUnsigned: back must not run class initialisers). */
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
