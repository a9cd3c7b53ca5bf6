/*
 * A user address space: a page-table root whose upper half is the kernel's (shared by every
 * address space, see KernelHalf) and whose lower half maps the regions (Vma) a program has:
 * its ELF segments, heap (brk), mmap regions and stack. Pages appear on demand: a fault in a
 * region gets a zeroed frame (anonymous memory; a sequential run of faults also maps the rest of
 * its 64 KiB window, AnonFaultAround) or the file's page (file mappings), and a write
 * to a page shared with another address space after fork gets a private copy (copy-on-write:
 * FrameRefs counts who holds each frame). The kernel touches user memory only in
 * uaccess.UserMemory: through the MMU with this space's tables live (a fault there comes back
 * to fault() through uaccess.UserCopyFaults, or ends the copy), or through userPageLocked and
 * the direct map; a bad user pointer is an error code, never a kernel crash.
 *
 * One lock (a kernel Mutex) guards the regions and the page table; faults, the memory system
 * calls, fork and the walked user-memory copies hold it. Used by the process layer (exec builds the
 * image, fork copies, exit destroys) and by the page-fault path of trap.Traps.
 * FIXME(SMP): TLB shootdown when other CPUs run threads of this address space.
 */
package exo.kernel.vm;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.arch.x86_64.trap.PerCpuArea;
import exo.kernel.console.Log;
import exo.kernel.fs.vfs.Inode;
import exo.kernel.mm.FrameRefs;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;
import exo.kernel.mm.VirtAddr;
import exo.kernel.sync.Mutex;

public final class AddressSpace {
    /** One page below 2^47, as Linux's TASK_SIZE: the end of user addresses. */
    public static final long USER_TOP = 0x00007FFFFFFFF000L;
    /** The lowest address mmap hands out or accepts with MAP_FIXED (vm.mmap_min_addr). */
    public static final long MMAP_MIN = 0x10000;
    /** How far below its top the main stack may grow by default (RLIMIT_STACK's 8 MiB). */
    public static final long STACK_LIMIT = 8L << 20;
    /** What one page table (512 leaves) maps. */
    private static final long PAGE_TABLE_SPAN = 2L << 20;

    /** Results of a fault (the signal the faulting thread gets, when not OK). */
    public static final int FAULT_OK = 0;
    public static final int FAULT_MAPERR = 1;   // SIGSEGV, SEGV_MAPERR: nothing mapped there
    public static final int FAULT_ACCERR = 2;   // SIGSEGV, SEGV_ACCERR: the region forbids the access
    public static final int FAULT_OOM = 3;      // no frame left: the faulting process dies
    public static final int FAULT_SIGBUS = 4;   // a file mapping past the end of its file

    /** A corrupted page table was found at a teardown and reported (reported once only). */
    private static boolean corruptionReported;
    /** NX in leaves, when the CPU has it (set once at boot). */
    static boolean nxEnabled;

    private final PageTable table;
    private final FrameRefs refs;
    public final Mutex lock = new Mutex();
    final VmaList vmas = new VmaList();
    /** Top of the area where mmap places regions without a hint (below the stack). */
    long mmapTop;
    long brkStart;
    long brk;
    /** How far below its top a growing stack may reach: the owner's RLIMIT_STACK soft limit. */
    long stackLimitBytes = STACK_LIMIT;
    /** Processes using it: more than one after clone(CLONE_VM) without CLONE_THREAD (vfork). */
    private int users = 1;
    /**
     * Set when mprotect(PROT_NONE) may leave a present page without USER: the kernel's own
     * accesses pass there, so user copies must then walk the tables (uaccess.UserMemory).
     * Cleared once no PROT_NONE region is left (mprotect back, munmap: recheckProtNone), so
     * one guard page does not slow every later copy. Read without the lock by the copies.
     */
    private volatile boolean protNoneLeaves;
    private final FaultAround faultAround = new FaultAround();
    private final AnonFaultAround anonAround = new AnonFaultAround();
    /** The program's file, kept from writers while this address space runs it (or null). */
    private Inode executable;

    /** table's root frame, what CR3 holds while this space is live (mmuCopyOk tests it). */
    private final long rootPhys;

    private AddressSpace(PageTable table, FrameRefs refs) {
        this.table = table;
        this.refs = refs;
        this.rootPhys = table.root().value();
    }

