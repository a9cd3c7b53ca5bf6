/*
 * The 16550 driver against a simulated UART: init sequence, loopback probe, CRLF, input, the
 * ring's back-pressure, and (FakeUartLine) a host that is sending while the driver sets up.
 */
package exo.kernel.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Cpu;
import exo.hw.FakeUart;
import exo.hw.FakeUartLine;
import exo.hw.Sim;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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

    /**
     * `printf 'hi\n...' | ./exo run -- od -c` lost the 'i' about once in twelve runs: the host
     * delivered it between init's drain of the chip and its FIFO switch, which empties the
     * receiver. Every arrival time of every byte, counted in the driver's port accesses, must
     * get all the bytes through, in order.
     */
    @Test
    void aHostSendingFromTheStartLosesNoByteWhateverTheArrivalTimes() {
        for (int delay = 0; delay <= 40; delay++) {
            assertEquals(PIPED, receiveThrough(u -> u.initReceiving(115200), delay), "sender delay " + delay);
        }
    }

    /**
     * The same line through init (FIFOs switched on, loopback probe), as COM1 is set up: an
     * arrival just after its drain is emptied by the FIFO switch (the run-tests failure: "hi"
     * came as "h"), one during the probe makes the chip look absent (all input lost).
     */
    @Test
    void initLosesWhatAHostAlreadySendingDeliversDuringTheSetUp() {
        Set<String> outcomes = new HashSet<>();
        for (int delay = 0; delay <= 40; delay++) {
            outcomes.add(receiveThrough(u -> u.init(115200), delay));
        }
        assertTrue(outcomes.contains("h" + PIPED.substring(2)), "the 'i' emptied by the FIFO switch");
        assertTrue(outcomes.contains("(chip not found)"), "a host byte read back as the loopback probe");
        assertTrue(outcomes.contains(PIPED), "other arrival times get through");
    }

    @Test
    void initReceivingTellsAMissingChipByTheScratchRegister() {
        Uart16550 u = new Uart16550(Uart16550.COM2);
        assertFalse(u.initReceiving(115200));
        assertEquals(-1, u.poll());
        FakeUartLine line = FakeUartLine.attachTo(Uart16550.COM2);
        assertTrue(new Uart16550(Uart16550.COM2).initReceiving(115200));
        assertEquals(1, line.divisor());
        assertEquals(0x03, line.register(3), "8N1, DLAB off");
        assertEquals(0x0F, line.register(4), "DTR RTS OUT1 OUT2, no loopback");
        assertFalse(line.fifoMode(), "the receiver is never switched (that would empty it)");
    }

    private static final String PIPED = "hi\n\u00ff\u0000\u0004\u0003\r\nend\u00ff\u0000";

    /**
     * The host sends PIPED (as Latin-1 bytes) from before the driver's setup, one byte per
     * `delay` port accesses once the chip can take it; the driver is set up by setup, takes
     * interrupts and its ring is read as InputPump does. Returns what came through.
     */
    private static String receiveThrough(Predicate<Uart16550> setup, int delay) {
        Sim.reset();
        FakeUartLine line = FakeUartLine.attachTo(Uart16550.COM2);
        line.send(PIPED.getBytes(StandardCharsets.ISO_8859_1), delay);
        Uart16550 u = new Uart16550(Uart16550.COM2);
        if (!setup.test(u)) {
            return "(chip not found)";
        }
        u.enableReceiveInterrupts();
        Cpu.sti();
        StringBuilder got = new StringBuilder();
        for (int step = 0; step < 10_000 && got.length() < PIPED.length(); step++) {
            line.tick();
            u.handleIrq(Uart16550.COM2_IRQ, 0);
            for (int b = u.poll(); b >= 0; b = u.poll()) {
                got.append((char) b);
            }
        }
        Cpu.cli();
        assertEquals(0, line.overruns(), "no byte written over another");
        return got.toString();
    }
}
