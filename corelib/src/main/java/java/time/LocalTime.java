/*
 * A time of day (hour, minute, second, nanosecond) without date or zone, with wrap-around
 * arithmetic, the JDK's validation messages and ISO text ("10:15", "10:15:30", "10:15:30.500").
 */
package java.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

public final class LocalTime implements Temporal, TemporalAdjuster, Comparable<LocalTime>, java.io.Serializable {
    private static final long serialVersionUID = 6414437269572265201L;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long NANOS_PER_DAY = 86400L * NANOS_PER_SECOND;

    public static final LocalTime MIN = new LocalTime(0, 0, 0, 0);
    public static final LocalTime MAX = new LocalTime(23, 59, 59, 999_999_999);
    public static final LocalTime MIDNIGHT = MIN;
    public static final LocalTime NOON = new LocalTime(12, 0, 0, 0);

    private final byte hour, minute, second;
    private final int nano;

    private LocalTime(int hour, int minute, int second, int nano) {
        this.hour = (byte) hour;
        this.minute = (byte) minute;
        this.second = (byte) second;
        this.nano = nano;
    }

    public static LocalTime of(int hour, int minute) {
        return of(hour, minute, 0, 0);
    }

    public static LocalTime of(int hour, int minute, int second) {
        return of(hour, minute, second, 0);
    }

    public static LocalTime of(int hour, int minute, int second, int nanoOfSecond) {
        LocalDate.checkRange("HourOfDay", hour, 0, 23, "0 - 23");
        LocalDate.checkRange("MinuteOfHour", minute, 0, 59, "0 - 59");
        LocalDate.checkRange("SecondOfMinute", second, 0, 59, "0 - 59");
        LocalDate.checkRange("NanoOfSecond", nanoOfSecond, 0, 999_999_999, "0 - 999999999");
        return new LocalTime(hour, minute, second, nanoOfSecond);
    }

    public static LocalTime ofSecondOfDay(long secondOfDay) {
        LocalDate.checkRange("SecondOfDay", secondOfDay, 0, 86399, "0 - 86399");
        return ofNanoOfDay(secondOfDay * NANOS_PER_SECOND);
    }

    public static LocalTime ofNanoOfDay(long nanoOfDay) {
        LocalDate.checkRange("NanoOfDay", nanoOfDay, 0, NANOS_PER_DAY - 1, "0 - 86399999999999");
        int h = (int) (nanoOfDay / 3_600_000_000_000L);
        nanoOfDay -= h * 3_600_000_000_000L;
        int m = (int) (nanoOfDay / 60_000_000_000L);
        nanoOfDay -= m * 60_000_000_000L;
        int s = (int) (nanoOfDay / NANOS_PER_SECOND);
        return new LocalTime(h, m, s, (int) (nanoOfDay - s * NANOS_PER_SECOND));
    }

    public static LocalTime now() {
        return now(Clock.systemDefaultZone());
    }

    public static LocalTime now(Clock clock) {
        long millis = Math.floorMod(clock.millis(), 86_400_000L);
        return ofNanoOfDay(millis * 1_000_000L);
    }

