/*
 * Fault-around in private anonymous regions (vm.AnonFaultAround): the first three faults of a
 * run map only their page; the fourth fault in a row on the page right after the last one
 * mapped maps the rest of its aligned 16-page window with zeroed, writable frames, and so does
 * every later fault of the run; faults out of order map only their page; the
 * window stops at the region's end and leaves present pages (and their bytes) alone; and with
 * it off every fault maps one page. faultPages counts the pages mapped ahead (ru_minflt).
 */
package exo.kernel.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Memory;
import exo.hw.Sim;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.FrameRefs;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;
import exo.kernel.mm.VirtAddr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnonFaultAroundTest {
    static final long PAGE = PhysAddr.PAGE_SIZE;
    static final long BASE = 0x400000;   // 64 KiB-aligned: page i of the region is page i of a window

    FrameAllocator frames;
    FrameRefs refs;
    AddressSpace as;

    @BeforeEach
    void setUp() {
        Sim.reset();
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x2000000, MemoryMap.AVAILABLE);
        frames = new FrameAllocator(m);
        refs = FrameRefs.create(frames);
        as = AddressSpace.create(PageTable.create(frames), refs);
    }

    @AfterEach
    void on() {
        AnonFaultAround.enabled = true;
    }

    long leaf(long addr) {
        return as.pageTable().leafEntry(VirtAddr.of(addr));
    }

    boolean mapped(int page) {
        return PageEntry.isPresent(leaf(BASE + page * PAGE));
    }

    void fault(int page, boolean write) {
        assertEquals(AddressSpace.FAULT_OK, as.faultLocked(BASE + page * PAGE + 12, write, false), "fault on page " + page);
    }

    void assertMapped(int pages, int... expected) {
        boolean[] want = new boolean[pages];
        for (int i : expected) {
            want[i] = true;
        }
        for (int i = 0; i < pages; i++) {
            assertEquals(want[i], mapped(i), "page " + i);
        }
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = from; i < to; i++) {
            r[i - from] = i;
        }
        return r;
    }

    @Test
    void aSequentialRunMapsTheRestOfEachWindow() {
        as.mapFixedLocked(BASE, 64 * PAGE, Vma.PROT_READ | Vma.PROT_WRITE, false, null, 0, null);
        for (int i = 3; i < 6; i++) {
            fault(i, true);
            assertMapped(64, range(3, i + 1));   // a run of under four faults maps one page each
        }
        fault(6, true);
        assertMapped(64, range(3, 16));
        assertEquals(16, as.faultPages(BASE + 16 * PAGE, true, false), "ru_minflt: the fault's page and the 15 mapped ahead");
        assertMapped(64, range(3, 32));
        assertEquals(1, as.faultPages(BASE + 20 * PAGE, true, false), "present already: one fault, nothing ahead");
        assertEquals(-AddressSpace.FAULT_MAPERR, as.faultPages(BASE + 64 * PAGE, true, false));
        for (int i = 3; i < 32; i++) {
            long e = leaf(BASE + i * PAGE);
            assertTrue((e & PageEntry.WRITABLE) != 0 && (e & PageEntry.USER) != 0, "writable user page " + i);
            long frame = PageEntry.address(e);
            assertEquals(1, refs.count(frame), "one reference, page " + i);
            for (long off = 0; off < PAGE; off += 8) {
                assertEquals(0, Memory.read64(PhysAddr.toVirt(frame) + off), "zeroed, page " + i);
            }
        }
        as.unmapLocked(BASE, 64 * PAGE);
        assertEquals(0, as.residentPages());
    }

    @Test
    void faultsOutOfOrderMapOnlyTheirPage() {
        as.mapFixedLocked(BASE, 32 * PAGE, Vma.PROT_READ | Vma.PROT_WRITE, false, null, 0, null);
        fault(9, true);
        fault(8, true);    // downward, as a stack grows
        fault(2, false);
        fault(20, true);
        fault(22, true);   // a stride of two pages is not a run
        assertMapped(32, 2, 8, 9, 20, 22);
    }

    @Test
    void theWindowStopsAtTheRegionsEndAndKeepsPresentPages() {
        as.mapFixedLocked(BASE, 10 * PAGE, Vma.PROT_READ | Vma.PROT_WRITE, false, null, 0, null);
        as.mapFixedLocked(BASE + 10 * PAGE, 6 * PAGE, Vma.PROT_READ, false, null, 0, null);
        fault(6, true);
        long frame6 = PageEntry.address(leaf(BASE + 6 * PAGE));
        Memory.write8(PhysAddr.toVirt(frame6), (byte) 42);
        fault(0, true);
        fault(1, true);
        fault(2, true);
        fault(3, true);    // the fourth of a run: maps 4..9 but 6, which is present
        assertMapped(16, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertEquals(frame6, PageEntry.address(leaf(BASE + 6 * PAGE)), "page 6 keeps its frame");
        assertEquals(42, Memory.read8(PhysAddr.toVirt(frame6)));
        // the run goes on into the read-only region above: its pages are mapped read-only
        fault(10, false);
        assertMapped(16, range(0, 16));
        assertEquals(0, leaf(BASE + 15 * PAGE) & PageEntry.WRITABLE);
    }

    @Test
    void offEveryFaultMapsOnePage() {
        AnonFaultAround.enabled = false;
        as.mapFixedLocked(BASE, 32 * PAGE, Vma.PROT_READ | Vma.PROT_WRITE, false, null, 0, null);
        for (int i = 0; i < 5; i++) {
            fault(i, true);
        }
        assertMapped(32, range(0, 5));
    }
}
