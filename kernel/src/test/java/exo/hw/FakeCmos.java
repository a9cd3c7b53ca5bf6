/*
 * A simulated CMOS RTC: an index register at 0x70 and 128 data registers at 0x71. The first
 * `busyReads` reads of status A report an update in progress.
 */
package exo.hw;

public final class FakeCmos implements Sim.PortDevice {
    private final int[] regs = new int[128];
    private int index;
    private int busyReads;

    public static FakeCmos attach() {
        FakeCmos c = new FakeCmos();
        Sim.attach(0x70, 2, c);
        return c;
    }

    public FakeCmos set(int reg, int value) {
        regs[reg] = value;
        return this;
    }

    public FakeCmos busyFor(int reads) {
        busyReads = reads;
        return this;
    }

    @Override
    public int in(int port, int width) {
        if (port != 0x71) {
            return 0;
        }
        if (index == 0x0A && busyReads > 0) {
            busyReads--;
            return regs[0x0A] | 0x80;
        }
        return regs[index];
    }

    @Override
    public void out(int port, int width, int value) {
        if (port == 0x70) {
            index = value & 0x7F;
        } else {
            regs[index] = value;
        }
    }
}
