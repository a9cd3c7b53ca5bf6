/*
 * The GDT, TSS and IDT as built in simulated memory and loaded with lgdt/ltr/lidt.
 */
package exo.kernel.arch.x86_64.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Memory;
import exo.hw.Sim;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.MemoryMap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GdtIdtTest {
    FrameAllocator frames;

    @BeforeEach
    void setUp() {
        Sim.reset();
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x100000, MemoryMap.AVAILABLE);
        frames = new FrameAllocator(m);
    }

    @Test
    void selectorsFollowTheConventions() {
        assertEquals(0x08, Gdt.KERNEL_CODE);
        assertEquals(0x10, Gdt.KERNEL_DATA);
        assertEquals(0x1B, Gdt.USER_DATA);
        assertEquals(0x23, Gdt.USER_CODE);
        assertEquals(0x28, Gdt.TSS);
    }

    @Test
    void gdtHoldsTheDescriptorsAndTheTss() {
        Gdt gdt = Gdt.build(frames);
        assertEquals(0, gdt.entry(0));
        assertEquals(0x00AF9B000000FFFFL, gdt.entry(Gdt.KERNEL_CODE));
        assertEquals(0x00CF93000000FFFFL, gdt.entry(Gdt.KERNEL_DATA));
        assertEquals(0x00CFF3000000FFFFL, gdt.entry(Gdt.USER_DATA));
        assertEquals(0x00AFFB000000FFFFL, gdt.entry(Gdt.USER_CODE));
        long tss = gdt.tssAddress();
        assertEquals(Descriptors.tssLow(tss, 103), gdt.entry(Gdt.TSS));
        assertEquals(tss >>> 32, Memory.read64(gdt.baseAddress() + Gdt.TSS + 8));
        // GDTR: limit = 7 entries * 8 - 1, base = the table
        assertEquals(55, Memory.read16(gdt.gdtrAddress()));
        assertEquals(gdt.baseAddress(), Memory.read64(gdt.gdtrAddress() + 2));
        assertEquals(0, (gdt.gdtrAddress() + 2) % 8, "GDTR base field 8-byte aligned");
    }

    @Test
    void tssHasThreeDistinctAlignedStacks() {
        Gdt gdt = Gdt.build(frames);
        long tss = gdt.tssAddress();
        long rsp0 = Tss.rsp0(tss);
        long df = Tss.ist(tss, Gdt.IST_DOUBLE_FAULT);
        long nmi = Tss.ist(tss, Gdt.IST_NMI);
        for (long top : new long[] {rsp0, df, nmi}) {
            assertEquals(0, top % 16);
            assertTrue(top < 0, "stacks live in the kernel half");
        }
        assertNotEquals(df, nmi);
        assertTrue(Math.abs(df - nmi) >= Gdt.STACK_BYTES && Math.abs(df - rsp0) >= Gdt.STACK_BYTES);
        assertEquals(104, Memory.read16(tss + Tss.IO_MAP_BASE));
        assertEquals(0, Tss.ist(tss, 3));
    }

    @Test
    void installLoadsGdtSegmentsAndTaskRegister() {
        Gdt gdt = Gdt.build(frames);
        gdt.install();
        assertEquals(List.of(gdt.gdtrAddress()), Sim.calls("lgdt"));
        assertEquals(List.of((0x08L << 16) | 0x10), Sim.calls("reloadSegments"));
        assertEquals(List.of(0x28L), Sim.calls("ltr"));
    }

    @Test
    void idtGatesPointAtTheStubs() {
        long stubs = 0xFFFFFFFF80200000L;
        for (int v = 0; v < 256; v++) {
            Memory.write64(stubs + 8L * v, 0xFFFFFFFF80101000L + 16L * v);
        }
        Sim.defineSymbol("exo_trap_stubs", stubs);
        Idt idt = Idt.buildFromLinker(frames);
        for (int v = 0; v < 256; v++) {
            long low = idt.gateLow(v);
            assertEquals(0xFFFFFFFF80101000L + 16L * v, Descriptors.gateHandler(low, idt.gateHigh(v)));
            assertEquals(0x08, (low >>> 16) & 0xFFFF);
            assertEquals(0xE, (low >>> 40) & 0xF, "interrupt gate");
            assertEquals(1, (low >>> 47) & 1, "present");
            int dpl = (int) ((low >>> 45) & 3);
            int ist = (int) ((low >>> 32) & 7);
            assertEquals(v == 3 || v == 0x80 ? 3 : 0, dpl, "dpl of vector " + v);
            assertEquals(v == 8 ? 1 : v == 2 ? 2 : 0, ist, "ist of vector " + v);
        }
        // The double-fault gate, by hand: handler 0xffffffff80101080, IST1, 0x8E.
        assertEquals(0x80108E0100081080L, idt.gateLow(8));
        idt.install();
        assertEquals(List.of(idt.idtrAddress()), Sim.calls("lidt"));
        assertEquals(4095, Memory.read16(idt.idtrAddress()));
        assertEquals(idt.tableAddress(), Memory.read64(idt.idtrAddress() + 2));
    }
}
