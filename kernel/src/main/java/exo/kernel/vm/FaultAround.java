/*
 * Fault-around (Linux's fault_around_bytes, 64 KiB): after a read fault in a file region,
 * AddressSpace maps the other pages of the aligned 16-page window around the fault that the
 * file already has in its cache and that are not mapped yet, exactly as read faults on each
 * would map them (read-only for a private region, so that a write still copies), inside the
 * region and the file's size. A program reading its text and data in order (every exec) then
 * takes one fault per 16 pages instead of one per page. Called with the address space's lock
 * held; the window lies in one page table (64 KiB divides the 2 MiB a table maps).
 *
 * Off by default (enabled): measured with osbench --quick under icount it cost more than it
 * saved on the small static programs of the benchmark (fork+exit 79,334 -> 79,888, fork+exec
 * 163,252 -> 163,384, C start-up 164,511 -> 165,562: the parent's text pages mapped around
 * are copied by every fork and dropped by every exit) and doubled the Java start-up's peak
 * RSS (96 -> 176 KiB, Linux's figure); its gain, fewer traps per exec under plain TCG, was not
 * measured. FaultAroundTest turns it on.
 */
package exo.kernel.vm;

import exo.hw.Memory;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.mm.FrameRefs;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;

final class FaultAround {
    static final int PAGES = 16;
    /** Whether AddressSpace maps around read faults (see above); tests set it. */
    static boolean enabled = false;
    private static final long WINDOW_BYTES = PAGES * PhysAddr.PAGE_SIZE;

    /** Per address space, under its lock: the window's frames (FilePages.cachedFrames). */
    private final long[] frames = new long[PAGES];

    /** Maps the cached neighbours of page, just filled at slot, in v. */
    void map(PageTable table, FrameRefs refs, Vma v, long page, long slot) {
        long from = Math.max(page & -WINDOW_BYTES, v.start);
        long to = Math.min((page & -WINDOW_BYTES) + WINDOW_BYTES, v.end);
        long firstOffset = v.fileOffset + (from - v.start);
        long fileBytes = PhysAddr.alignUp(v.file.size()) - firstOffset;
        if (fileBytes <= 0) {
            return;
        }
        to = Math.min(to, from + fileBytes);
        int n = (int) ((to - from) >>> PhysAddr.PAGE_SHIFT);
        if (n <= 1) {
            return;
        }
        long firstSlot = slot - 8 * ((page - from) >>> PhysAddr.PAGE_SHIFT);
        for (int i = 0; i < n; i++) {
            frames[i] = PageEntry.isPresent(Memory.read64(firstSlot + 8L * i)) ? -1 : 0;   // 0: wanted
        }
        v.file.cachedFrames(firstOffset >>> PhysAddr.PAGE_SHIFT, frames, n);
        for (int i = 0; i < n; i++) {
            if (frames[i] > 0) {
                table.fillLeaf(firstSlot + 8L * i, AddressSpace.leafEntry(frames[i], v.prot, false));
            }
        }
    }
}