    /** An empty address space sharing the kernel half of kernelSpace. */
    public static AddressSpace create(PageTable kernelSpace, FrameRefs refs) {
        PageTable t = KernelHalf.newAddressSpace(kernelSpace, refs.allocator());
        t.keepLowerTables();
        AddressSpace as = new AddressSpace(t, refs);
        as.mmapTop = USER_TOP - STACK_LIMIT - (1L << 30);
        return as;
    }

    public static void setNxEnabled(boolean on) {
        nxEnabled = on;
    }

    /** Whether sequential anonymous faults map ahead (AnonFaultAround; boot's anon_fault_around=0 turns it off). */
    public static void setAnonFaultAround(boolean on) {
        AnonFaultAround.enabled = on;
    }

    /** This address space runs file as its program (exec): writers get ETXTBSY until it ends. */
    public void holdExecutable(Inode file) {
        if (executable != null) {
            executable.allowWrite();
        }
        executable = file;
        if (file != null) {
            file.denyWrite();
        }
    }

    public long rootPhys() {
        return rootPhys;
    }

    public PageTable pageTable() {
        return table;
    }

    public FrameRefs frames() {
        return refs;
    }

    /**
     * May the kernel copy to and from this space's user pages through the MMU? Only while its
     * tables are the live ones (CR3: a copy for another space, exec's new image or
     * process_vm_readv's, would reach the live space's pages), and not once a PROT_NONE page
     * is present: the MMU lets the kernel read it. Called on every user copy: one CR3 read
     * and two fields of this space.
     */
    public boolean mmuCopyOk() {
        return (Cpu.readCr3() & PageEntry.ADDRESS_MASK) == rootPhys && !protNoneLeaves;
    }

    /**
     * Is [addr, addr + len) inside the user half (len >= 0, no wrap)? Signed compares: with
     * addr and len both non-negative, USER_TOP - addr cannot wrap, and it is negative for an
     * addr above USER_TOP (no call of Long.compareUnsigned: every user copy tests this).
     */
    public static boolean isUserRange(long addr, long len) {
        return len >= 0 && addr >= 0 && len <= USER_TOP - addr;
    }

    // ---- regions ----------------------------------------------------------------------

    /**
     * Maps [addr, addr + len) (MAP_FIXED semantics: whatever was there goes) as a new region;
     * lock held. A file's reference passes to the region. Returns 0.
     */
    public int mapFixedLocked(long addr, long len, int prot, boolean shared, FilePages file, long fileOffset, String name) {
        unmapLocked(addr, len);
        Vma v = new Vma(addr, addr + len, prot, shared, file == null ? Vma.KIND_ANON : Vma.KIND_FILE, file, fileOffset, name);
        vmas.insert(v);
        return 0;
    }

    /** The region mapped at addr may never become writable (mprotect: EACCES); lock held. */
    public void denyWriteLocked(long addr) {
        vmas.find(addr).mayWrite = false;
    }

    /** The main thread's stack: [addr, addr + len), read-write, growing down on faults below it. */
    public void mapStackLocked(long addr, long len) {
        mapFixedLocked(addr, len, Vma.PROT_READ | Vma.PROT_WRITE, false, null, 0, "[stack]");
        vmas.find(addr).growsDown = true;
    }

    /** A free, page-aligned range of len bytes, highest first below mmapTop (hint first); or -1. */
    public long findFreeLocked(long hint, long len) {
        if (hint != 0 && (hint & (PhysAddr.PAGE_SIZE - 1)) == 0 && Long.compareUnsigned(hint, MMAP_MIN) >= 0
                && isUserRange(hint, len) && vmas.isFree(hint, hint + len)) {
            return hint;
        }
        return vmas.findGapBelow(mmapTop, len, MMAP_MIN);
    }

    /**
     * Removes every region and page in [addr, addr + len); lock held. Pages exist only inside
     * regions (destroy relies on it too), so a range no region touches has nothing to walk:
     * mmap's MAP_FIXED-style clearing of a fresh range costs a region lookup, not a read of
     * every page-table entry left there by earlier, unmapped regions. The page tables whose
     * whole span no region uses any more are freed (PageTable.freeVacantTables).
     */
    public void unmapLocked(long addr, long len) {
        long end = addr + len;
        if (vmas.isFree(addr, end)) {
            return;
        }
        vmas.removeRange(addr, end);
        releasePages(addr, end);
        table.freeVacantTables(addr, end, vmas::isFree);
        recheckProtNone();
    }

