/*
 * Driver for a 16550 UART (the PC's COM ports; National Semiconductor PC16550D datasheet),
 * used on COM1 as the kernel's main console. init programs 115200 baud 8N1 (divisor 1 from the
 * 115200 Hz base clock), enables and clears the FIFOs, and checks that the chip exists with a
 * loopback round trip; a missing UART turns the driver into a no-op instead of a hang. Output
 * is polled (wait for "transmit holding register empty", bounded so a wedged chip cannot stop
 * the kernel); "\n" goes out as "\r\n" for terminals. Input is interrupt driven: IRQ4 drains
 * the receive FIFO into a 256-entry ring that poll() reads. A line that may be receiving
 * already (COM2 in run= boots) is set up with initReceiving instead, which loses at most the
 * first byte the sender sent.
 */
package exo.kernel.dev;

import exo.hw.Cpu;
import exo.hw.Port;
import exo.kernel.sync.WaitQueue;
import exo.kernel.irq.IrqHandler;

public final class Uart16550 implements IrqHandler {
    public static final int COM1 = 0x3F8;
    public static final int COM2 = 0x2F8;
    public static final int COM1_IRQ = 4;
    public static final int COM2_IRQ = 3;
    public static final int BASE_CLOCK_HZ = 115200;

    // Register offsets from the base port.
    public static final int DATA = 0;          // RBR/THR; divisor low with DLAB
    public static final int IER = 1;           // interrupt enable; divisor high with DLAB
    public static final int FCR = 2;           // FIFO control (write)
    public static final int LCR = 3;
    public static final int MCR = 4;
    public static final int LSR = 5;
    public static final int SCR = 7;           // scratch: no effect on the chip

    public static final int LCR_DLAB = 0x80;
    public static final int LCR_8N1 = 0x03;
    /** Enable FIFOs, clear both, interrupt at 14 received bytes. */
    public static final int FCR_ENABLE_CLEAR_14 = 0xC7;
    /** Enable FIFOs without clearing them (a change of the enable bit clears them anyway). */
    public static final int FCR_ENABLE_14 = 0xC1;
    /** DTR, RTS, OUT1 and OUT2 (OUT2 connects the chip's interrupt to the PIC on PCs). */
    public static final int MCR_NORMAL = 0x0F;
    public static final int MCR_LOOPBACK = 0x1E;
    public static final int IER_RECEIVED_DATA = 0x01;
    public static final int LSR_DATA_READY = 0x01;
    public static final int LSR_THR_EMPTY = 0x20;

    private static final int LOOPBACK_PROBE = 0xAE;
    private static final int SCRATCH_PROBE = 0x5A;
    private static final int SPIN_LIMIT = 100_000;

    private final int base;
    private final RingBuffer input = new RingBuffer(256);
    private WaitQueue readers;
    private boolean present;
    /** The ring filled up and the receive interrupt is off until poll() empties it by half. */
    private boolean receiveThrottled;
    private boolean receiveInterrupts;

    public Uart16550(int base) {
        this.base = base;
    }

    /** Programs baud rate, 8N1 and FIFOs; returns whether the chip answered the loopback test. */
    public boolean init(int baud) {
        int divisor = BASE_CLOCK_HZ / baud;
        keepReceived();
        Port.outb(base + IER, 0);
        Port.outb(base + LCR, LCR_DLAB);
        Port.outb(base + DATA, divisor & 0xFF);
        Port.outb(base + IER, (divisor >> 8) & 0xFF);
        Port.outb(base + LCR, LCR_8N1);
        Port.outb(base + FCR, FCR_ENABLE_CLEAR_14);
        Port.outb(base + MCR, MCR_LOOPBACK);
        Port.outb(base + DATA, LOOPBACK_PROBE);
        present = Port.inb(base + DATA) == LOOPBACK_PROBE;
        Port.outb(base + MCR, MCR_NORMAL);
        return present;
    }

    /**
     * Like init, for a line whose far end may already be sending: COM2 in run= boots, where
     * tools/boot/run pipes the host's input from QEMU's start. init would destroy bytes anywhere
     * in that stream: switching the FIFOs on empties the receiver (PC16550D: changing FCR0
     * clears both FIFOs), a byte can arrive between keepReceived's drain and that switch (a
     * sender delivers between any two port accesses), and the loopback probe is received
     * among the host's bytes. So this reads nothing before the switch: after reset the chip is
     * in 16450 mode, holding at most one byte (QEMU's chardev offers the next only once it is
     * read), so the switch loses at most the stream's first byte, which the sender's protocol
     * allows for (PipedInput's start mark). FIFOs the firmware left on are not cleared. The
     * scratch register, which an absent chip reads as 0xFF, tells that the chip is there.
     */
    public boolean initReceiving(int baud) {
        int divisor = BASE_CLOCK_HZ / baud;
        Port.outb(base + IER, 0);
        Port.outb(base + LCR, LCR_DLAB);
        Port.outb(base + DATA, divisor & 0xFF);
        Port.outb(base + IER, (divisor >> 8) & 0xFF);
        Port.outb(base + LCR, LCR_8N1);
        Port.outb(base + FCR, FCR_ENABLE_14);
        present = scratchHolds(SCRATCH_PROBE) && scratchHolds(~SCRATCH_PROBE & 0xFF);
        Port.outb(base + MCR, MCR_NORMAL);
        return present;
    }

