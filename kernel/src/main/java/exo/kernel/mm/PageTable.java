/*
 * One x86_64 4-level address space (PML4 -> PDPT -> PD -> PT), edited through the direct map.
 * map/unmap/translate/protect work on 4 KiB pages, or 2 MiB pages when the HUGE flag is given;
 * translate and unmap also understand the 1 GiB and 2 MiB leaves the boot assembly uses. Table
 * pages come zeroed from the FrameAllocator. Intermediate entries are PRESENT|WRITABLE (plus
 * USER under a user mapping) so that the leaf alone decides the access rights. When this is
 * the live address space (CR3 points at its root) every change is followed by invlpg.
 * FIXME: unmap leaves empty table pages in place; freeing them comes with user processes.
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

    public PageTable(long rootPhys, FrameAllocator frames) {
        this.rootPhys = rootPhys;
        this.frames = frames;
    }

    /** A new, empty address space. */
    public static PageTable create(FrameAllocator frames) {
        return new PageTable(allocTable(frames), frames);
    }

    /** The address space CR3 points at now. */
    public static PageTable current(FrameAllocator frames) {
        return new PageTable(Cpu.readCr3() & PageEntry.ADDRESS_MASK, frames);
    }

    public long rootPhys() {
        return rootPhys;
    }

    public boolean isLive() {
        return (Cpu.readCr3() & PageEntry.ADDRESS_MASK) == rootPhys;
    }

    /** Maps virt to phys with the given PageEntry flags (PRESENT is implied). */
    public void map(long virt, long phys, long flags) {
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

    /** Removes the mapping containing virt; returns the physical page it mapped, or -1. */
    public long unmap(long virt) {
        long slot = leafSlot(virt);
        if (slot == 0) {
            return -1;
        }
        long entry = Memory.read64(slot);
        Memory.write64(slot, 0);
        long span = VirtAddr.entrySpan(foundLevel);
        invalidate(virt & ~(span - 1));
        return PageEntry.leafAddress(entry, foundLevel);
    }

    /** The physical address virt maps to, or -1 when it is not mapped. */
    public long translate(long virt) {
        long slot = leafSlot(virt);
        if (slot == 0) {
            return -1;
        }
        long span = VirtAddr.entrySpan(foundLevel);
        return PageEntry.leafAddress(Memory.read64(slot), foundLevel) + (virt & (span - 1));
    }

    /** The leaf entry mapping virt, or 0 when it is not mapped. */
    public long leafEntry(long virt) {
        long slot = leafSlot(virt);
        return slot == 0 ? 0 : Memory.read64(slot);
    }

    /** Replaces the flags of the existing mapping containing virt (HUGE is kept as it was). */
    public void protect(long virt, long flags) {
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
            e = PageEntry.make(allocTable(frames), TABLE_FLAGS | userFlag);
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

    private static long slot(long tablePhys, long virt, int level) {
        return PhysAddr.toVirt(tablePhys) + 8L * VirtAddr.index(virt, level);
    }

    private static long allocTable(FrameAllocator frames) {
        long t = frames.allocZeroed();
        if (t == FrameAllocator.NONE) {
            throw new IllegalStateException("out of physical memory for a page-table page");
        }
        return t;
    }

    private void invalidate(long virt) {
        if (isLive()) {
            Cpu.invlpg(virt);
        }
    }
}
