/* A date and a time without zone (LocalDate + LocalTime), ISO text "2024-01-15T10:15:30". */
package java.time;

import java.time.chrono.ChronoLocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;

public final class LocalDateTime implements Temporal, TemporalAdjuster, ChronoLocalDateTime<LocalDate>, java.io.Serializable {
    private static final long serialVersionUID = 6207766400415563566L;

    public static final LocalDateTime MIN = new LocalDateTime(LocalDate.MIN, LocalTime.MIN);
    public static final LocalDateTime MAX = new LocalDateTime(LocalDate.MAX, LocalTime.MAX);

    private final LocalDate date;
    private final LocalTime time;

    private LocalDateTime(LocalDate date, LocalTime time) {
        this.date = date;
        this.time = time;
    }

    public static LocalDateTime of(LocalDate date, LocalTime time) {
        if (date == null || time == null) {
            throw new NullPointerException(date == null ? "date" : "time");
        }
        return new LocalDateTime(date, time);
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute, int second) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute, int second, int nano) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nano));
    }

    public static LocalDateTime of(int year, Month month, int day, int hour, int minute) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    public static LocalDateTime of(int year, Month month, int day, int hour, int minute, int second) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
    }

    public static LocalDateTime ofEpochSecond(long epochSecond, int nanoOfSecond, ZoneOffset offset) {
        long local = epochSecond + offset.getTotalSeconds();
        long day = Math.floorDiv(local, 86400L);
        int secs = (int) Math.floorMod(local, 86400L);
        return new LocalDateTime(LocalDate.ofEpochDay(day), LocalTime.ofNanoOfDay(secs * LocalTime.NANOS_PER_SECOND + nanoOfSecond));
    }

    public static LocalDateTime ofInstant(Instant instant, ZoneId zone) {
        return ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    }

    public static LocalDateTime now() {
        return now(Clock.systemDefaultZone());
    }

    public static LocalDateTime now(Clock clock) {
        Instant now = clock.instant();
        return ofEpochSecond(now.getEpochSecond(), now.getNano(), ZoneOffset.UTC);
    }

    public static LocalDateTime parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    public static LocalDateTime parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parseDateTime(text);
    }

    @Override
    public LocalDate toLocalDate() {
        return date;
    }

    @Override
    public LocalTime toLocalTime() {
        return time;
    }

    public int getYear() { return date.getYear(); }
    public int getMonthValue() { return date.getMonthValue(); }
    public Month getMonth() { return date.getMonth(); }
    public int getDayOfMonth() { return date.getDayOfMonth(); }
    public int getDayOfYear() { return date.getDayOfYear(); }
    public DayOfWeek getDayOfWeek() { return date.getDayOfWeek(); }
    public int getHour() { return time.getHour(); }
    public int getMinute() { return time.getMinute(); }
    public int getSecond() { return time.getSecond(); }
    public int getNano() { return time.getNano(); }

    private LocalDateTime with(LocalDate d, LocalTime t) {
        return d == date && t == time ? this : new LocalDateTime(d, t);
    }

    public LocalDateTime withYear(int year) { return with(date.withYear(year), time); }
    public LocalDateTime withMonth(int month) { return with(date.withMonth(month), time); }
    public LocalDateTime withDayOfMonth(int day) { return with(date.withDayOfMonth(day), time); }
    public LocalDateTime withHour(int hour) { return with(date, time.withHour(hour)); }
    public LocalDateTime withMinute(int minute) { return with(date, time.withMinute(minute)); }
    public LocalDateTime withSecond(int second) { return with(date, time.withSecond(second)); }
    public LocalDateTime withNano(int nano) { return with(date, time.withNano(nano)); }

    public LocalDateTime plusYears(long years) { return with(date.plusYears(years), time); }
    public LocalDateTime plusMonths(long months) { return with(date.plusMonths(months), time); }
    public LocalDateTime plusWeeks(long weeks) { return with(date.plusWeeks(weeks), time); }
    public LocalDateTime plusDays(long days) { return with(date.plusDays(days), time); }
    public LocalDateTime minusYears(long years) { return plusYears(-years); }
    public LocalDateTime minusMonths(long months) { return plusMonths(-months); }
    public LocalDateTime minusWeeks(long weeks) { return plusWeeks(-weeks); }
    public LocalDateTime minusDays(long days) { return plusDays(-days); }

    /** Adds nanoseconds, carrying whole days into the date. */
    public LocalDateTime plusNanos(long nanos) {
        long total = time.toNanoOfDay() + Math.floorMod(nanos, LocalTime.NANOS_PER_DAY);
        long days = Math.floorDiv(nanos, LocalTime.NANOS_PER_DAY) + total / LocalTime.NANOS_PER_DAY;
        return with(date.plusDays(days), LocalTime.ofNanoOfDay(total % LocalTime.NANOS_PER_DAY));
    }

    public LocalDateTime plusSeconds(long seconds) {
        return plusDays(Math.floorDiv(seconds, 86400L)).plusNanos(Math.floorMod(seconds, 86400L) * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime plusMinutes(long minutes) {
        return plusSeconds(Math.multiplyExact(minutes, 60L));
    }

    public LocalDateTime plusHours(long hours) {
        return plusSeconds(Math.multiplyExact(hours, 3600L));
    }

    public LocalDateTime minusHours(long hours) { return plusHours(-hours); }
    public LocalDateTime minusMinutes(long minutes) { return plusMinutes(-minutes); }
    public LocalDateTime minusSeconds(long seconds) { return plusSeconds(-seconds); }
    public LocalDateTime minusNanos(long nanos) { return plusNanos(-nanos); }

    @Override
    public LocalDateTime plus(long amount, TemporalUnit unit) {
        if (unit instanceof ChronoUnit && ((ChronoUnit) unit).isTimeBased()) {
            switch ((ChronoUnit) unit) {
                case NANOS: return plusNanos(amount);
                case MICROS: return plusNanos(Math.multiplyExact(amount, 1000L));
                case MILLIS: return plusNanos(Math.multiplyExact(amount, 1000_000L));
                case SECONDS: return plusSeconds(amount);
                case MINUTES: return plusMinutes(amount);
                case HOURS: return plusHours(amount);
                default: return plusHours(Math.multiplyExact(amount, 12L));
            }
        }
        return with(date.plus(amount, unit), time);
    }

    public LocalDateTime plus(TemporalAmount amount) {
        return (LocalDateTime) amount.addTo(this);
    }

    @Override
    public LocalDateTime minus(long amount, TemporalUnit unit) {
        return plus(-amount, unit);
    }

    public LocalDateTime minus(TemporalAmount amount) {
        return (LocalDateTime) amount.subtractFrom(this);
    }

    public LocalDateTime with(TemporalAdjuster adjuster) {
        return (LocalDateTime) adjuster.adjustInto(this);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        return this;
    }

    long toEpochNano() {
        return Math.addExact(Math.multiplyExact(date.toEpochDay(), LocalTime.NANOS_PER_DAY), time.toNanoOfDay());
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDateTime end = (LocalDateTime) endExclusive;
        if (unit instanceof ChronoUnit && ((ChronoUnit) unit).isTimeBased()) {
            long days = end.date.toEpochDay() - date.toEpochDay();
            long nanos = end.time.toNanoOfDay() - time.toNanoOfDay();
            long total = Math.addExact(Math.multiplyExact(days, LocalTime.NANOS_PER_DAY), nanos);
            switch ((ChronoUnit) unit) {
                case NANOS: return total;
                case MICROS: return total / 1000;
                case MILLIS: return total / 1000_000;
                case SECONDS: return total / LocalTime.NANOS_PER_SECOND;
                case MINUTES: return total / 60_000_000_000L;
                case HOURS: return total / 3_600_000_000_000L;
                default: return total / (12 * 3_600_000_000_000L);
            }
        }
        LocalDate endDate = end.date;
        if (endDate.isAfter(date) && end.time.isBefore(time)) {
            endDate = endDate.minusDays(1);
        } else if (endDate.isBefore(date) && end.time.isAfter(time)) {
            endDate = endDate.plusDays(1);
        }
        return date.until(endDate, unit);
    }

    public long toEpochSecond(ZoneOffset offset) {
        return date.toEpochDay() * 86400L + time.toSecondOfDay() - offset.getTotalSeconds();
    }

    public Instant toInstant(ZoneOffset offset) {
        return Instant.ofEpochSecond(toEpochSecond(offset), time.getNano());
    }

    public ZonedDateTime atZone(ZoneId zone) {
        return ZonedDateTime.of(this, zone);
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    @Override
    public int compareTo(ChronoLocalDateTime<?> other) {
        LocalDateTime o = (LocalDateTime) other;
        int cmp = date.compareTo(o.date);
        return cmp != 0 ? cmp : time.compareTo(o.time);
    }

    public boolean isAfter(ChronoLocalDateTime<?> other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(ChronoLocalDateTime<?> other) {
        return compareTo(other) < 0;
    }

    public boolean isEqual(ChronoLocalDateTime<?> other) {
        return compareTo(other) == 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LocalDateTime && date.equals(((LocalDateTime) obj).date) && time.equals(((LocalDateTime) obj).time);
    }

    @Override
    public int hashCode() {
        return date.hashCode() ^ time.hashCode();
    }

    @Override
    public String toString() {
        return date.toString() + 'T' + time.toString();
    }
}
