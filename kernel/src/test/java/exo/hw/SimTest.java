/*
 * The simulated machine behind the intrinsics: memory, ports, registers, recorded instructions.
 */
package exo.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimTest {
    @BeforeEach
    void reset() {
        Sim.reset();
    }

    @Test
    void memoryIsSparseLittleEndianAndZeroWhenUnwritten() {
        assertEquals(0, Memory.read64(0xFFFF800012345678L));
        assertEquals(0, Sim.pagesTouched());
        Memory.write64(0x1FFC, 0x0102030405060708L); // straddles two pages
        assertEquals(2, Sim.pagesTouched());
        assertEquals(0x08, Memory.read8(0x1FFC));
        assertEquals(0x0506, Memory.read16(0x1FFE) & 0xFFFF);
        assertEquals(0x01020304, Memory.read32(0x2000));
        assertEquals(0x0102030405060708L, Memory.read64(0x1FFC));
    }

    @Test
    void nonCanonicalAccessFaultsLikeTheCpu() {
        Sim.Fault f = assertThrows(Sim.Fault.class, () -> Memory.read8(0x0000800000000000L));
        assertEquals(13, f.vector);
    }

    @Test
    void portsGoToAttachedDevicesAndFloatHighOtherwise() {
        int[] last = new int[1];
        Sim.attach(0x100, 2, new Sim.PortDevice() {
            public int in(int port, int width) {
                return port == 0x101 ? 0x1234 : 0x77;
            }

            public void out(int port, int width, int value) {
                last[0] = value;
            }
        });
        assertEquals(0x34, Port.inb(0x101));
        assertEquals(0x1234, Port.inw(0x101));
        assertEquals(0xFF, Port.inb(0x200));
        assertEquals(0xFFFF, Port.inw(0x200));
        Port.outb(0x100, 0x1AB);
        assertEquals(0xAB, last[0]);
        assertEquals(List.of(0xAB), Sim.portWrites(0x100));
    }

    @Test
    void recordsDescriptorTableAndTlbInstructions() {
        Cpu.lgdt(0x1000);
        Cpu.lidt(0x2000);
        Cpu.ltr(0x28);
        Cpu.invlpg(0x4000);
        Cpu.invlpg(0x5000);
        assertEquals(List.of(0x1000L), Sim.calls("lgdt"));
        assertEquals(List.of(0x2000L), Sim.calls("lidt"));
        assertEquals(List.of(0x28L), Sim.calls("ltr"));
        assertEquals(List.of(0x4000L, 0x5000L), Sim.calls("invlpg"));
    }

    @Test
    void hltWithInterruptsOffStopsTheMachine() {
        Cpu.cli();
        assertThrows(Sim.Halted.class, Cpu::hlt);
        assertTrue(Sim.stopped());
        Port.outb(0x80, 1);
        assertTrue(Sim.portWrites().isEmpty(), "a stopped machine does nothing");
        Sim.reset();
        Cpu.sti();
        int[] wakeups = new int[1];
        Sim.onHlt(() -> wakeups[0]++);
        Cpu.hlt();
        assertEquals(1, wakeups[0]);
        assertTrue(Cpu.interruptsEnabled());
    }

    @Test
    void registersMsrsCpuidAndTsc() {
        Cpu.writeCr3(0x5000);
        assertEquals(0x5000, Cpu.readCr3());
        Cpu.wrmsr(0xC0000080, 0x500);
        assertEquals(0x500, Cpu.rdmsr(0xC0000080));
        Sim.setCpuid(1, 0, 1, 2, 3, 4);
        assertEquals(3, Cpu.cpuid(1, 0, 2));
        Sim.tscStep(10);
        long t0 = Cpu.rdtsc();
        assertEquals(t0 + 10, Cpu.rdtsc());
        Sim.defineSymbol("x", 42);
        assertEquals(42, Cpu.symbolAddress("x"));
        assertThrows(IllegalStateException.class, () -> Cpu.symbolAddress("missing"));
    }
}
