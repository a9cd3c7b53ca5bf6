/*
 * CMOS RTC decoding (BCD/binary, 12/24-hour, century) and the update-in-progress wait.
 */
package exo.kernel.arch.x86_64.pc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import exo.hw.FakeCmos;
import exo.hw.Sim;
import exo.kernel.time.DateTime;
import org.junit.jupiter.api.Test;

class RtcTest {
    @Test
    void bcdDigits() {
        assertEquals(59, Rtc.bcd(0x59));
        assertEquals(0, Rtc.bcd(0x00));
        assertEquals(12, Rtc.bcd(0x12));
    }

    @Test
    void decodesBcd24Hour() {
        DateTime d = Rtc.decode(0x09, 0x45, 0x13, 0x01, 0x05, 0x24, 0x20, Rtc.STATUS_B_24H);
        assertEquals("2024-05-01 13:45:09", d.toString());
    }

    @Test
    void decodesBinary24Hour() {
        DateTime d = Rtc.decode(9, 45, 23, 31, 12, 99, 19, Rtc.STATUS_B_24H | Rtc.STATUS_B_BINARY);
        assertEquals("1999-12-31 23:45:09", d.toString());
    }

    @Test
    void decodes12HourClocks() {
        int bcd12 = 0;
        assertEquals(0, Rtc.decode(0, 0, 0x12, 1, 1, 0x25, 0x20, bcd12).hour, "12 AM");
        assertEquals(12, Rtc.decode(0, 0, 0x80 | 0x12, 1, 1, 0x25, 0x20, bcd12).hour, "12 PM");
        assertEquals(13, Rtc.decode(0, 0, 0x80 | 0x01, 1, 1, 0x25, 0x20, bcd12).hour, "1 PM");
        assertEquals(11, Rtc.decode(0, 0, 0x11, 1, 1, 0x25, 0x20, bcd12).hour, "11 AM");
        assertEquals(23, Rtc.decode(0, 0, 0x80 | 11, 1, 1, 25, 20, Rtc.STATUS_B_BINARY).hour, "11 PM binary");
    }

    @Test
    void missingCenturyMeansTwentyFirst() {
        assertEquals(2031, Rtc.decode(0, 0, 0, 1, 1, 0x31, 0, Rtc.STATUS_B_24H).year);
    }

    @Test
    void readWaitsForTheUpdateToFinish() {
        Sim.reset();
        FakeCmos.attach()
                .set(0x00, 0x30).set(0x02, 0x15).set(0x04, 0x08).set(0x07, 0x29).set(0x08, 0x02)
                .set(0x09, 0x24).set(0x32, 0x20).set(0x0B, Rtc.STATUS_B_24H)
                .busyFor(3);
        assertEquals("2024-02-29 08:15:30", Rtc.read().toString());
        assertEquals(0, Sim.portWrites(0x70).stream().filter(v -> (v & 0x80) != 0).count(), "NMI left enabled");
    }
}
