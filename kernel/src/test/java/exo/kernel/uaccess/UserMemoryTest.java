/*
 * User copies over simulated memory, both ways they run: through the (simulated) MMU when the
 * address space is the live one (CR3), with faults resolved by UserCopyFaults as the kernel's
 * page-fault hook does, and by the table walk under the lock otherwise. Demand paging inside a
 * copy, copy-on-write after fork, partial copies up to the first bad byte, read-only and
 * PROT_NONE pages, kernel addresses and ranges that cross the user limit.
 */
package exo.kernel.uaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.hw.Sim;
import exo.hw.SimMmu;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.FrameRefs;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;
import exo.kernel.mm.VirtAddr;
import exo.kernel.vm.AddressSpace;
import exo.kernel.vm.Vma;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserMemoryTest {
    static final long PAGE = PhysAddr.PAGE_SIZE;
    static final int RW = Vma.PROT_READ | Vma.PROT_WRITE;
    static final long BASE = 0x100000;
    /** A kernel buffer: kernel-half addresses are used as they are by the simulated MMU. */
    static final long KBUF = 0xFFFF_9000_0000_0000L;

    FrameAllocator frames;
    PageTable kernel;
    AddressSpace as;

    @BeforeEach
    void setUp() {
        Sim.reset();
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x800000, MemoryMap.AVAILABLE);
        frames = new FrameAllocator(m);
        kernel = PageTable.create(frames);
        as = AddressSpace.create(kernel, FrameRefs.create(frames));
    }

    /** Makes space live (CR3) and installs an MMU that walks the live tables, as the CPU would. */
    void goLive(AddressSpace space) {
        Cpu.writeCr3(space.rootPhys());
        SimMmu.install((vaddr, write) -> translate(space, vaddr, write), (vaddr, write) -> UserCopyFaults.resolve(space, vaddr, write));
    }

    /** A supervisor access with CR0.WP: present is enough to read, writable needed to write. */
    static long translate(AddressSpace space, long vaddr, boolean write) {
        if (vaddr < 0) {
            return vaddr;
        }
        long e = space.pageTable().leafEntry(VirtAddr.of(vaddr));
        if (!PageEntry.isPresent(e) || write && (e & PageEntry.WRITABLE) == 0) {
            return -1;
        }
        return PhysAddr.toVirt(PageEntry.address(e) + (vaddr & (PAGE - 1)));
    }

    void kernelBytes(int n, int first) {
        for (int i = 0; i < n; i++) {
            Memory.write8(KBUF + i, (byte) (first + i));
        }
    }

    int userByte(AddressSpace space, long addr) {
        return Memory.read8(PhysAddr.toVirt(space.userPageLocked(addr, false))) & 0xFF;
    }

    @Test
    void copyOutThroughTheMmuPagesInOnDemand() {
        as.mapFixedLocked(BASE, 2 * PAGE, RW, false, null, 0, null);
        goLive(as);
        kernelBytes(100, 1);
        long at = BASE + PAGE - 50;   // across the two pages, neither there yet
        assertEquals(100, UserMemory.copyOut(as, at, KBUF, 100));
        assertEquals(2, SimMmu.faults());
        assertEquals(1, userByte(as, at));
        assertEquals(100, userByte(as, at + 99));
        byte[] back = new byte[100];
        assertEquals(100, UserMemory.copyInArray(as, at, back, 0, 100));
        assertEquals(51, back[50]);
    }

    @Test
    void copyStopsAtTheFirstBadByte() {
        as.mapFixedLocked(BASE, PAGE, RW, false, null, 0, null);
        goLive(as);
        byte[] b = new byte[64];
        assertEquals(10, UserMemory.copyInArray(as, BASE + PAGE - 10, b, 0, 64));
        assertEquals(10, UserMemory.copyOutArray(as, BASE + PAGE - 10, b, 0, 64));
        assertEquals(10, UserMemory.zero(as, BASE + PAGE - 10, 64));
        assertEquals(0, UserMemory.copyIn(as, BASE + PAGE, KBUF, 1));
    }

    @Test
    void readOnlyPagesRefuseCopyOutButNotCopyIn() {
        as.mapFixedLocked(BASE, PAGE, Vma.PROT_READ, false, null, 0, null);
        goLive(as);
        assertEquals(0, UserMemory.copyOut(as, BASE, KBUF, 8));
        assertEquals(8, UserMemory.copyIn(as, BASE, KBUF, 8));
    }

    @Test
    void copyOutAfterForkCopiesOnWrite() {
        as.mapFixedLocked(BASE, PAGE, RW, false, null, 0, null);
        goLive(as);
        kernelBytes(4, 7);
        assertEquals(4, UserMemory.copyOut(as, BASE, KBUF, 4));
        AddressSpace child = as.forkCopy(kernel);
        goLive(child);
        kernelBytes(4, 40);
        assertEquals(4, UserMemory.copyOut(child, BASE, KBUF, 4));
        assertEquals(40, userByte(child, BASE));
        assertEquals(7, userByte(as, BASE));   // the parent's frame is untouched
        assertNotEquals(as.pageTable().translate(VirtAddr.of(BASE)).value(), child.pageTable().translate(VirtAddr.of(BASE)).value());
    }

    @Test
    void kernelAddressesAndRangesPastTheUserLimitFailWithoutAFault() {
        goLive(as);
        assertEquals(0, UserMemory.copyIn(as, KBUF, KBUF + 4096, 8));
        assertEquals(0, UserMemory.copyOut(as, AddressSpace.USER_TOP - 4, KBUF, 8));
        assertEquals(0, UserMemory.copyOut(as, -8, KBUF, 8));
        assertEquals(0, UserMemory.zero(as, BASE, Long.MAX_VALUE));
        assertEquals(0, SimMmu.faults());
    }

    @Test
    void aPresentProtNonePageIsNotCopiedThroughTheMmu() {
        as.mapFixedLocked(BASE, PAGE, RW, false, null, 0, null);
        goLive(as);
        assertEquals(4, UserMemory.copyOut(as, BASE, KBUF, 4));
        as.protectLocked(BASE, PAGE, 0);   // present, without USER: the MMU would let the kernel in
        assertEquals(0, UserMemory.copyIn(as, BASE, KBUF, 4));
        assertEquals(0, SimMmu.faults() - 1);   // the walk refused it: no new fault
    }

    @Test
    void copiesGoBackToTheMmuOnceNoProtNoneRegionIsLeft() {
        as.mapFixedLocked(BASE, 3 * PAGE, RW, false, null, 0, null);
        goLive(as);
        assertEquals(4, UserMemory.copyOut(as, BASE + PAGE, KBUF, 4));
        assertEquals(4, UserMemory.copyOut(as, BASE + 2 * PAGE, KBUF, 4));
        as.protectLocked(BASE + PAGE, PAGE, 0);
        as.protectLocked(BASE + 2 * PAGE, PAGE, 0);
        assertFalse(as.mmuCopyOk());
        as.protectLocked(BASE + PAGE, PAGE, RW);
        assertFalse(as.mmuCopyOk(), "one PROT_NONE region is still there");
        assertEquals(0, UserMemory.copyIn(as, BASE + 2 * PAGE, KBUF, 4), "and still refused");
        as.unmapLocked(BASE + 2 * PAGE, PAGE);
        assertTrue(as.mmuCopyOk(), "unmapped: the copies use the MMU again");
        long faults = SimMmu.faults();
        assertEquals(4, UserMemory.copyIn(as, BASE + PAGE, KBUF, 4));
        assertEquals(faults, SimMmu.faults(), "the page is present and user-accessible again");
        as.protectLocked(BASE, PAGE, 0);
        assertFalse(as.mmuCopyOk());
        as.protectLocked(BASE, PAGE, Vma.PROT_READ);
        assertTrue(as.mmuCopyOk(), "reprotected: the MMU again");
    }

    @Test
    void anotherAddressSpaceIsCopiedByTheWalk() {
        as.mapFixedLocked(BASE, PAGE, RW, false, null, 0, null);
        AddressSpace other = AddressSpace.create(kernel, FrameRefs.create(frames));
        goLive(other);
        kernelBytes(3, 9);
        assertEquals(3, UserMemory.copyOut(as, BASE + 5, KBUF, 3));
        assertEquals(0, SimMmu.faults());
        assertEquals(11, userByte(as, BASE + 7));
        assertEquals(0, UserMemory.copyOut(as, BASE + PAGE, KBUF, 3));
    }

    @Test
    void theFaultHookRefusesAnAddressSpaceThatIsNotLive() {
        as.mapFixedLocked(BASE, PAGE, RW, false, null, 0, null);
        assertEquals(false, UserCopyFaults.resolve(as, BASE, true));
        Cpu.writeCr3(as.rootPhys());
        assertEquals(true, UserCopyFaults.resolve(as, BASE, true));
        assertEquals(false, UserCopyFaults.resolve(as, BASE + PAGE, false));
        assertEquals(false, UserCopyFaults.resolve(as, KBUF, false));
    }
}