    /**
     * After regions were unmapped or reprotected: clears protNoneLeaves when no PROT_NONE
     * region is left (only such regions can hold present pages without USER). A scan of the
     * regions, only while the flag is set.
     */
    private void recheckProtNone() {
        if (!protNoneLeaves) {
            return;
        }
        for (Vma v = vmas.first(); v != null; v = vmas.next(v)) {
            if (v.prot == 0) {
                return;
            }
        }
        protNoneLeaves = false;
    }

    /**
     * madvise(MADV_DONTNEED): drops the pages of [addr, addr + len) but keeps the regions, so
     * that the next access sees zeroes (anonymous memory) or the file again; lock held.
     * -ENOMEM when part of the range is unmapped.
     */
    public int discardLocked(long addr, long len) {
        if (!vmas.isFullyMapped(addr, addr + len)) {
            return -12;
        }
        releasePages(addr, addr + len);
        return 0;
    }

    /**
     * Changes the protection of [addr, addr + len); -ENOMEM when part of it is unmapped,
     * -EACCES when write access is asked of a region that may not have it (Vma.mayWrite).
     */
    public int protectLocked(long addr, long len, int prot) {
        long end = addr + len;
        if (!vmas.isFullyMapped(addr, end)) {
            return -12;   // ENOMEM, as Linux for unmapped parts
        }
        if ((prot & Vma.PROT_WRITE) != 0) {
            for (Vma v = vmas.find(addr); v != null && Long.compareUnsigned(v.start, end) < 0; v = vmas.next(v)) {
                if (!v.mayWrite) {
                    return -13;   // EACCES
                }
            }
        }
        vmas.splitAt(addr);
        vmas.splitAt(end);
        for (Vma v = vmas.find(addr); v != null && Long.compareUnsigned(v.start, end) < 0; v = vmas.next(v)) {
            v.prot = prot;
        }
        if (prot == 0) {
            protNoneLeaves = true;
        } else {
            recheckProtNone();
        }
        // Present pages follow: never more writable than now (write access comes back through
        // the fault path, which copies shared frames first), NX and user access as the region says.
        table.walk(VirtAddr.of(addr), VirtAddr.of(end), (virt, slot, e) -> {
            long frame = PageEntry.address(e);
            table.setLeaf(slot, VirtAddr.of(virt), leafEntry(frame, prot, (e & PageEntry.WRITABLE) != 0 && (prot & Vma.PROT_WRITE) != 0));
        });
        return 0;
    }

    public Vma findLocked(long addr) {
        return vmas.find(addr);
    }

    /** The regions in address order (for /proc/PID/maps and fork). */
    public Vma firstVma() {
        return vmas.first();
    }

    public Vma nextVma(Vma v) {
        return vmas.next(v);
    }

    // ---- the program break --------------------------------------------------------------

    /** Sets where the heap starts (exec: just above the highest segment). */
    public void setBrkStart(long start) {
        brkStart = start;
        brk = start;
    }

    /** brk(2): moves the break to newBrk when it can; returns the break after the call. */
    public long setBrkLocked(long newBrk) {
        if (Long.compareUnsigned(newBrk, brkStart) < 0 || !isUserRange(newBrk, 0)) {
            return brk;
        }
        long oldTop = PhysAddr.alignUp(brk);
        long newTop = PhysAddr.alignUp(newBrk);
        if (Long.compareUnsigned(newTop, oldTop) > 0) {
            if (!vmas.isFree(oldTop, newTop)) {
                return brk;
            }
            Vma heap = vmas.find(oldTop - 1);
            if (heap != null && "[heap]".equals(heap.name) && heap.end == oldTop) {
                heap.end = newTop;
            } else {
                vmas.insert(new Vma(oldTop, newTop, Vma.PROT_READ | Vma.PROT_WRITE, false, Vma.KIND_ANON, null, 0, "[heap]"));
            }
        } else if (Long.compareUnsigned(newTop, oldTop) < 0) {
            unmapLocked(newTop, oldTop - newTop);
        }
        brk = newBrk;
        return brk;
    }

    public long brk() {
        return brk;
    }

