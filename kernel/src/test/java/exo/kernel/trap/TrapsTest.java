/*
 * The trap dispatcher: IRQ routing with EOIs, spurious IRQs, panic reports, test-mode exits.
 */
package exo.kernel.trap;

import exo.hw.FakeUart;
import exo.hw.Memory;
import exo.hw.Sim;
import exo.hw.SimCode;
import exo.kernel.arch.x86_64.pc.Pic8259;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.console.Console;
import exo.kernel.dev.Uart16550;
import exo.kernel.irq.Irqs;
import exo.kernel.time.Ticks;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrapsTest {
    static final long FRAME = 0xFFFF800000090000L;
    FakeUart serial;
    int masterIsr = 0x80;

    @BeforeEach
    void setUp() {
        Sim.reset();
        Sim.defineSymbol("boot_stack_top", 0xFFFFFFFF80201000L);   // above the frames' rsp
        Panic.reset();
        Irqs.reset();
        Ticks.reset();
        Traps.reset();
        serial = FakeUart.attachTo(0x3F8);
        Uart16550 u = new Uart16550(0x3F8);
        u.init(115200);
        Console.attachSerial(u);
        Sim.attach(0x20, 1, new Sim.PortDevice() {
            public int in(int port, int width) {
                return masterIsr;
            }

            public void out(int port, int width, int value) {}
        });
        Pic8259.remap();
        Sim.clearPortWrites();
    }

    @AfterEach
    void tearDown() {
        Console.reset();
        Panic.reset();
        Irqs.reset();
    }

    /** A frame with every register set to a recognisable value: rax = 0xA0...01, rbx = ...02, ... */
    static long frame(int vector, long errorCode) {
        for (int i = 0; i < TrapFrame.Gprs.OFFSETS.length; i++) {
            Memory.write64(FRAME + TrapFrame.Gprs.OFFSETS[i], 0xA000000000000000L + i + 1);
        }
        Memory.write64(FRAME + TrapFrame.VECTOR, vector);
        Memory.write64(FRAME + TrapFrame.ERROR_CODE, errorCode);
        Memory.write64(FRAME + TrapFrame.RIP, 0xFFFFFFFF80104242L);
        Memory.write64(FRAME + TrapFrame.CS, 0x08);
        Memory.write64(FRAME + TrapFrame.RFLAGS, 0x202);
        Memory.write64(FRAME + TrapFrame.RSP, 0xFFFFFFFF80200000L);
        Memory.write64(FRAME + TrapFrame.SS, 0x10);
        return FRAME;
    }

    @Test
    void timerIrqCountsTicksAndSendsEoi() {
        Irqs.register(Timer.IRQ, new Timer());
        Sim.clearPortWrites();
        Traps.dispatch(frame(32, 0));
        Traps.dispatch(frame(32, 0));
        assertEquals(2, Ticks.now());
        assertEquals(2, Irqs.count(0));
        assertEquals(List.of(0x20, 0x20), Sim.portWrites(0x20));
    }

    @Test
    void slaveIrqsGetBothEois() {
        int[] seen = {-1};
        Irqs.register(12, (irq, f) -> seen[0] = irq);
        Sim.clearPortWrites();
        Traps.dispatch(frame(44, 0));
        assertEquals(12, seen[0]);
        assertEquals(List.of(0x20), Sim.portWrites(0xA0));
        assertEquals(List.of(0x20), Sim.portWrites(0x20));
    }

    @Test
    void unregisteredIrqIsCountedAndAcknowledged() {
        Traps.dispatch(frame(37, 0));
        assertEquals(1, Irqs.unhandledCount());
        assertEquals(List.of(0x20), Sim.portWrites(0x20));
    }

    @Test
    void spuriousIrq7GetsNoHandlerAndNoEoi() {
        int[] calls = {0};
        Irqs.register(7, (irq, f) -> calls[0]++);
        Sim.clearPortWrites();
        masterIsr = 0;
        Traps.dispatch(frame(39, 0));
        assertEquals(0, calls[0]);
        assertEquals(List.of(0x0B), Sim.portWrites(0x20), "only the ISR read command");
        masterIsr = 0x80;
        Traps.dispatch(frame(39, 0));
        assertEquals(1, calls[0]);
    }

    @Test
    void unexpectedVectorsAreCountedAndLogged() {
        Traps.dispatch(frame(0x90, 0));
        assertEquals(1, Traps.unexpectedCount());
        assertTrue(serial.output().contains("unexpected interrupt vector 144"), serial.output());
    }

    @Test
    void pageFaultPanicReportsEverything() {
        Sim.setCr(2, 0xFFFFC0000DEAD000L);
        int map = SimCode.defineMethod(0xFFFFFFFF80104000L, 0xFFFFFFFF80105000L, "exo.kernel.mm.PageTable", "map", "PageTable.java");
        SimCode.defineLine(0xFFFFFFFF80104200L, map, 77);
        assertThrows(Sim.Halted.class, () -> Traps.dispatch(frame(14, 2)));
        String out = serial.output();
        assertTrue(out.contains("*** KERNEL PANIC: #PF Page Fault (vector 14) ***"), out);
        assertTrue(out.contains("error code 0x2 (in kernel mode)"), out);
        assertTrue(out.contains("rip 0xffffffff80104242  cs 0x0008  rflags 0x00000202"), out);
        assertTrue(out.contains("rsp 0xffffffff80200000  ss 0x0010"), out);
        assertTrue(out.contains("cr2 0xffffc0000dead000: write of a not-present page in kernel mode: kernel bug"), out);
        assertTrue(out.contains("rax 0xa000000000000001  rbx 0xa000000000000002"), out);
        assertTrue(out.contains(" r8 0xa000000000000008"), out);
        assertTrue(out.contains("r15 0xa00000000000000f"), out);
        // The faulting method and line first (the frame's rip), no frame of the panic itself.
        assertTrue(out.contains("Java stack:\r\n\tat exo.kernel.mm.PageTable.map(PageTable.java:77)\r\n"), out);
        assertTrue(out.endsWith("System halted.\r\n"), out);
        assertTrue(!Sim.interruptsEnabled());
    }

    @Test
    void everyExceptionVectorIsNamed() {
        assertEquals("#DE Divide Error", Exceptions.describe(0));
        assertEquals("#GP General Protection", Exceptions.describe(13));
        assertEquals("#DF Double Fault", Exceptions.describe(8));
        assertEquals("#XM SIMD Floating-Point Exception", Exceptions.describe(19));
        assertEquals("#SX Security Exception", Exceptions.describe(30));
        for (int v = 0; v < 32; v++) {
            assertTrue(Exceptions.describe(v).length() > 4);
        }
    }

    @Test
    void expectedTrapInTestModeExitsWithPass() {
        Panic.setTestMode(true);
        Panic.expectTrap(13);
        assertThrows(Sim.Halted.class, () -> Traps.dispatch(frame(13, 0)));
        assertEquals(List.of(0x10), Sim.portWrites(0xF4));
        assertTrue(serial.output().contains("#GP was expected by the test"));
    }

    @Test
    void unexpectedTrapInTestModeExitsWithFail() {
        Panic.setTestMode(true);
        Panic.expectTrap(13);
        assertThrows(Sim.Halted.class, () -> Traps.dispatch(frame(0, 0)));
        assertEquals(List.of(0x11), Sim.portWrites(0xF4));
    }

    @Test
    void faultDuringPanicStopsAtOnce() {
        // The UART's status register faults (a nested #PF) once the report has started.
        Sim.PortDevice uart = serial;
        boolean[] faulted = {false};
        Sim.attach(0x3FD, 1, new Sim.PortDevice() {
            public int in(int port, int width) {
                if (!faulted[0] && serial.output().contains("KERNEL PANIC")) {
                    faulted[0] = true;
                    Traps.dispatch(frame(14, 0));
                }
                return uart.in(port, width);
            }

            public void out(int port, int width, int value) {
                uart.out(port, width, value);
            }
        });
        assertThrows(Sim.Halted.class, () -> Traps.dispatch(frame(6, 0)));
        String out = serial.output();
        assertTrue(out.contains("*** nested #PF Page Fault at rip 0xffffffff80104242 during panic ***"), out);
        assertTrue(!out.contains("Java stack:"), "the first report stops too: " + out);
    }

    @Test
    void exceptionInAnIrqHandlerPanics() {
        Irqs.register(3, (irq, f) -> {
            throw new IllegalStateException("driver bug");
        });
        assertThrows(Sim.Halted.class, () -> Traps.dispatch(frame(35, 0)));
        assertTrue(serial.output().contains("*** KERNEL PANIC: exception in the handler of IRQ 3 ***"), serial.output());
    }
}
