/*
 * The CMOS real-time clock (MC146818 compatible; index port 0x70, data port 0x71). Registers:
 * 0 seconds, 2 minutes, 4 hours, 7 day, 8 month, 9 year, 0x32 century (as QEMU and most PCs
 * provide it), status A bit 7 = update in progress, status B bit 2 = binary (else BCD) and
 * bit 1 = 24-hour (else 12-hour with bit 7 of the hour meaning PM). Reading waits for the
 * update-in-progress flag to drop and repeats until two consecutive reads agree, so no value is
 * torn by the once-a-second update. Bit 7 of the index port is left clear (NMI stays enabled).
 * decode is pure and tested on its own. Called by Boot to set the wall clock.
 */
package exo.kernel.arch.x86_64.pc;

import exo.hw.Port;
import exo.kernel.time.DateTime;

public final class Rtc {
    private Rtc() {}

    public static final int INDEX = 0x70;
    public static final int DATA = 0x71;
    public static final int REG_SECONDS = 0x00;
    public static final int REG_MINUTES = 0x02;
    public static final int REG_HOURS = 0x04;
    public static final int REG_DAY = 0x07;
    public static final int REG_MONTH = 0x08;
    public static final int REG_YEAR = 0x09;
    public static final int REG_STATUS_A = 0x0A;
    public static final int REG_STATUS_B = 0x0B;
    public static final int REG_CENTURY = 0x32;

    public static final int STATUS_A_UPDATING = 0x80;
    public static final int STATUS_B_24H = 0x02;
    public static final int STATUS_B_BINARY = 0x04;

    private static final int MAX_TRIES = 100_000;

    public static int readRegister(int reg) {
        Port.outb(INDEX, reg & 0x7F);
        return Port.inb(DATA) & 0xFF;
    }

    /** The current date and time as the RTC keeps it (normally UTC). */
    public static DateTime read() {
        int[] last = readRawStable();
        return decode(last[0], last[1], last[2], last[3], last[4], last[5], last[6], readRegister(REG_STATUS_B));
    }

    /** seconds, minutes, hours, day, month, year, century, read twice alike. */
    private static int[] readRawStable() {
        int[] previous = readRaw();
        for (int i = 0; i < 10; i++) {
            int[] now = readRaw();
            if (same(previous, now)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private static int[] readRaw() {
        for (int i = 0; i < MAX_TRIES && (readRegister(REG_STATUS_A) & STATUS_A_UPDATING) != 0; i++) {
            // An update takes at most 2 ms (244 us after the flag rises).
        }
        return new int[] {
            readRegister(REG_SECONDS), readRegister(REG_MINUTES), readRegister(REG_HOURS),
            readRegister(REG_DAY), readRegister(REG_MONTH), readRegister(REG_YEAR),
            readRegister(REG_CENTURY),
        };
    }

    private static boolean same(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** Turns raw register values into a date, honouring the BCD and 12-hour modes of statusB. */
    public static DateTime decode(int sec, int min, int hour, int day, int month, int year,
                                  int century, int statusB) {
        boolean binary = (statusB & STATUS_B_BINARY) != 0;
        boolean pm = (hour & 0x80) != 0;
        hour &= 0x7F;
        if (!binary) {
            sec = bcd(sec);
            min = bcd(min);
            hour = bcd(hour);
            day = bcd(day);
            month = bcd(month);
            year = bcd(year);
            century = bcd(century);
        }
        if ((statusB & STATUS_B_24H) == 0) {
            hour = hour % 12 + (pm ? 12 : 0); // 12 AM is 0h, 12 PM is 12h
        }
        int fullYear = (century >= 19 && century <= 99 ? century * 100 : 2000) + year;
        return new DateTime(fullYear, month, day, hour, min, sec);
    }

    public static int bcd(int v) {
        return (v >> 4) * 10 + (v & 0x0F);
    }
}
