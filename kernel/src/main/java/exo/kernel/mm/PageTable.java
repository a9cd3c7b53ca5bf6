/*
 * One x86_64 4-level address space (PML4 -> PDPT -> PD -> PT), edited through the direct map.
 * map/unmap/translate/protect work on 4 KiB pages, or 2 MiB pages when the HUGE flag is given;
 * translate and unmap also understand the 1 GiB and 2 MiB leaves the boot assembly uses. Table
 * pages come zeroed from the FrameAllocator. Intermediate entries are PRESENT|WRITABLE (plus
 * USER under a user mapping) so that the leaf alone decides the access rights. When this is
 * the live address space (CR3 points at its root) every change is followed by invlpg, and so is
 * every change in the kernel half, whose lower tables all address spaces share: a kernel
 * thread's stack unmapped while a user process's root is loaded would otherwise stay in the
 * TLB, and the next stack mapped at that address would be written through the stale entry.
 * User address spaces log the lower-half tables they create, so that teardown frees them
 * without reading every entry. munmap frees the tables whose whole span no region uses any
 * more (freeVacantTables); a table whose span is still partly used stays until teardown.
 */
package exo.kernel.mm;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.util.Fmt;

public final class PageTable {
    private static final long TABLE_FLAGS = PageEntry.PRESENT | PageEntry.WRITABLE;

    private final long rootPhys;
    private final FrameAllocator frames;
    /** Level of the leaf found by the last leafSlot call (1, 2 or 3). */
    private int foundLevel;
    /**
     * The lower-half table frames this table allocated, when kept (user address spaces, see
     * keepLowerTables): teardown frees them from here instead of reading all 512 entries of
     * every table. Recording never allocates (leafSlotFor runs in interrupt context for the
     * kernel heap); reserveLowerTables grows the log beforehand.
     */
    private long[] lowerTables;
    /** Entries used in lowerTables; -1 once a table went unrecorded (teardown reads the tree). */
    private int lowerTableCount;

    public PageTable(PhysAddr root, FrameAllocator frames) {
        this.rootPhys = root.value();
        this.frames = frames;
    }

    /** A new, empty address space. */
    public static PageTable create(FrameAllocator frames) {
        return new PageTable(PhysAddr.of(allocTable(frames)), frames);
    }

    /** The address space CR3 points at now. */
    public static PageTable current(FrameAllocator frames) {
        return new PageTable(PhysAddr.of(Cpu.readCr3() & PageEntry.ADDRESS_MASK), frames);
    }

    /** The PML4's frame: what CR3 holds while this address space is live. */
    public PhysAddr root() {
        return PhysAddr.of(rootPhys);
    }

    public boolean isLive() {
        return (Cpu.readCr3() & PageEntry.ADDRESS_MASK) == rootPhys;
    }

    /** Maps page to frame with the given PageEntry flags (PRESENT is implied). */
    public void map(VirtAddr page, PhysAddr frame, long flags) {
        map(page.value(), frame.value(), flags);
    }

    private void map(long virt, long phys, long flags) {
        boolean huge = (flags & PageEntry.HUGE) != 0;
        long span = huge ? VirtAddr.entrySpan(2) : VirtAddr.entrySpan(1);
        if (!VirtAddr.isCanonical(virt) || (virt & (span - 1)) != 0 || (phys & (span - 1)) != 0
                || (phys & ~PageEntry.ADDRESS_MASK) != 0) {
            throw new IllegalArgumentException("map " + Fmt.hex16(virt) + " -> " + Fmt.hex(phys)
                    + ": addresses must be canonical and aligned to " + Fmt.size(span));
        }
        if ((flags & ~PageEntry.FLAG_MASK) != 0) {
            throw new IllegalArgumentException("map: flags " + Fmt.hex(flags) + " contain address bits");
        }
        int leafLevel = huge ? 2 : 1;
        long table = rootPhys;
        for (int level = 4; level > leafLevel; level--) {
            table = descend(table, virt, level, flags & PageEntry.USER, true);
        }
        long slot = slot(table, virt, leafLevel);
        long old = Memory.read64(slot);
        if (PageEntry.isPresent(old)) {
            throw new IllegalStateException("map " + Fmt.hex16(virt) + ": already mapped (entry "
                    + Fmt.hex16(old) + ")");
        }
        Memory.write64(slot, PageEntry.make(phys, flags | PageEntry.PRESENT));
        invalidate(virt);
    }

    /** Removes the mapping containing addr; returns the frame it mapped, or PhysAddr.none(). */
    public PhysAddr unmap(VirtAddr addr) {
        long virt = addr.value();
        long slot = leafSlot(virt);
        if (slot == 0) {
            return PhysAddr.none();
        }
        long entry = Memory.read64(slot);
        Memory.write64(slot, 0);
        long span = VirtAddr.entrySpan(foundLevel);
        invalidate(virt & ~(span - 1));
        return PhysAddr.of(PageEntry.leafAddress(entry, foundLevel));
    }

