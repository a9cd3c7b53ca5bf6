/*
 * End-to-end boots of the kernel on the simulated machine.
 */
package exo.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.FakeCmos;
import exo.hw.FakePit;
import exo.hw.FakeUart;
import exo.hw.Memory;
import exo.hw.Sim;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.boot.MultibootImage;
import exo.kernel.console.Console;
import exo.kernel.console.Log;
import exo.kernel.cpu.PerCpu;
import exo.kernel.irq.Irqs;
import exo.kernel.sched.Scheduler;
import exo.kernel.test.TestKernel;
import exo.kernel.time.Clock;
import exo.kernel.time.Ticks;
import exo.kernel.trap.Panic;
import exo.kernel.trap.Traps;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole boots on the simulated machine: 32 MiB of RAM, a UART, a PIT for calibration, a CMOS
 * clock and a keyboard port. Interrupts are delivered from the hlt hook by calling the trap
 * dispatcher with a frame, as the assembly stub would.
 */
class BootTest {
    static final long INFO = 0x10000;
    static final long FRAME = 0xFFFF800000008000L;
    static final long TSC_HZ = 1_000_000_000L;
    FakeUart serial;
    int scancode;

    @BeforeEach
    void machine() {
        Sim.reset();
        resetKernelState();
        serial = FakeUart.attachTo(0x3F8);
        FakePit.attach(TSC_HZ, 1000);
        FakeCmos.attach().set(0x00, 0x05).set(0x02, 0x04).set(0x04, 0x03).set(0x07, 0x02)
                .set(0x08, 0x01).set(0x09, 0x25).set(0x32, 0x20).set(0x0B, 0x02);
        Sim.attach(0x60, 1, new Sim.PortDevice() {
            public int in(int port, int width) {
                return scancode;
            }

            public void out(int port, int width, int value) {}
        });
        Sim.attach(0x64, 1, new Sim.PortDevice() {
            public int in(int port, int width) {
                return 0;
            }

            public void out(int port, int width, int value) {}
        });
        Sim.defineSymbol("__kernel_start", 0xFFFFFFFF80100000L);
        Sim.defineSymbol("__text_end", 0xFFFFFFFF80200000L);
        Sim.defineSymbol("__kernel_end", 0xFFFFFFFF80400000L);
        Sim.defineSymbol("exo_heap_start", 0xFFFFFFFF80200000L);
        Sim.defineSymbol("exo_heap_end", 0xFFFFFFFF80400000L);
        long stubs = 0xFFFFFFFF80180000L;
        for (int v = 0; v < 256; v++) {
            Memory.write64(stubs + 8L * v, 0xFFFFFFFF80101000L + 16L * v);
        }
        Sim.defineSymbol("exo_trap_stubs", stubs);
        Sim.defineSymbol("boot_stack_bottom", 0xFFFFFFFF80190000L);
        Sim.defineSymbol("boot_stack_top", 0xFFFFFFFF801A0000L);
        Sim.defineSymbol("exo_thread_trampoline", 0xFFFFFFFF80102000L);
        Sim.defineSymbol("exo_syscall_entry", 0xFFFFFFFF80103000L);
        Sim.setCr(3, 0x1000);
    }

    @AfterEach
    void resetKernelState() {
        Console.reset();
        Panic.reset();
        Irqs.reset();
        Ticks.reset();
        Traps.reset();
        Clock.reset();
        Scheduler.reset();
        PerCpu.reset();
        Log.setLevel(Log.INFO);
    }

    void bootWith(String cmdline) {
        new MultibootImage().cmdline(cmdline).loaderName("test")
                .mmap(0, 0x9FC00, 1, 0x9FC00, 0x60400, 2, 0x100000, 0x1F00000, 1)
                .end().writeTo(INFO);
        assertThrows(Sim.Halted.class, () -> TestKernel.main(INFO));
    }

