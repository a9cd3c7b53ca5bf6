/*
 * The 16550 driver against a simulated UART: init sequence, loopback probe, CRLF, input.
 */
package exo.kernel.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Cpu;
import exo.hw.FakeUart;
import exo.hw.Sim;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Uart16550Test {
    @BeforeEach
    void reset() {
        Sim.reset();
    }

    @Test
    void initProgramsBaud8N1FifoAndPassesLoopback() {
        FakeUart fake = FakeUart.attachTo(0x3F8);
        Uart16550 u = new Uart16550(0x3F8);
        assertTrue(u.init(115200));
        assertEquals(1, fake.divisor());
        assertEquals(0x03, fake.register(3), "8N1, DLAB off");
        assertEquals(0x0F, fake.register(4), "DTR RTS OUT1 OUT2, loopback off");
        assertEquals(List.of(0x80, 0x03), Sim.portWrites(0x3FB));
        assertEquals(List.of(0xC7), Sim.portWrites(0x3FA));
        assertEquals("", fake.output(), "the loopback probe is not transmitted");
        Uart16550 slow = new Uart16550(0x3F8);
        slow.init(9600);
        assertEquals(12, fake.divisor());
    }

    @Test
    void missingChipMakesWritesNoOps() {
        Uart16550 u = new Uart16550(0x2F8);
        assertFalse(u.init(115200));
        Sim.clearPortWrites();
        u.writeByte('x');
        assertTrue(Sim.portWrites().isEmpty());
        assertEquals(-1, u.poll());
    }

    @Test
    void newlinesGoOutAsCrLf() {
        FakeUart fake = FakeUart.attachTo(0x3F8);
        Uart16550 u = new Uart16550(0x3F8);
        u.init(115200);
        byte[] text = "ok\nyes".getBytes();
        u.write(text, 0, text.length);
        assertEquals("ok\r\nyes", fake.output());
    }

    @Test
    void receivedBytesArriveThroughTheIrqHandler() {
        FakeUart fake = FakeUart.attachTo(0x3F8);
        Uart16550 u = new Uart16550(0x3F8);
        u.init(115200);
        u.enableReceiveInterrupts();
        assertEquals(0x01, fake.register(1));
        Cpu.sti();
        fake.inject("hé");
        assertEquals(-1, u.poll(), "with interrupts on only the IRQ reads the chip");
        u.handleIrq(4, 0);
        assertEquals('h', u.poll());
        assertEquals(0xC3, u.poll());
        assertEquals(0xA9, u.poll());
        assertEquals(-1, u.poll());
        Cpu.cli();
        fake.inject("z");
        assertEquals('z', u.poll(), "with interrupts off poll reads the chip");
    }

    @Test
    void aFullRingLeavesBytesInTheChipAndTurnsTheInterruptOffUntilPollMakesRoom() {
        FakeUart fake = FakeUart.attachTo(0x3F8);
        Uart16550 u = new Uart16550(0x3F8);
        u.init(115200);
        u.enableReceiveInterrupts();
        Cpu.sti();
        StringBuilder sent = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sent.append((char) ('a' + i % 26));
        }
        fake.inject(sent.toString());
        for (int i = 0; i < 6; i++) {
            u.handleIrq(4, 0);
        }
        assertEquals(0x00, fake.register(1), "ring full: receive interrupt off, the rest waits in the chip");
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < 128; i++) {
            got.append((char) u.poll());
        }
        assertEquals(0x01, fake.register(1), "half empty again: the interrupt is back");
        for (int i = 0; i < 4; i++) {
            u.handleIrq(4, 0);
        }
        for (int b = u.poll(); b >= 0; b = u.poll()) {
            got.append((char) b);
        }
        assertEquals(sent.toString(), got.toString(), "nothing dropped, nothing reordered");
        Cpu.cli();
    }
}
