/*
 * Fault-around for private anonymous memory, on sequential runs only: when four faults in a
 * row each land on the page right after the last page an anonymous fault mapped in this
 * address space, the program is walking its memory upward (a fresh buffer being filled, a
 * heap being grown), so AddressSpace maps the rest of the aligned 16-page (64 KiB) window
 * after the fault with zeroed frames, writable as the region allows, exactly as faults on
 * each would; every later fault of the run does the same. A run of N pages then takes about
 * N/16 traps instead of N. Under plain TCG a trap costs QEMU far more than
 * its guest instructions (the exception exit from translated code, the handler's soft-TLB
 * fills, iretq's helper): that trap, not the zeroing, made the anonymous page fault row slower
 * than Linux's in wall time.
 *
 * Other faults (random access, a stack growing down, the first three of a run) map only
 * their page, so a sparse program's resident set does not grow: a wrong guess costs at most
 * the 15 pages of one window per run of four. Why four, not two: with two, exoc's Java hello
 * world (a bump-allocated heap touched for a few pages) had 5 pages more resident and 2.3%
 * more instructions under icount (233,883 -> 239,249); with four it is unchanged. Never shared regions (their frames
 * belong to the backing object) and never past the region's end; pages already present are
 * left alone. Called by AddressSpace.fillPage with the address space's lock held; the window
 * lies in one page table (64 KiB divides the 2 MiB a table maps), so its slots follow the
 * fault's slot. Running out of frames only ends the window early: the fault itself succeeded.
 */
package exo.kernel.vm;

import exo.hw.Memory;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.mm.FrameRefs;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;

final class AnonFaultAround {
    static final int PAGES = 16;
    /** Whether AddressSpace maps ahead of sequential anonymous faults; tests turn it off. */
    static boolean enabled = true;
    private static final long WINDOW_BYTES = PAGES * PhysAddr.PAGE_SIZE;

    /** Consecutive faulting pages that start a run before it maps ahead (see above). */
    static final int RUN_START_PAGES = 4;

    /** The page after the last one an anonymous fault mapped here: a fault there continues a run. */
    private long nextPage = -1;
    /** Faults in the current run so far. */
    private int runFaults;
    /** Pages the last afterFill mapped ahead (AddressSpace.faultPages clears and reads it). */
    int mappedAhead;

    /** After page was filled at slot in the private anonymous region v: maps ahead on a run. */
    void afterFill(PageTable table, FrameRefs refs, Vma v, long page, long slot) {
        runFaults = page == nextPage ? runFaults + 1 : 1;
        nextPage = page + PhysAddr.PAGE_SIZE;
        if (runFaults < RUN_START_PAGES || !enabled || v.shared) {
            return;
        }
        long end = Math.min((page & -WINDOW_BYTES) + WINDOW_BYTES, v.end);
        long p = page + PhysAddr.PAGE_SIZE;
        for (long s = slot + 8; p < end; p += PhysAddr.PAGE_SIZE, s += 8) {
            if (PageEntry.isPresent(Memory.read64(s))) {
                continue;
            }
            long frame = refs.allocZeroed();
            if (frame == FrameRefs.NONE) {
                break;
            }
            table.fillLeaf(s, AddressSpace.leafEntry(frame, v.prot, true));   // was not present: no flush
            mappedAhead++;
        }
        nextPage = p;
    }
}