    /** The physical address addr maps to, or PhysAddr.none() when it is not mapped. */
    public PhysAddr translate(VirtAddr addr) {
        long virt = addr.value();
        long slot = leafSlot(virt);
        if (slot == 0) {
            return PhysAddr.none();
        }
        long span = VirtAddr.entrySpan(foundLevel);
        return PhysAddr.of(PageEntry.leafAddress(Memory.read64(slot), foundLevel) + (virt & (span - 1)));
    }

    /** The leaf entry mapping addr, or 0 when it is not mapped. */
    public long leafEntry(VirtAddr addr) {
        long slot = leafSlot(addr.value());
        return slot == 0 ? 0 : Memory.read64(slot);
    }

    /** Replaces the flags of the existing mapping containing addr (HUGE is kept as it was). */
    public void protect(VirtAddr addr, long flags) {
        long virt = addr.value();
        long slot = leafSlot(virt);
        if (slot == 0) {
            throw new IllegalStateException("protect " + Fmt.hex16(virt) + ": not mapped");
        }
        int level = foundLevel;
        long entry = Memory.read64(slot);
        long keep = level > 1 ? PageEntry.HUGE : 0;
        long f = (flags & PageEntry.FLAG_MASK & ~PageEntry.HUGE) | keep | PageEntry.PRESENT;
        if ((f & PageEntry.USER) != 0) {
            long table = rootPhys;
            for (int l = 4; l > level; l--) {
                table = descend(table, virt, l, PageEntry.USER, false);
            }
        }
        Memory.write64(slot, PageEntry.leafAddress(entry, level) | f);
        invalidate(virt & ~(VirtAddr.entrySpan(level) - 1));
    }

    /**
     * Follows the entry for virt at `level` in `table` to the next table, creating it when
     * `create` is set, and adding userFlag to the entry if it lacks it.
     */
    private long descend(long table, long virt, int level, long userFlag, boolean create) {
        long slot = slot(table, virt, level);
        long e = Memory.read64(slot);
        if (!PageEntry.isPresent(e)) {
            if (!create) {
                throw new IllegalStateException("page table walk of " + Fmt.hex16(virt) + " hit a hole at level " + level);
            }
            long t = allocTable(frames);
            recordTable(virt, t);
            e = PageEntry.make(t, TABLE_FLAGS | userFlag);
            Memory.write64(slot, e);
        } else if (PageEntry.isHuge(e)) {
            throw new IllegalStateException("map " + Fmt.hex16(virt) + ": inside a huge page at level " + level);
        } else if ((e & userFlag) != userFlag) {
            e |= userFlag;
            Memory.write64(slot, e);
        }
        return PageEntry.address(e);
    }

    /** Virtual address of the leaf entry mapping virt (sets foundLevel), or 0. */
    private long leafSlot(long virt) {
        if (!VirtAddr.isCanonical(virt)) {
            return 0;
        }
        long table = rootPhys;
        for (int level = 4; level >= 1; level--) {
            long slot = slot(table, virt, level);
            long e = Memory.read64(slot);
            if (!PageEntry.isPresent(e)) {
                return 0;
            }
            if (level == 1 || (level <= 3 && PageEntry.isHuge(e))) {
                foundLevel = level;
                return slot;
            }
            table = PageEntry.address(e);
        }
        return 0;
    }

    /**
     * Receives the present 4 KiB leaves of a walk: the page's virtual address, its entry's
     * slot (the entry's kernel address, for setLeaf) and value, as raw words: this is the
     * inner loop of fork's copy and exit's teardown.
     */
    public interface LeafVisitor {
        void leaf(long virt, long slot, long entry);
    }

    /**
     * Visits every present 4 KiB leaf of [start, end) (canonical, page-aligned, start < end),
     * skipping absent tables whole, so that a sparse range costs what is mapped, not its size.
     * Huge leaves are not visited (user address spaces have none).
     */
    public void walk(VirtAddr start, VirtAddr end, LeafVisitor v) {
        walkTable(rootPhys, 4, start.value(), end.value(), v);
    }

