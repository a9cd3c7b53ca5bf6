/* A date-time in a zone (UTC or a fixed offset here), "2024-01-15T10:15:30Z[UTC]". */
package java.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;

public final class ZonedDateTime implements Temporal, Comparable<ZonedDateTime>, java.io.Serializable {
    private static final long serialVersionUID = -6260982410461394882L;

    private final LocalDateTime dateTime;
    private final ZoneId zone;

    private ZonedDateTime(LocalDateTime dateTime, ZoneId zone) {
        this.dateTime = dateTime;
        this.zone = zone;
    }

    public static ZonedDateTime of(LocalDateTime localDateTime, ZoneId zone) {
        return new ZonedDateTime(localDateTime, zone);
    }

    public static ZonedDateTime of(LocalDate date, LocalTime time, ZoneId zone) {
        return of(LocalDateTime.of(date, time), zone);
    }

    public static ZonedDateTime of(int year, int month, int day, int hour, int minute, int second, int nano, ZoneId zone) {
        return of(LocalDateTime.of(year, month, day, hour, minute, second, nano), zone);
    }

    public static ZonedDateTime ofInstant(Instant instant, ZoneId zone) {
        return new ZonedDateTime(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), zone.offset()), zone);
    }

    public static ZonedDateTime now() {
        return now(Clock.systemDefaultZone());
    }

    public static ZonedDateTime now(ZoneId zone) {
        return ofInstant(Instant.now(), zone);
    }

    public static ZonedDateTime now(Clock clock) {
        return ofInstant(clock.instant(), clock.getZone());
    }

    public LocalDateTime toLocalDateTime() { return dateTime; }
    public LocalDate toLocalDate() { return dateTime.toLocalDate(); }
    public LocalTime toLocalTime() { return dateTime.toLocalTime(); }
    public ZoneId getZone() { return zone; }
    public ZoneOffset getOffset() { return zone.offset(); }
    public int getYear() { return dateTime.getYear(); }
    public int getMonthValue() { return dateTime.getMonthValue(); }
    public Month getMonth() { return dateTime.getMonth(); }
    public int getDayOfMonth() { return dateTime.getDayOfMonth(); }
    public DayOfWeek getDayOfWeek() { return dateTime.getDayOfWeek(); }
    public int getHour() { return dateTime.getHour(); }
    public int getMinute() { return dateTime.getMinute(); }
    public int getSecond() { return dateTime.getSecond(); }
    public int getNano() { return dateTime.getNano(); }

    public Instant toInstant() {
        return dateTime.toInstant(zone.offset());
    }

    public long toEpochSecond() {
        return dateTime.toEpochSecond(zone.offset());
    }

    public ZonedDateTime withZoneSameInstant(ZoneId zone) {
        return ofInstant(toInstant(), zone);
    }

    @Override
    public ZonedDateTime plus(long amount, TemporalUnit unit) {
        return new ZonedDateTime(dateTime.plus(amount, unit), zone);
    }

    @Override
    public ZonedDateTime minus(long amount, TemporalUnit unit) {
        return plus(-amount, unit);
    }

    public ZonedDateTime plusDays(long days) { return new ZonedDateTime(dateTime.plusDays(days), zone); }
    public ZonedDateTime plusHours(long hours) { return new ZonedDateTime(dateTime.plusHours(hours), zone); }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        ZonedDateTime end = ((ZonedDateTime) endExclusive).withZoneSameInstant(zone);
        return dateTime.until(end.dateTime, unit);
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    @Override
    public int compareTo(ZonedDateTime other) {
        return toInstant().compareTo(other.toInstant());
    }

    public boolean isBefore(ZonedDateTime other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(ZonedDateTime other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ZonedDateTime && dateTime.equals(((ZonedDateTime) obj).dateTime) && zone.equals(((ZonedDateTime) obj).zone);
    }

    @Override
    public int hashCode() {
        return dateTime.hashCode() ^ zone.offset().hashCode() ^ Integer.rotateLeft(zone.hashCode(), 3);
    }

    @Override
    public String toString() {
        String str = dateTime.toString() + zone.offset().getId();
        if (zone != zone.offset()) {
            str += '[' + zone.toString() + ']';
        }
        return str;
    }
}
