/* A point on the UTC time line: seconds and nanoseconds since 1970-01-01T00:00:00Z. */
package java.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

public final class Instant implements Temporal, TemporalAdjuster, Comparable<Instant>, java.io.Serializable {
    private static final long serialVersionUID = -665713676816604388L;

    public static final Instant EPOCH = new Instant(0, 0);
    public static final Instant MIN = new Instant(-31557014167219200L, 0);
    public static final Instant MAX = new Instant(31556889864403199L, 999_999_999);

    private final long seconds;
    private final int nanos;

    private Instant(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    public static Instant now() {
        return Clock.systemUTC().instant();
    }

    public static Instant now(Clock clock) {
        return clock.instant();
    }

    public static Instant ofEpochSecond(long epochSecond) {
        return new Instant(epochSecond, 0);
    }

    public static Instant ofEpochSecond(long epochSecond, long nanoAdjustment) {
        long secs = Math.addExact(epochSecond, Math.floorDiv(nanoAdjustment, LocalTime.NANOS_PER_SECOND));
        return new Instant(secs, (int) Math.floorMod(nanoAdjustment, LocalTime.NANOS_PER_SECOND));
    }

    public static Instant ofEpochMilli(long epochMilli) {
        return new Instant(Math.floorDiv(epochMilli, 1000L), (int) Math.floorMod(epochMilli, 1000L) * 1000_000);
    }

    public static Instant parse(CharSequence text) {
        return DateTimeFormatter.ISO_INSTANT.parseInstant(text);
    }

    public long getEpochSecond() {
        return seconds;
    }

    public int getNano() {
        return nanos;
    }

    public long toEpochMilli() {
        return Math.addExact(Math.multiplyExact(seconds, 1000L), nanos / 1000_000);
    }

    private Instant plus(long secondsToAdd, long nanosToAdd) {
        if ((secondsToAdd | nanosToAdd) == 0) {
            return this;
        }
        long epochSec = Math.addExact(seconds, secondsToAdd);
        epochSec = Math.addExact(epochSec, nanosToAdd / LocalTime.NANOS_PER_SECOND);
        return ofEpochSecond(epochSec, nanos + nanosToAdd % LocalTime.NANOS_PER_SECOND);
    }

    public Instant plusSeconds(long secondsToAdd) {
        return plus(secondsToAdd, 0);
    }

    public Instant plusMillis(long millisToAdd) {
        return plus(millisToAdd / 1000, (millisToAdd % 1000) * 1000_000);
    }

    public Instant plusNanos(long nanosToAdd) {
        return plus(0, nanosToAdd);
    }

    public Instant minusSeconds(long s) {
        return plusSeconds(-s);
    }

    public Instant minusMillis(long ms) {
        return plusMillis(-ms);
    }

    public Instant minusNanos(long ns) {
        return plusNanos(-ns);
    }

    @Override
    public Instant plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) {
            return (Instant) unit.addTo(this, amount);
        }
        switch ((ChronoUnit) unit) {
            case NANOS: return plusNanos(amount);
            case MICROS: return plus(amount / 1000_000, (amount % 1000_000) * 1000);
            case MILLIS: return plusMillis(amount);
            case SECONDS: return plusSeconds(amount);
            case MINUTES: return plusSeconds(Math.multiplyExact(amount, 60L));
            case HOURS: return plusSeconds(Math.multiplyExact(amount, 3600L));
            case HALF_DAYS: return plusSeconds(Math.multiplyExact(amount, 43200L));
            case DAYS: return plusSeconds(Math.multiplyExact(amount, 86400L));
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public Instant plus(TemporalAmount amount) {
        return (Instant) amount.addTo(this);
    }

    @Override
    public Instant minus(long amount, TemporalUnit unit) {
        return plus(-amount, unit);
    }

    public Instant minus(TemporalAmount amount) {
        return (Instant) amount.subtractFrom(this);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        return this;
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        Instant end = (Instant) endExclusive;
        long secs = Math.subtractExact(end.seconds, seconds);
        long nanos = end.nanos - this.nanos;
        if (!(unit instanceof ChronoUnit)) {
            return unit.between(this, end);
        }
        switch ((ChronoUnit) unit) {
            case NANOS: return Math.addExact(Math.multiplyExact(secs, LocalTime.NANOS_PER_SECOND), nanos);
            case MICROS: return Math.addExact(Math.multiplyExact(secs, 1000_000L), nanos / 1000);
            case MILLIS: return Math.subtractExact(end.toEpochMilli(), toEpochMilli());
            case SECONDS: return secondsUntil(end);
            case MINUTES: return secondsUntil(end) / 60;
            case HOURS: return secondsUntil(end) / 3600;
            case HALF_DAYS: return secondsUntil(end) / 43200;
            case DAYS: return secondsUntil(end) / 86400;
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    private long secondsUntil(Instant end) {
        long secsDiff = Math.subtractExact(end.seconds, seconds);
        long nanosDiff = end.nanos - nanos;
        if (secsDiff > 0 && nanosDiff < 0) {
            secsDiff--;
        } else if (secsDiff < 0 && nanosDiff > 0) {
            secsDiff++;
        }
        return secsDiff;
    }

    public ZonedDateTime atZone(ZoneId zone) {
        return ZonedDateTime.ofInstant(this, zone);
    }

    public boolean isAfter(Instant other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Instant other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Instant other) {
        int cmp = Long.compare(seconds, other.seconds);
        return cmp != 0 ? cmp : nanos - other.nanos;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Instant && ((Instant) obj).seconds == seconds && ((Instant) obj).nanos == nanos;
    }

    @Override
    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + 51 * nanos;
    }

    @Override
    public String toString() {
        return DateTimeFormatter.ISO_INSTANT.format(this);
    }
}