    private void walkTable(long tablePhys, int level, long start, long end, LeafVisitor v) {
        if (level == 1) {
            walkLeaves(tablePhys, start, end, v);
            return;
        }
        long span = VirtAddr.entrySpan(level);
        long a = start;
        while (Long.compareUnsigned(a, end) < 0) {
            long entryEnd = (a & ~(span - 1)) + span;   // wraps to 0 only at the very top
            long slot = slot(tablePhys, a, level);
            long e = Memory.read64(slot);
            if (PageEntry.isPresent(e) && !PageEntry.isHuge(e)) {
                long stop = entryEnd == 0 || Long.compareUnsigned(entryEnd, end) > 0 ? end : entryEnd;
                walkTable(PageEntry.address(e), level - 1, a, stop, v);
            }
            if (entryEnd == 0) {
                return;
            }
            a = entryEnd;
        }
    }

    /**
     * The leaves of one page table for [start, end), which lies inside it: a plain loop over the
     * slots, since most of a table is often empty (an untouched mmap region, the stack's gap)
     * and this is the inner loop of fork, munmap and exit.
     */
    private static void walkLeaves(long tablePhys, long start, long end, LeafVisitor v) {
        long virt = PhysAddr.alignDown(start);
        long slot = slot(tablePhys, virt, 1);
        long stop = slot + 8 * ((end - virt + PhysAddr.PAGE_SIZE - 1) >>> PhysAddr.PAGE_SHIFT);
        for (; slot < stop; slot += 8, virt += PhysAddr.PAGE_SIZE) {
            long e = Memory.read64(slot);
            if (PageEntry.isPresent(e)) {
                v.leaf(virt, slot, e);
            }
        }
    }

    /**
     * The slot (the entry's kernel address) of the 4 KiB leaf for addr, creating the tables
     * above it (with USER when user is set) when create is set; 0 when absent and not
     * created, or inside a huge page.
     */
    public long leafSlotFor(VirtAddr addr, boolean create, boolean user) {
        long virt = addr.value();
        long table = rootPhys;
        for (int level = 4; level > 1; level--) {
            long slot = slot(table, virt, level);
            long e = Memory.read64(slot);
            if (!PageEntry.isPresent(e)) {
                if (!create) {
                    return 0;
                }
                PhysAddr t = frames.allocZeroed();
                if (t.isNone()) {
                    return 0;
                }
                recordTable(virt, t.value());
                e = PageEntry.make(t.value(), TABLE_FLAGS | (user ? PageEntry.USER : 0));
                Memory.write64(slot, e);
            } else if (PageEntry.isHuge(e)) {
                return 0;
            }
            table = PageEntry.address(e);
        }
        return slot(table, virt, 1);
    }

    /**
     * Fills a leaf slot that is not present (a page fault's new page): no TLB flush, since the
     * processor caches no translation for a page that is not present (Intel SDM vol. 3A,
     * 4.10.2.3). Under QEMU's TCG an invlpg also clears the soft TLB's page and jump cache,
     * which a fault would pay for nothing.
     */
    public void fillLeaf(long slot, long entry) {
        Memory.write64(slot, entry);
    }

    /** Writes a leaf entry found by leafSlotFor or walk, and flushes the TLB entry for page. */
    public void setLeaf(long slot, VirtAddr page, long entry) {
        Memory.write64(slot, entry);
        invalidate(page.value());
    }

    /** Says whether the user span [spanStart, spanEnd) is free of regions (so holds no page). */
    public interface SpanTest {
        boolean vacant(long spanStart, long spanEnd);
    }

    /**
     * Frees the page-table pages under the user range [start, end) whose whole span is vacant
     * (no region there: its leaves are all clear, since pages exist only inside regions), so
     * that an unmapped range leaves no empty tables for later walks; lock of the owner held.
     * The PML4 stays. Freed tables leave the log. Returns how many were freed.
     */
    public int freeVacantTables(long start, long end, SpanTest vacant) {
        return pruneTable(rootPhys, 4, start, end, vacant);
    }

    private int pruneTable(long tablePhys, int level, long start, long end, SpanTest vacant) {
        long span = VirtAddr.entrySpan(level);
        int freed = 0;
        for (long a = start & -span; Long.compareUnsigned(a, end) < 0; a += span) {
            long slot = slot(tablePhys, a, level);
            long e = Memory.read64(slot);
            if (PageEntry.isPresent(e) && !PageEntry.isHuge(e)) {
                if (vacant.vacant(a, a + span)) {
                    Memory.write64(slot, 0);
                    invalidate(a);   // invlpg also drops the cached upper-level entries
                    freed += freeSubtree(PageEntry.address(e), level - 1);
                } else if (level > 2) {
                    freed += pruneTable(PageEntry.address(e), level - 1, Math.max(a, start), Math.min(a + span, end), vacant);
                }
            }
        }
        return freed;
    }

