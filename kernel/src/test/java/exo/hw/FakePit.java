/*
 * A simulated PIT channel 2 plus port 0x61 for TSC calibration tests: once a mode-0 count is
 * loaded with the gate on, OUT2 (bit 5 of port 0x61) rises when the simulated TSC has advanced
 * count / 1193182 seconds at tscHz. Each read of port 0x61 costs pollCycles of TSC time, as a
 * real port read does.
 */
package exo.hw;

public final class FakePit implements Sim.PortDevice {
    private final long tscHz;
    private final long pollCycles;
    private int port61;
    private int count;
    private boolean lowByteNext;
    private boolean armed;
    private long startTsc;

    private FakePit(long tscHz, long pollCycles) {
        this.tscHz = tscHz;
        this.pollCycles = pollCycles;
    }

    public static FakePit attach(long tscHz, long pollCycles) {
        FakePit p = new FakePit(tscHz, pollCycles);
        Sim.attach(0x42, 2, p);
        Sim.attach(0x61, 1, p);
        return p;
    }

    @Override
    public int in(int port, int width) {
        if (port != 0x61) {
            return 0;
        }
        Sim.advanceTsc(pollCycles);
        boolean gate = (port61 & 1) != 0;
        boolean out2 = armed && gate && (Sim.tsc() - startTsc) * 1193182L >= (long) count * tscHz;
        return port61 | (out2 ? 0x20 : 0);
    }

    @Override
    public void out(int port, int width, int value) {
        if (port == 0x43 && (value & 0xC0) == 0x80) {
            lowByteNext = true;
            armed = false;
        } else if (port == 0x42) {
            if (lowByteNext) {
                count = value;
                lowByteNext = false;
            } else {
                count |= value << 8;
                armed = true;
                startTsc = Sim.tsc();
            }
        } else if (port == 0x61) {
            port61 = value & 0x0F;
        }
    }

    public int port61() {
        return port61;
    }
}
