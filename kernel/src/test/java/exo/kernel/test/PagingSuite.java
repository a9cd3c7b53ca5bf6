/*
 * test=paging: edits the live kernel address space. One frame is mapped at two virtual
 * addresses in an unused kernel-half window (TEST_WINDOW, far above the direct map); a value
 * written through one mapping must read back through the other and through the direct map;
 * protect makes one mapping read-only; unmap makes translate fail while the other mapping stays.
 * Then the same with a 2 MiB page. The addresses are really accessed, so the CPU's page walk
 * and the invlpg calls are exercised, not just the table bookkeeping.
 */
package exo.kernel.test;

import exo.hw.Memory;
import exo.kernel.Kernel;
import exo.kernel.arch.x86_64.cpu.CpuFeatures;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;
import exo.kernel.mm.VirtAddr;

final class PagingSuite {
    private PagingSuite() {}

    /** A kernel-half region no one else uses (the direct map starts at 0xFFFF800000000000). */
    static final long TEST_WINDOW = 0xFFFFC00000000000L;

    static boolean run() {
        Check check = new Check();
        PageTable pt = Kernel.kernelSpace;
        check.that(pt.isLive(), "the kernel address space is the live one");
        small(check, pt, Kernel.frames);
        huge(check, pt, Kernel.frames);
        return check.passed();
    }

    private static long nx() {
        return CpuFeatures.nxEnabled() ? PageEntry.NX : 0;
    }

    private static void small(Check check, PageTable pt, FrameAllocator frames) {
        long v1 = TEST_WINDOW;
        long v2 = TEST_WINDOW + 0x200000 + 0x3000; // another page table
        check.that(pt.translate(VirtAddr.of(v1)).value() == -1 && pt.translate(VirtAddr.of(v2)).value() == -1, "test window is unmapped");
        long phys = frames.allocZeroed().value();
        pt.map(VirtAddr.of(v1), PhysAddr.of(phys), PageEntry.WRITABLE | nx());
        pt.map(VirtAddr.of(v2), PhysAddr.of(phys), PageEntry.WRITABLE | nx());
        check.that(pt.translate(VirtAddr.of(v1 + 0x123)).value() == phys + 0x123 && pt.translate(VirtAddr.of(v2)).value() == phys, "both addresses translate to the frame");
        Memory.write64(v1 + 8, 0x1122334455667788L);
        check.that(Memory.read64(v2 + 8) == 0x1122334455667788L, "write through one mapping reads back through the other");
        check.that(Memory.read64(PhysAddr.toVirt(phys) + 8) == 0x1122334455667788L, "and through the direct map");
        Memory.write32(v2 + 100, 0xCAFEBABE);
        check.that(Memory.read32(v1 + 100) == 0xCAFEBABE, "and the other way round");
        pt.protect(VirtAddr.of(v2), nx());
        check.that((pt.leafEntry(VirtAddr.of(v2)) & PageEntry.WRITABLE) == 0 && pt.translate(VirtAddr.of(v2)).value() == phys, "protect made one mapping read-only");
        check.that(Memory.read32(v2 + 100) == 0xCAFEBABE, "the read-only mapping is still readable");
        check.that(pt.unmap(VirtAddr.of(v1)).value() == phys, "unmap returns the frame");
        check.that(pt.translate(VirtAddr.of(v1)).value() == -1, "translate fails after unmap");
        check.that(pt.translate(VirtAddr.of(v2)).value() == phys, "the other mapping survives");
        pt.unmap(VirtAddr.of(v2)).value();
        frames.free(PhysAddr.of(phys));
    }

    private static void huge(Check check, PageTable pt, FrameAllocator frames) {
        long v = TEST_WINDOW + 0x40000000L; // 1 GiB further: a 2 MiB-aligned, unused slot
        long phys = frames.allocRun(512, 512).value();
        if (phys == PhysAddr.NONE_VALUE) {
            check.that(false, "2 MiB of aligned free memory for the huge page");
            return;
        }
        pt.map(VirtAddr.of(v), PhysAddr.of(phys), PageEntry.WRITABLE | PageEntry.HUGE | nx());
        check.that(pt.translate(VirtAddr.of(v + 0x1FF008)).value() == phys + 0x1FF008, "2 MiB page translates");
        Memory.write64(v + 0x1FF008, 0x0DDBA11L);
        check.that(Memory.read64(PhysAddr.toVirt(phys) + 0x1FF008) == 0x0DDBA11L, "2 MiB page write reads back through the direct map");
        check.that(pt.unmap(VirtAddr.of(v + 0x1000)).value() == phys && pt.translate(VirtAddr.of(v)).value() == -1, "2 MiB page unmapped");
        frames.freeRun(PhysAddr.of(phys), 512);
    }
}