    void deliver(int vector) {
        Memory.write64(FRAME + TrapFrame.VECTOR, vector);
        Traps.dispatch(FRAME);
    }

    @Test
    void framesTestPasses() {
        bootWith("test=frames log=debug");
        String out = serial.output();
        assertTrue(out.startsWith("== Exo-OS " + Kernel.VERSION), out);
        assertTrue(out.contains("memory: 31 MiB usable"), out);
        assertTrue(out.contains("TSC 1000.0"), out);
        assertTrue(out.contains("RTC date 2025-01-02 03:04:05 UTC"), out);
        assertTrue(out.contains("Exo-OS ready: booted in "), out);
        assertTrue(out.contains("test frames: PASS"), out);
        assertEquals(List.of(0x10), Sim.portWrites(0xF4));
        assertEquals(1, Sim.calls("lgdt").size());
        assertEquals(1, Sim.calls("lidt").size());
        assertEquals(List.of(0x28L), Sim.calls("ltr"));
    }

    @Test
    void timerTestPassesWithSimulatedTicks() {
        Sim.onHlt(() -> {
            Sim.advanceTsc(10_000_150L); // one PIT period at 1 GHz
            deliver(32);
        });
        bootWith("test=timer");
        assertTrue(serial.output().contains("test timer: PASS"), serial.output());
    }

    @Test
    void keyboardTestEchoesTypedKeys() {
        int[] script = {0x23, 0xA3, 0x10, 0x90, 0x02, 0x82}; // AZERTY: h a & (press, release)
        int[] next = {0};
        Sim.onHlt(() -> {
            scancode = script[next[0]++ % script.length];
            deliver(33);
        });
        bootWith("kbd=fr test=keyboard count=3");
        String out = serial.output();
        assertTrue(out.contains("key 0x68 'h'\r\nkey 0x61 'a'\r\nkey 0x26 '&'\r\ntyped: ha&\r\n"), out);
        assertTrue(out.contains("test keyboard: PASS"), out);
    }

    @Test
    void gcTestRunsItsChecks() {
        bootWith("test=gc");
        String out = serial.output();
        assertTrue(out.contains("heap 2 MiB, allocating 256 MiB of garbage"), out);
        assertTrue(out.contains("ok: live linked chain intact"), out);
        assertTrue(out.contains("test gc: PASS"), out);
    }

    @Test
    void unknownTestFails() {
        bootWith("test=nonsense");
        assertTrue(serial.output().contains("FAIL: unknown test nonsense"));
        assertEquals(List.of(0x11), Sim.portWrites(0xF4));
    }

    @Test
    void idleLoopEchoesSerialInput() {
        // Switch 1: main blocks for input and idle runs; bytes arrive on the serial line and
        // their interrupt wakes main, which preempts idle (switch 2, back into main). Switch 3:
        // main blocks again once it has echoed everything, and the test is over.
        int[] switches = {0};
        Sim.onSwitch(() -> {
            switches[0]++;
            if (switches[0] == 1) {
                serial.inject("\u0014hi\r"); // Ctrl+T first: the thread table
                deliver(36);
            } else if (switches[0] == 3) {
                Sim.powerOff("input echoed");
            }
        });
        bootWith("");
        String out = serial.output();
        assertTrue(out.contains("input is echoed (Ctrl+T: threads).\r\nthreads: 2 of " + exo.kernel.sched.Threads.MAX_THREADS + ", quantum 10 ms"), out);
        assertTrue(out.contains(" idle "), out);
        assertTrue(out.contains("\r\nhi\r\n"), out);
    }

    @Test
    void garbageBootInfoPanicsWithTheParserMessage() {
        Memory.write32(0xFFFF800000000000L + INFO, 3);
        assertThrows(Sim.Halted.class, () -> Boot.main(INFO));
        assertTrue(serial.output().contains("*** KERNEL PANIC: multiboot2: total size 3 is outside"), serial.output());
    }
}
