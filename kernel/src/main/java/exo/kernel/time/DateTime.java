/*
 * A calendar date and time of day (proleptic Gregorian, UTC as the RTC keeps it), produced by
 * the RTC driver and turned into Unix milliseconds for currentTimeMillis. The day count uses the
 * usual era arithmetic: years counted from March so the leap day comes last, 400-year eras of
 * 146097 days.
 */
package exo.kernel.time;

import exo.kernel.util.Fmt;

public final class DateTime {
    public final int year;
    public final int month;
    public final int day;
    public final int hour;
    public final int minute;
    public final int second;

    public DateTime(int year, int month, int day, int hour, int minute, int second) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.hour = hour;
        this.minute = minute;
        this.second = second;
    }

    /** Days since 1970-01-01. */
    public long epochDay() {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - era * 400;
        long monthFromMarch = month > 2 ? month - 3 : month + 9;
        long dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    /** Milliseconds since 1970-01-01T00:00:00Z. */
    public long toEpochMillis() {
        return ((epochDay() * 24 + hour) * 60 + minute) * 60_000L + second * 1000L;
    }

    /** "2024-05-01 13:45:09" */
    @Override
    public String toString() {
        return Fmt.zeros(year, 4) + "-" + Fmt.zeros(month, 2) + "-" + Fmt.zeros(day, 2) + " "
                + Fmt.zeros(hour, 2) + ":" + Fmt.zeros(minute, 2) + ":" + Fmt.zeros(second, 2);
    }
}