    /** Bytes the heap (brk) spans above its start (RLIMIT_DATA counts them). */
    public long heapBytes() {
        return brk - brkStart;
    }

    public long stackLimit() {
        return stackLimitBytes;
    }

    /** RLIMIT_STACK changed (setrlimit, exec): how far the stack may grow from now on. */
    public void setStackLimit(long bytes) {
        stackLimitBytes = bytes;
    }

    /**
     * Bytes mapped (every region, whatever its protection) once [addr, addr + len) is mapped
     * anew: what RLIMIT_AS limits. Regions already in the range are not counted twice. Lock held.
     */
    public long mappedBytesAfterLocked(long addr, long len) {
        long total = len;
        long end = addr + len;
        for (Vma v = vmas.first(); v != null; v = vmas.next(v)) {
            long overlap = Math.min(v.end, end) - Math.max(v.start, addr);
            total += (v.end - v.start) - Math.max(0, overlap);
        }
        return total;
    }

    // ---- faults -------------------------------------------------------------------------

    /** A user-mode page fault at addr; returns FAULT_*. Takes the lock. */
    public int fault(long addr, boolean write, boolean exec) {
        int r = faultPages(addr, write, exec);
        return r > 0 ? FAULT_OK : -r;
    }

    /**
     * As fault, counting pages for ru_minflt: -FAULT_* when the fault fails, else 1 plus the
     * pages AnonFaultAround mapped ahead (each spares the program a fault, so each counts as
     * the minor fault it would have been: a program touching N pages sees N, as on Linux).
     */
    public int faultPages(long addr, boolean write, boolean exec) {
        lock.lock();
        try {
            anonAround.mappedAhead = 0;
            int r = faultLocked(addr, write, exec);
            return r == FAULT_OK ? 1 + anonAround.mappedAhead : -r;
        } finally {
            lock.unlock();
        }
    }

    int faultLocked(long addr, boolean write, boolean exec) {
        if (!isUserRange(addr, 1)) {
            return FAULT_MAPERR;
        }
        Vma v = vmas.find(addr);
        if (v == null) {
            v = growStack(addr);
            if (v == null) {
                return FAULT_MAPERR;
            }
        }
        if (write && (v.prot & Vma.PROT_WRITE) == 0 || exec && (v.prot & Vma.PROT_EXEC) == 0 || v.prot == 0) {
            return FAULT_ACCERR;
        }
        long page = addr & ~(PhysAddr.PAGE_SIZE - 1);
        long slot = table.leafSlotFor(VirtAddr.of(page), false, true);
        if (slot == 0) {
            // A table is missing (once per 2 MiB): room in the table log first, then create it.
            table.reserveLowerTables(3);
            slot = table.leafSlotFor(VirtAddr.of(page), true, true);
            if (slot == 0) {
                return FAULT_OOM;
            }
        }
        long e = Memory.read64(slot);
        if (!PageEntry.isPresent(e)) {
            return fillPage(v, page, slot, write);
        }
        if (write && (e & PageEntry.WRITABLE) == 0) {
            return copyOnWrite(v, page, slot, e);
        }
        return FAULT_OK;   // another thread filled it, or a stale TLB entry: nothing to do
    }

    private int fillPage(Vma v, long page, long slot, boolean write) {
        long frame;
        boolean writable = (v.prot & Vma.PROT_WRITE) != 0;
        if (v.kind == Vma.KIND_ANON) {
            frame = refs.allocZeroed();
            if (frame == FrameRefs.NONE) {
                return FAULT_OOM;
            }
        } else {
            long offset = v.fileOffset + (page - v.start);
            if (Long.compareUnsigned(offset, PhysAddr.alignUp(v.file.size())) >= 0) {
                return FAULT_SIGBUS;
            }
            frame = v.file.pageFrame(offset >>> PhysAddr.PAGE_SHIFT);
            if (frame < 0) {
                return frame == -12 ? FAULT_OOM : FAULT_SIGBUS;
            }
            if (!v.shared) {
                // A private file page is the cache's until the program writes to it.
                if (write && writable) {
                    long copy = refs.allocCopy(frame);
                    refs.unref(frame);
                    if (copy == FrameRefs.NONE) {
                        return FAULT_OOM;
                    }
                    frame = copy;
                } else {
                    writable = false;
                }
            }
        }
        table.fillLeaf(slot, leafEntry(frame, v.prot, writable));   // was not present: no flush
        if (v.kind == Vma.KIND_ANON) {
            anonAround.afterFill(table, refs, v, page, slot);
        } else if (!write && FaultAround.enabled) {
            faultAround.map(table, refs, v, page, slot);
        }
        return FAULT_OK;
    }