    public static LocalTime parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
    }

    public static LocalTime parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parseTime(text);
    }

    public int getHour() {
        return hour;
    }

    public int getMinute() {
        return minute;
    }

    public int getSecond() {
        return second;
    }

    public int getNano() {
        return nano;
    }

    public int toSecondOfDay() {
        return hour * 3600 + minute * 60 + second;
    }

    public long toNanoOfDay() {
        return toSecondOfDay() * NANOS_PER_SECOND + nano;
    }

    public LocalTime withHour(int hour) {
        return of(hour, minute, second, nano);
    }

    public LocalTime withMinute(int minute) {
        return of(hour, minute, second, nano);
    }

    public LocalTime withSecond(int second) {
        return of(hour, minute, second, nano);
    }

    public LocalTime withNano(int nanoOfSecond) {
        return of(hour, minute, second, nanoOfSecond);
    }

    public LocalTime plusNanos(long nanos) {
        if (nanos == 0) {
            return this;
        }
        return ofNanoOfDay(Math.floorMod(toNanoOfDay() + Math.floorMod(nanos, NANOS_PER_DAY), NANOS_PER_DAY));
    }

    public LocalTime plusSeconds(long seconds) {
        return plusNanos(Math.floorMod(seconds, 86400L) * NANOS_PER_SECOND);
    }

    public LocalTime plusMinutes(long minutes) {
        return plusSeconds(Math.floorMod(minutes, 1440L) * 60);
    }

    public LocalTime plusHours(long hours) {
        return plusSeconds(Math.floorMod(hours, 24L) * 3600);
    }

    public LocalTime minusHours(long hours) {
        return plusHours(-Math.floorMod(hours, 24L));
    }

    public LocalTime minusMinutes(long minutes) {
        return plusMinutes(-Math.floorMod(minutes, 1440L));
    }

    public LocalTime minusSeconds(long seconds) {
        return plusSeconds(-Math.floorMod(seconds, 86400L));
    }

    public LocalTime minusNanos(long nanos) {
        return plusNanos(-Math.floorMod(nanos, NANOS_PER_DAY));
    }

    @Override
    public LocalTime plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) {
            return (LocalTime) unit.addTo(this, amount);
        }
        switch ((ChronoUnit) unit) {
            case NANOS: return plusNanos(amount);
            case MICROS: return plusNanos(Math.floorMod(amount, 86_400_000_000L) * 1000);
            case MILLIS: return plusNanos(Math.floorMod(amount, 86_400_000L) * 1000_000);
            case SECONDS: return plusSeconds(amount);
            case MINUTES: return plusMinutes(amount);
            case HOURS: return plusHours(amount);
            case HALF_DAYS: return plusHours(Math.floorMod(amount, 2) * 12);
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public LocalTime plus(TemporalAmount amount) {
        return (LocalTime) amount.addTo(this);
    }

    @Override
    public LocalTime minus(long amount, TemporalUnit unit) {
        return plus(-amount, unit);
    }

    public LocalTime minus(TemporalAmount amount) {
        return (LocalTime) amount.subtractFrom(this);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        if (temporal instanceof LocalDateTime) {
            return LocalDateTime.of(((LocalDateTime) temporal).toLocalDate(), this);
        }
        return this;
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalTime end = endExclusive instanceof LocalDateTime ? ((LocalDateTime) endExclusive).toLocalTime() : (LocalTime) endExclusive;
        long nanos = end.toNanoOfDay() - toNanoOfDay();
        if (!(unit instanceof ChronoUnit)) {
            return unit.between(this, end);
        }
        switch ((ChronoUnit) unit) {
            case NANOS: return nanos;
            case MICROS: return nanos / 1000;
            case MILLIS: return nanos / 1_000_000;
            case SECONDS: return nanos / NANOS_PER_SECOND;
            case MINUTES: return nanos / 60_000_000_000L;
            case HOURS: return nanos / 3_600_000_000_000L;
            case HALF_DAYS: return nanos / (12 * 3_600_000_000_000L);
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public LocalDateTime atDate(LocalDate date) {
        return LocalDateTime.of(date, this);
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    @Override
    public int compareTo(LocalTime other) {
        return Long.compare(toNanoOfDay(), other.toNanoOfDay());
    }

    public boolean isAfter(LocalTime other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(LocalTime other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LocalTime && compareTo((LocalTime) obj) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(toNanoOfDay());
    }

    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder(18);
        buf.append(hour < 10 ? "0" : "").append(hour).append(minute < 10 ? ":0" : ":").append(minute);
        if (second > 0 || nano > 0) {
            buf.append(second < 10 ? ":0" : ":").append(second);
            if (nano > 0) {
                appendFraction(buf, nano);
            }
        }
        return buf.toString();
    }

    /** ".SSS", ".SSSSSS" or ".SSSSSSSSS": the shortest group of three that holds nano. */
    static void appendFraction(StringBuilder buf, int nano) {
        buf.append('.');
        if (nano % 1000_000 == 0) {
            buf.append(Integer.toString((nano / 1000_000) + 1000).substring(1));
        } else if (nano % 1000 == 0) {
            buf.append(Integer.toString((nano / 1000) + 1000_000).substring(1));
        } else {
            buf.append(Integer.toString(nano + 1000_000_000).substring(1));
        }
    }
}
