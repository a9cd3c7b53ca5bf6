/*
 * A simulated 16550 receiver with a sender already talking on its line, as QEMU's serial port
 * fed by a chardev (`-serial stdio` with the host's input piped): for host tests of what a
 * driver does to bytes that arrive while it programs the chip. What it models, as the PC16550D
 * datasheet and QEMU do:
 * - 16450 mode (FIFOs off, the state after reset): one receive buffer register; the sender is
 *   held while it is full (QEMU's chardev offers no byte while LSR's data-ready bit is set).
 * - FIFO mode: a 16-byte receive FIFO, the sender held while it is full.
 * - Writing FCR with the FIFO-enable bit changed, or with the receive-clear bit, empties the
 *   receiver: what was waiting there is gone.
 * - Loopback (MCR bit 4): a byte written to THR is received, into the same receiver the line
 *   feeds (in 16450 mode over a byte waiting there: an overrun).
 * The sender delivers its next byte delayAccesses port accesses after the receiver could take
 * it, so a test can place an arrival between any two of the driver's port accesses. Every
 * access is one tick of that clock; tick() is time passing without one. Attach with attachTo.
 */
package exo.hw;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;

public final class FakeUartLine implements Sim.PortDevice {
    private static final int FIFO_BYTES = 16;
    private static final int FCR_ENABLE = 0x01;
    private static final int FCR_CLEAR_RECEIVER = 0x02;
    private static final int LSR_DATA_READY = 0x01;
    private static final int LSR_OVERRUN = 0x02;
    private static final int LSR_TRANSMITTER_EMPTY = 0x60;

    private final int base;
    private final ArrayDeque<Integer> sender = new ArrayDeque<>();
    private final ArrayDeque<Integer> receiver = new ArrayDeque<>();
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final int[] regs = new int[8];
    private int divisor;
    private boolean fifoMode;
    private boolean overrun;
    private int overruns;
    private int delayAccesses;
    private int waitedAccesses;

    private FakeUartLine(int base) {
        this.base = base;
    }

    public static FakeUartLine attachTo(int base) {
        FakeUartLine u = new FakeUartLine(base);
        Sim.attach(base, 8, u);
        return u;
    }

    /** The host's bytes, queued on the line; the first is delivered at once if there is room. */
    public void send(byte[] bytes, int delayAccesses) {
        this.delayAccesses = delayAccesses;
        for (byte b : bytes) {
            sender.add(b & 0xFF);
        }
        waitedAccesses = delayAccesses;
        tick();
    }

    /** One unit of time: the sender delivers a byte if it has waited long enough and may. */
    public void tick() {
        if (sender.isEmpty() || receiverFull()) {
            waitedAccesses = 0;
            return;
        }
        if (waitedAccesses < delayAccesses) {
            waitedAccesses++;
            return;
        }
        receive(sender.poll());
        waitedAccesses = 0;
    }

    private boolean receiverFull() {
        return receiver.size() >= (fifoMode ? FIFO_BYTES : 1);
    }

    private void receive(int b) {
        if (!fifoMode && !receiver.isEmpty()) {
            receiver.clear();
            overrun = true;
            overruns++;
        }
        if (receiver.size() < FIFO_BYTES) {
            receiver.add(b);
        }
    }

    private boolean dlab() {
        return (regs[3] & 0x80) != 0;
    }

    @Override
    public int in(int port, int width) {
        tick();
        int reg = port - base;
        if (reg == 0) {
            if (dlab()) {
                return divisor & 0xFF;
            }
            Integer b = receiver.poll();
            return b == null ? 0 : b;
        }
        if (reg == 1 && dlab()) {
            return divisor >> 8;
        }
        if (reg == 5) {
            int lsr = LSR_TRANSMITTER_EMPTY | (receiver.isEmpty() ? 0 : LSR_DATA_READY) | (overrun ? LSR_OVERRUN : 0);
            overrun = false;
            return lsr;
        }
        return regs[reg];
    }

    @Override
    public void out(int port, int width, int value) {
        tick();
        int reg = port - base;
        if (reg == 0 && dlab()) {
            divisor = (divisor & 0xFF00) | value;
        } else if (reg == 1 && dlab()) {
            divisor = (divisor & 0xFF) | (value << 8);
        } else if (reg == 0) {
            if ((regs[4] & 0x10) != 0) {
                receive(value);
            } else {
                sent.write(value);
            }
        } else if (reg == 2) {
            boolean enable = (value & FCR_ENABLE) != 0;
            if (enable != fifoMode || (value & FCR_CLEAR_RECEIVER) != 0) {
                receiver.clear();
            }
            fifoMode = enable;
        } else {
            regs[reg] = value;
        }
    }

    /** Bytes the sender has not delivered yet. */
    public int unsent() {
        return sender.size();
    }

    /** Bytes written over one waiting in the 16450 receive buffer. */
    public int overruns() {
        return overruns;
    }

    public int register(int reg) {
        return regs[reg];
    }

    public int divisor() {
        return divisor;
    }

    public boolean fifoMode() {
        return fifoMode;
    }

    public byte[] transmitted() {
        return sent.toByteArray();
    }
}