    private int copyOnWrite(Vma v, long page, long slot, long e) {
        long frame = PageEntry.address(e);
        if (v.shared || v.kind == Vma.KIND_ANON && refs.count(frame) == 1) {
            table.setLeaf(slot, VirtAddr.of(page), leafEntry(frame, v.prot, true));   // the only holder
            return FAULT_OK;
        }
        long copy = refs.allocCopy(frame);
        if (copy == FrameRefs.NONE) {
            return FAULT_OOM;
        }
        table.setLeaf(slot, VirtAddr.of(page), leafEntry(copy, v.prot, true));
        refs.unref(frame);
        return FAULT_OK;
    }

    /** The stack region grows down to a fault just below it, up to stackLimitBytes; or null. */
    private Vma growStack(long addr) {
        Vma above = vmas.findAbove(addr);
        if (above == null || !above.growsDown) {
            return null;
        }
        long page = addr & ~(PhysAddr.PAGE_SIZE - 1);
        Vma below = vmas.findBelow(addr);
        if (Long.compareUnsigned(above.end - page, stackLimitBytes) > 0 || below != null && Long.compareUnsigned(below.end, page) > 0) {
            return null;
        }
        above.start = page;
        above.fileOffset = 0;
        return above;
    }

    /**
     * The frame behind the user page at addr, faulting it in as a user access would (write:
     * as a write); the lock must be held. Returns the physical address of the byte, or -1 when
     * the access would fault (a bad pointer: the caller returns -EFAULT).
     */
    public long userPageLocked(long addr, boolean write) {
        if (!isUserRange(addr, 1)) {
            return -1;
        }
        long slot = table.leafSlotFor(VirtAddr.of(addr & ~(PhysAddr.PAGE_SIZE - 1)), false, true);
        long e = slot == 0 ? 0 : Memory.read64(slot);
        if (!PageEntry.isPresent(e) || (e & PageEntry.USER) == 0 || write && (e & PageEntry.WRITABLE) == 0) {
            if (faultLocked(addr, write, false) != FAULT_OK) {
                return -1;
            }
            slot = table.leafSlotFor(VirtAddr.of(addr & ~(PhysAddr.PAGE_SIZE - 1)), false, true);
            e = Memory.read64(slot);
        }
        return PageEntry.address(e) + (addr & (PhysAddr.PAGE_SIZE - 1));
    }

    /** The leaf for a frame in a region of protection prot. PROT_NONE leaves lack USER. */
    static long leafEntry(long frame, int prot, boolean writable) {
        long flags = PageEntry.PRESENT;
        if (prot != 0) {
            flags |= PageEntry.USER;
        }
        if (writable && (prot & Vma.PROT_WRITE) != 0) {
            flags |= PageEntry.WRITABLE;
        }
        if (nxEnabled && (prot & Vma.PROT_EXEC) == 0) {
            flags |= PageEntry.NX;
        }
        return PageEntry.make(frame, flags);
    }

    /** Drops every page mapped in [start, end): the leaves go, the frames lose a reference. */
    private void releasePages(long start, long end) {
        if (!isUserRange(start, end - start)) {
            // The kernel half is every address space's: walking it here would unmap the kernel.
            throw new IllegalArgumentException("release of non-user range " + Long.toHexString(start) + ".." + Long.toHexString(end));
        }
        table.walk(VirtAddr.of(start), VirtAddr.of(end), (virt, slot, e) -> {
            table.setLeaf(slot, VirtAddr.of(virt), 0);
            refs.unref(PageEntry.address(e));
        });
    }

    // ---- fork and exit ------------------------------------------------------------------