    /** Frees a table of a vacant span and the tables below it (its leaves are clear). */
    private int freeSubtree(long tablePhys, int level) {
        int freed = 1;
        if (level > 1) {
            long t = PhysAddr.toVirt(tablePhys);
            for (int i = 0; i < 512; i++) {
                long e = Memory.read64(t + 8L * i);
                if (PageEntry.isPresent(e) && !PageEntry.isHuge(e)) {
                    freed += freeSubtree(PageEntry.address(e), level - 1);
                }
            }
        }
        unrecordTable(tablePhys);
        frames.free(PhysAddr.of(tablePhys));
        return freed;
    }

    /** A logged table was freed before teardown: out of the log (order does not matter). */
    private void unrecordTable(long tablePhys) {
        if (lowerTables == null || lowerTableCount < 0) {
            return;
        }
        for (int i = 0; i < lowerTableCount; i++) {
            if (lowerTables[i] == tablePhys) {
                lowerTables[i] = lowerTables[--lowerTableCount];
                return;
            }
        }
    }

    /** Keeps a log of the lower-half tables from now on (a new, empty user address space). */
    public void keepLowerTables() {
        lowerTables = new long[16];
        lowerTableCount = 0;
    }

    /** Makes room in the log for `more` tables (thread context, before a walk that may create them). */
    public void reserveLowerTables(int more) {
        if (lowerTables != null && lowerTableCount >= 0 && lowerTableCount + more > lowerTables.length) {
            long[] bigger = new long[Math.max(lowerTables.length * 2, lowerTableCount + more)];
            System.arraycopy(lowerTables, 0, bigger, 0, lowerTableCount);
            lowerTables = bigger;
        }
    }

    private void recordTable(long virt, long tablePhys) {
        if (virt >= 0 && lowerTables != null && lowerTableCount >= 0) {
            if (lowerTableCount < lowerTables.length) {
                lowerTables[lowerTableCount++] = tablePhys;
            } else {
                lowerTableCount = -1;   // no room: the teardown reads the tree instead
            }
        }
    }

    /**
     * Frees the page-table pages that map the lower (user) half. Every leaf in it must already
     * be gone (their frames released by the owner); the PML4 itself is left to the caller.
     * With a complete log (keepLowerTables) the logged frames go back and the PML4's lower half
     * is cleared, no entry read. Otherwise the tree is read: an entry that points at no
     * allocated frame of RAM (a corrupted table) is skipped, not followed: a process's exit must
     * not take the kernel down. Returns how many were skipped, for the caller to report.
     */
    public int freeLowerHalfTables() {
        if (lowerTables != null && lowerTableCount >= 0) {
            for (int i = 0; i < lowerTableCount; i++) {
                frames.free(PhysAddr.of(lowerTables[i]));
            }
            lowerTableCount = 0;
            Memory.fill(PhysAddr.toVirt(rootPhys), 0, 8 * 256);
            return 0;
        }
        int skipped = 0;
        for (int i = 0; i < 256; i++) {
            long slot = PhysAddr.toVirt(rootPhys) + 8L * i;
            long e = Memory.read64(slot);
            if (PageEntry.isPresent(e)) {
                long next = PageEntry.address(e);
                skipped += isAllocatedFrame(next) ? freeTableTree(next, 3) : 1;
                Memory.write64(slot, 0);
            }
        }
        return skipped;
    }

    private int freeTableTree(long tablePhys, int level) {
        int skipped = 0;
        if (level > 1) {
            long t = PhysAddr.toVirt(tablePhys);
            for (int i = 0; i < 512; i++) {
                long e = Memory.read64(t + 8L * i);
                if (PageEntry.isPresent(e) && !PageEntry.isHuge(e)) {
                    long next = PageEntry.address(e);
                    skipped += isAllocatedFrame(next) ? freeTableTree(next, level - 1) : 1;
                }
            }
        }
        frames.free(PhysAddr.of(tablePhys));
        return skipped;
    }

    private boolean isAllocatedFrame(long phys) {
        return frames.isManaged(phys >>> PhysAddr.PAGE_SHIFT) && !frames.isFree(PhysAddr.of(phys));
    }

    private static long slot(long tablePhys, long virt, int level) {
        return PhysAddr.toVirt(tablePhys) + 8L * VirtAddr.index(virt, level);
    }

    private static long allocTable(FrameAllocator frames) {
        PhysAddr t = frames.allocZeroed();
        if (t.isNone()) {
            throw new IllegalStateException("out of physical memory for a page-table page");
        }
        return t.value();
    }

    /**
     * Drops the TLB entry of virt when it can be cached: always for the kernel half, which every
     * address space shares (a kernel stack mapped while a process's root is loaded must not keep
     * an old translation), and for the lower half only when this address space is loaded.
     * FIXME(SMP): other CPUs need a shootdown.
     */
    private void invalidate(long virt) {
        if (virt < 0 || isLive()) {
            Cpu.invlpg(virt);
        }
    }
}