    private boolean scratchHolds(int value) {
        Port.outb(base + SCR, value);
        return Port.inb(base + SCR) == value;
    }

    /**
     * Bytes that arrived before init (a host that sends at once: `echo hi | ./exo run -- cat`
     * through COM2) would be lost when init clears the FIFOs: they go to the input ring first.
     * An absent chip reads 0xFF everywhere and gives nothing.
     */
    private void keepReceived() {
        for (int i = 0; i < 16; i++) {
            int lsr = Port.inb(base + LSR);
            if (lsr == 0xFF || (lsr & LSR_DATA_READY) == 0) {
                return;
            }
            input.put(Port.inb(base + DATA));
        }
    }

    public boolean isPresent() {
        return present;
    }

    /** Lets the UART raise its IRQ when a byte arrives (register the handler first). */
    public void enableReceiveInterrupts() {
        if (present) {
            Port.outb(base + IER, IER_RECEIVED_DATA);
            receiveInterrupts = true;
        }
    }

    public void writeByte(int b) {
        if (!present) {
            return;
        }
        if (b == '\n') {
            transmit('\r');
        }
        transmit(b);
    }

    public void write(byte[] bytes, int off, int len) {
        for (int i = off; i < off + len; i++) {
            writeByte(bytes[i] & 0xFF);
        }
    }

    private void transmit(int b) {
        writePolled(base, b);
    }

    /** Sends bytes exactly as given (no CR before LF): a program's output, byte for byte. */
    public void writeRaw(byte[] bytes, int off, int len) {
        if (!present) {
            return;
        }
        for (int i = off; i < off + len; i++) {
            transmit(bytes[i] & 0xFF);
        }
    }

    /** Sends one byte on the UART at base, waiting (bounded) for room; no object needed. */
    public static void writePolled(int base, int b) {
        for (int i = 0; i < SPIN_LIMIT && (Port.inb(base + LSR) & LSR_THR_EMPTY) == 0; i++) {
            // Wait for room; at 115200 baud a byte leaves every 87 us.
        }
        Port.outb(base + DATA, b);
    }

    /** IRQ4: move every received byte into the input ring. */
    @Override
    public void handleIrq(int irq, long frame) {
        drainReceiver();
    }

    private void drainReceiver() {
        int n = 0;
        for (; n < 64 && (Port.inb(base + LSR) & LSR_DATA_READY) != 0; n++) {
            if (input.size() == input.capacity()) {
                // The ring is full: what is left stays in the chip's FIFO, and the sender waits
                // (QEMU's chardev holds its bytes) until poll() has made room and turns the
                // receive interrupt back on. Reading on would drop bytes.
                if (receiveInterrupts) {
                    Port.outb(base + IER, 0);
                    receiveThrottled = true;
                }
                break;
            }
            input.put(Port.inb(base + DATA));
        }
        if (n > 0 && readers != null) {
            readers.wakeAll();
        }
    }

    /** Wakes the readers' queue (a consumer made room for more input). */
    public void wakeReaders() {
        WaitQueue q = readers;
        if (q != null) {
            q.wakeAll();
        }
    }

    /** Threads waiting for input sleep on q; received bytes wake them (from the IRQ). */
    public void setReaders(WaitQueue q) {
        readers = q;
    }

    /** Is a received byte waiting? Call with interrupts off before sleeping on the readers' queue. */
    public boolean hasInput() {
        return !input.isEmpty();
    }

    /**
     * The next received byte, or -1. With interrupts off it reads the chip itself; with them on
     * only the IRQ handler does, so the ring keeps a single producer.
     */
    public int poll() {
        if (!present) {
            return -1;
        }
        if (input.isEmpty() && !Cpu.interruptsEnabled()) {
            drainReceiver();
        }
        int b = input.take();
        if (receiveThrottled && input.size() <= input.capacity() / 2) {
            receiveThrottled = false;
            Port.outb(base + IER, IER_RECEIVED_DATA);   // raises the interrupt again if data waits
        }
        return b;
    }
}
