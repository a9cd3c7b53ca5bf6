/*
 * Measures the TSC frequency against PIT channel 2, the classic way that needs no interrupt:
 * channel 2 is gated by bit 0 of port 0x61 and its output is readable as bit 5 of the same
 * port. Program mode 0 (interrupt on terminal count) with the count of a known interval; OUT2
 * goes low on the load and rises when the count reaches zero, so the TSC cycles spent waiting
 * for bit 5 cover exactly count / 1193182 seconds. The speaker (bit 1) stays off. The best of
 * three 10 ms runs is kept: disturbances (SMIs, a busy emulator host) only lengthen a run, so
 * the smallest count is the truest. If the PIT never answers (or answers at once, as
 * an absent port reading all ones would), CPUID leaf 0x16 (nominal base
 * frequency) is used, else 1 GHz is assumed; source() says which. Called by Boot with
 * interrupts off; tests drive it with a simulated PIT.
 */
package exo.kernel.arch.x86_64.pc;

import exo.hw.Cpu;
import exo.hw.Port;

public final class TscCalibration {
    private TscCalibration() {}

    public static final int PORT_B = 0x61;
    private static final int GATE2 = 0x01;
    private static final int SPEAKER = 0x02;
    private static final int OUT2 = 0x20;
    /** Channel 2, access low then high byte, mode 0, binary. */
    private static final int CMD_CHANNEL2_ONESHOT = 0xB0;
    private static final long POLL_LIMIT = 50_000_000L;
    public static final long FALLBACK_HZ = 1_000_000_000L;
    /** Below this the "measurement" is a port that reads as all ones, not a real PIT. */
    public static final long MIN_PLAUSIBLE_HZ = 1_000_000L;

    private static String source = "not calibrated";

    /** The TSC frequency in Hz; never 0. */
    public static long calibrate() {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long hz = measureWithPit(10);
            if (hz >= MIN_PLAUSIBLE_HZ && hz < best) {
                best = hz;
            }
        }
        if (best != Long.MAX_VALUE) {
            source = "PIT channel 2";
            return best;
        }
        long cpuidHz = fromCpuid();
        if (cpuidHz > 0) {
            source = "CPUID leaf 0x16";
            return cpuidHz;
        }
        source = "assumed (no PIT, no CPUID 0x16)";
        return FALLBACK_HZ;
    }

    /** One measurement over `ms` milliseconds; 0 when OUT2 never rose. */
    public static long measureWithPit(int ms) {
        int count = (int) ((long) Pit.BASE_HZ * ms / 1000);
        int saved = Port.inb(PORT_B);
        Port.outb(PORT_B, (saved & ~SPEAKER) | GATE2);
        Port.outb(Pit.COMMAND, CMD_CHANNEL2_ONESHOT);
        Port.outb(Pit.CHANNEL2, count & 0xFF);
        Port.outb(Pit.CHANNEL2, (count >> 8) & 0xFF);
        long start = Cpu.rdtsc();
        long polls = 0;
        while ((Port.inb(PORT_B) & OUT2) == 0) {
            if (++polls > POLL_LIMIT) {
                Port.outb(PORT_B, saved);
                return 0;
            }
        }
        long cycles = Cpu.rdtsc() - start;
        Port.outb(PORT_B, saved);
        return cycles * Pit.BASE_HZ / count;
    }

    /** Nominal TSC frequency from CPUID 0x16 (base MHz), or 0 when the leaf is missing. */
    private static long fromCpuid() {
        if (Cpu.cpuid(0, 0, 0) < 0x16) {
            return 0;
        }
        long mhz = Cpu.cpuid(0x16, 0, 0) & 0xFFFF;
        return mhz * 1_000_000L;
    }

    /** How the last calibrate() got its answer, for the boot log. */
    public static String source() {
        return source;
    }
}