    /**
     * A copy for fork: the same regions; private pages shared copy-on-write (both sides lose
     * write access until the fault path copies or, for the last holder, gives it back), shared
     * regions' pages shared. Returns null when memory runs out (the copy is then destroyed).
     */
    public AddressSpace forkCopy(PageTable kernelSpace) {
        lock.lock();
        try {
            AddressSpace child = create(kernelSpace, refs);
            child.brkStart = brkStart;
            child.brk = brk;
            child.mmapTop = mmapTop;
            child.stackLimitBytes = stackLimitBytes;
            child.protNoneLeaves = protNoneLeaves;
            child.holdExecutable(executable);
            boolean[] ok = {true};
            // The child's page table of the last 2 MiB copied: [its base address, its first slot].
            long[] lastTable = {-1, 0};
            for (Vma v = vmas.first(); v != null; v = vmas.next(v)) {
                child.vmas.insert(v.copy());
                boolean cow = !v.shared;
                table.walk(VirtAddr.of(v.start), VirtAddr.of(v.end), (virt, slot, e) -> {
                    if (!ok[0]) {
                        return;
                    }
                    long childSlot = child.childSlot(virt, lastTable);
                    if (childSlot == 0) {
                        ok[0] = false;
                        return;
                    }
                    long entry = e;
                    if (cow && (e & PageEntry.WRITABLE) != 0) {
                        entry = e & ~PageEntry.WRITABLE;
                        table.setLeaf(slot, VirtAddr.of(virt), entry);
                    }
                    refs.ref(PageEntry.address(e));
                    Memory.write64(childSlot, entry);
                });
            }
            if (!ok[0]) {
                child.destroy();
                return null;
            }
            return child;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The leaf slot for virt in this (new) address space, creating its tables; lastTable caches
     * the page table of the previous call ([2 MiB base, slot of its entry 0]), so that a run of
     * pages in one table walks the tree once. 0 when out of frames.
     */
    private long childSlot(long virt, long[] lastTable) {
        long base = virt & -PAGE_TABLE_SPAN;
        if (base != lastTable[0]) {
            table.reserveLowerTables(3);
            long slot = table.leafSlotFor(VirtAddr.of(virt), true, true);
            if (slot == 0) {
                return 0;
            }
            lastTable[0] = base;
            lastTable[1] = slot - 8L * VirtAddr.index(virt, 1);
        }
        return lastTable[1] + 8L * VirtAddr.index(virt, 1);
    }

    /** One more process uses this address space (clone with CLONE_VM). */
    public void retain() {
        lock.lock();
        users++;
        lock.unlock();
    }

    /**
     * One more user, unless the last one has already released it (false: it is destroyed or
     * about to be). For a reader of another process's memory (process_vm_readv), which must
     * not revive an address space its process let go of.
     */
    public boolean tryRetain() {
        lock.lock();
        try {
            if (users == 0) {
                return false;
            }
            users++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** A process stops using it (exit, exec); the last one destroys it. */
    public void release() {
        lock.lock();
        int left = --users;
        lock.unlock();
        if (left == 0) {
            destroy();
        }
    }

    /**
     * Releases every page and page-table page. If this CPU still has the address space loaded
     * (its last thread is exiting), the kernel's own root is loaded first.
     */
    public void destroy() {
        lock.lock();
        try {
            if (Cpu.readGs64(PerCpuArea.CR3) == table.root().value()) {
                long kernelRoot = KernelHalf.kernelRoot();
                Cpu.writeCr3(kernelRoot);
                Cpu.writeGs64(PerCpuArea.CR3, kernelRoot);
            }
            // The tables go next, so their leaves need no clearing (nor invlpg: the root is not
            // loaded any more): the frames only lose the reference.
            for (Vma v = vmas.first(); v != null; v = vmas.next(v)) {
                table.walk(VirtAddr.of(v.start), VirtAddr.of(v.end), (virt, slot, e) -> refs.unref(PageEntry.address(e)));
            }
            vmas.clear();
            holdExecutable(null);
            int skipped = table.freeLowerHalfTables();
            if (skipped > 0 && !corruptionReported) {
                corruptionReported = true;   // once: the first report is the one that matters
                Log.warn("address space teardown: skipped " + skipped
                        + " page-table entries that point at no allocated frame (a kernel bug)");
            }
            refs.allocator().free(table.root());
        } finally {
            lock.unlock();
        }
    }

    /** Frames mapped in user pages (rss for /proc and getrusage). */
    public long residentPages() {
        long[] n = {0};
        for (Vma v = vmas.first(); v != null; v = vmas.next(v)) {
            table.walk(VirtAddr.of(v.start), VirtAddr.of(v.end), (virt, slot, e) -> n[0]++);
        }
        return n[0];
    }
}
