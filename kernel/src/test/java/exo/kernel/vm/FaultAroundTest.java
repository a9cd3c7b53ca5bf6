/*
 * Fault-around in file regions (vm.FaultAround): a read fault maps the cached pages of its
 * aligned 16-page window, read-only, and nothing that is not cached, outside the region,
 * past the file's end or beyond the window; a write fault maps only its own page; a write to
 * a page mapped around still copies it (private region) and leaves the cache's frame alone.
 * The file is a fake FilePages over frames of the test's allocator.
 */
package exo.kernel.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

class FaultAroundTest {
    static final long PAGE = PhysAddr.PAGE_SIZE;
    static final long BASE = 0x400000;   // 64 KiB-aligned: page i of the region is page i of a window

    FrameAllocator frames;
    FrameRefs refs;
    AddressSpace as;
    CachedFile file;

    /** A file of `pages` pages whose cache holds those with cached[i] (one reference each). */
    static final class CachedFile implements FilePages {
        final FrameRefs refs;
        final long[] cache;
        final long sizeBytes;

        CachedFile(FrameRefs refs, int pages, long sizeBytes, int... uncached) {
            this.refs = refs;
            this.cache = new long[pages];
            this.sizeBytes = sizeBytes;
            for (int i = 0; i < pages; i++) {
                cache[i] = refs.allocZeroed();
                Memory.write8(PhysAddr.toVirt(cache[i]), (byte) (i + 1));
            }
            for (int i : uncached) {
                refs.unref(cache[i]);
                cache[i] = 0;
            }
        }

        @Override
        public long pageFrame(long index) {
            if (cache[(int) index] == 0) {
                cache[(int) index] = refs.allocZeroed();
            }
            refs.ref(cache[(int) index]);
            return cache[(int) index];
        }

        @Override
        public void cachedFrames(long firstIndex, long[] frames, int count) {
            for (int i = 0; i < count; i++) {
                if (frames[i] == 0) {
                    long f = firstIndex + i < cache.length ? cache[(int) (firstIndex + i)] : 0;
                    if (f != 0) {
                        refs.ref(f);
                    }
                    frames[i] = f != 0 ? f : -1;
                }
            }
        }

        @Override
        public long size() {
            return sizeBytes;
        }

        @Override
        public void retain() {
        }

        @Override
        public void release() {
        }
    }

    @AfterEach
    void off() {
        FaultAround.enabled = false;
    }

    @BeforeEach
    void setUp() {
        FaultAround.enabled = true;
        Sim.reset();
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x2000000, MemoryMap.AVAILABLE);
        frames = new FrameAllocator(m);
        refs = FrameRefs.create(frames);
        as = AddressSpace.create(PageTable.create(frames), refs);
    }

    long leaf(long addr) {
        return as.pageTable().leafEntry(VirtAddr.of(addr));
    }

    boolean mapped(int page) {
        return PageEntry.isPresent(leaf(BASE + page * PAGE));
    }

    @Test
    void aReadFaultMapsTheCachedPagesOfItsWindow() {
        file = new CachedFile(refs, 40, 40 * PAGE, 5);
        as.mapFixedLocked(BASE, 40 * PAGE, Vma.PROT_READ | Vma.PROT_WRITE, false, file, 0, null);
        assertEquals(AddressSpace.FAULT_OK, as.faultLocked(BASE + 2 * PAGE + 7, false, false));
        for (int i = 0; i < 40; i++) {
            boolean expected = i < 16 && i != 5;
            assertEquals(expected, mapped(i), "page " + i);
            if (expected) {
                assertEquals(file.cache[i], PageEntry.address(leaf(BASE + i * PAGE)), "the cache's frame, page " + i);
                assertEquals(0, leaf(BASE + i * PAGE) & PageEntry.WRITABLE, "read-only, page " + i);
            }
        }
        // a write to a page mapped around copies it; the cache keeps its bytes
        assertEquals(AddressSpace.FAULT_OK, as.faultLocked(BASE + 3 * PAGE, true, false));
        long copy = PageEntry.address(leaf(BASE + 3 * PAGE));
        assertNotEquals(file.cache[3], copy);
        assertEquals(4, Memory.read8(PhysAddr.toVirt(copy)));
        as.unmapLocked(BASE, 40 * PAGE);
        for (int i = 0; i < 40; i++) {
            if (file.cache[i] != 0) {
                assertEquals(1, refs.count(file.cache[i]), "only the cache's reference is left, page " + i);
            }
        }
    }

    @Test
    void theWindowStopsAtTheRegionAndTheFilesEnd() {
        // region: pages 4..13 of the window; file: 9 pages and a bit, mapped from file page 1
        file = new CachedFile(refs, 12, 9 * PAGE + 100);
        as.mapFixedLocked(BASE + 4 * PAGE, 10 * PAGE, Vma.PROT_READ, false, file, PAGE, null);
        assertEquals(AddressSpace.FAULT_OK, as.faultLocked(BASE + 6 * PAGE, false, false));
        for (int i = 0; i < 16; i++) {
            // region page j = i - 4 holds file page j + 1, which exists up to file page 9
            boolean expected = i >= 4 && i < 14 && i - 4 + 1 <= 9;
            assertEquals(expected, mapped(i), "page " + i);
        }
        assertFalse(mapped(13), "file page 10 is past the end: left to a fault (SIGBUS)");
        assertEquals(AddressSpace.FAULT_SIGBUS, as.faultLocked(BASE + 13 * PAGE, false, false));
    }

    @Test
    void aWriteFaultMapsOnlyItsPage() {
        file = new CachedFile(refs, 16, 16 * PAGE);
        as.mapFixedLocked(BASE, 16 * PAGE, Vma.PROT_READ | Vma.PROT_WRITE, true, file, 0, null);
        assertEquals(AddressSpace.FAULT_OK, as.faultLocked(BASE + 8 * PAGE, true, false));
        for (int i = 0; i < 16; i++) {
            assertEquals(i == 8, mapped(i), "page " + i);
        }
        assertTrue((leaf(BASE + 8 * PAGE) & PageEntry.WRITABLE) != 0);
    }
}
