/*
 * A simulated 16550 for host tests: keeps its registers, echoes in loopback mode, records every
 * byte transmitted in normal mode (output() decodes them as UTF-8) and delivers injected input
 * bytes through RBR with LSR's data-ready bit. Attach with attachTo(base).
 */
package exo.hw;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

public final class FakeUart implements Sim.PortDevice {
    private final int base;
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final ArrayDeque<Integer> received = new ArrayDeque<>();
    private final int[] regs = new int[8];
    private int divisorLow;
    private int divisorHigh;
    private int loopbackByte = -1;

    private FakeUart(int base) {
        this.base = base;
    }

    public static FakeUart attachTo(int base) {
        FakeUart u = new FakeUart(base);
        Sim.attach(base, 8, u);
        return u;
    }

    private boolean dlab() {
        return (regs[3] & 0x80) != 0;
    }

    private boolean loopback() {
        return (regs[4] & 0x10) != 0;
    }

    @Override
    public int in(int port, int width) {
        int reg = port - base;
        if (reg == 0) {
            if (dlab()) {
                return divisorLow;
            }
            if (loopback() && loopbackByte >= 0) {
                int b = loopbackByte;
                loopbackByte = -1;
                return b;
            }
            Integer b = received.poll();
            return b == null ? 0 : b;
        }
        if (reg == 5) {
            return 0x60 | (received.isEmpty() ? 0 : 1); // THR and transmitter empty
        }
        return regs[reg];
    }

    @Override
    public void out(int port, int width, int value) {
        int reg = port - base;
        if (reg == 0 && dlab()) {
            divisorLow = value;
        } else if (reg == 1 && dlab()) {
            divisorHigh = value;
        } else if (reg == 0) {
            if (loopback()) {
                loopbackByte = value;
            } else {
                sent.write(value);
            }
        } else {
            regs[reg] = value;
        }
    }

    public void inject(String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            received.add(b & 0xFF);
        }
    }

    public String output() {
        return sent.toString(StandardCharsets.UTF_8);
    }

    public byte[] bytes() {
        return sent.toByteArray();
    }

    public void clearOutput() {
        sent.reset();
    }

    public int divisor() {
        return divisorLow | (divisorHigh << 8);
    }

    public int register(int reg) {
        return regs[reg];
    }
}
