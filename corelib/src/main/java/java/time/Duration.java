/* A time-based amount: seconds and nanoseconds, printed "PT8H6M12.345S" as in the JDK. */
package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;

public final class Duration implements TemporalAmount, Comparable<Duration>, java.io.Serializable {
    private static final long serialVersionUID = 3078945930695997490L;

    public static final Duration ZERO = new Duration(0, 0);

    private final long seconds;
    private final int nanos;

    private Duration(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    public static Duration ofDays(long days) {
        return new Duration(Math.multiplyExact(days, 86400L), 0);
    }

    public static Duration ofHours(long hours) {
        return new Duration(Math.multiplyExact(hours, 3600L), 0);
    }

    public static Duration ofMinutes(long minutes) {
        return new Duration(Math.multiplyExact(minutes, 60L), 0);
    }

    public static Duration ofSeconds(long seconds) {
        return new Duration(seconds, 0);
    }

    public static Duration ofSeconds(long seconds, long nanoAdjustment) {
        long secs = Math.addExact(seconds, Math.floorDiv(nanoAdjustment, LocalTime.NANOS_PER_SECOND));
        return new Duration(secs, (int) Math.floorMod(nanoAdjustment, LocalTime.NANOS_PER_SECOND));
    }

    public static Duration ofMillis(long millis) {
        return new Duration(Math.floorDiv(millis, 1000L), (int) Math.floorMod(millis, 1000L) * 1000_000);
    }

    public static Duration ofNanos(long nanos) {
        return ofSeconds(0, nanos);
    }

    public static Duration of(long amount, TemporalUnit unit) {
        return ZERO.plus(amount, unit);
    }

    public static Duration between(Temporal startInclusive, Temporal endExclusive) {
        long nanos;
        try {
            nanos = startInclusive.until(endExclusive, ChronoUnit.NANOS);
        } catch (ArithmeticException e) {
            long secs = startInclusive.until(endExclusive, ChronoUnit.SECONDS);
            return ofSeconds(secs);
        }
        return ofNanos(nanos);
    }

    public long getSeconds() {
        return seconds;
    }

    public int getNano() {
        return nanos;
    }

    public boolean isZero() {
        return (seconds | nanos) == 0;
    }

    public boolean isNegative() {
        return seconds < 0;
    }

    public Duration plus(Duration d) {
        return plusSecondsNanos(d.seconds, d.nanos);
    }

    private Duration plusSecondsNanos(long secondsToAdd, long nanosToAdd) {
        if ((secondsToAdd | nanosToAdd) == 0) {
            return this;
        }
        long epochSec = Math.addExact(seconds, secondsToAdd);
        epochSec = Math.addExact(epochSec, nanosToAdd / LocalTime.NANOS_PER_SECOND);
        return ofSeconds(epochSec, nanos + nanosToAdd % LocalTime.NANOS_PER_SECOND);
    }

    public Duration plus(long amountToAdd, TemporalUnit unit) {
        if (unit == ChronoUnit.DAYS) {
            return plusSecondsNanos(Math.multiplyExact(amountToAdd, 86400L), 0);
        }
        if (unit instanceof ChronoUnit && ((ChronoUnit) unit).isDurationEstimated()) {
            throw new java.time.temporal.UnsupportedTemporalTypeException("Unit must not have an estimated duration");
        }
        switch ((ChronoUnit) unit) {
            case NANOS: return plusNanos(amountToAdd);
            case MICROS: return plusSecondsNanos(amountToAdd / 1000_000, (amountToAdd % 1000_000) * 1000);
            case MILLIS: return plusMillis(amountToAdd);
            case SECONDS: return plusSeconds(amountToAdd);
            default: return plusSeconds(Math.multiplyExact(unit.getDuration().seconds, amountToAdd));
        }
    }

    public Duration plusDays(long d) { return plusSecondsNanos(Math.multiplyExact(d, 86400L), 0); }
    public Duration plusHours(long h) { return plusSecondsNanos(Math.multiplyExact(h, 3600L), 0); }
    public Duration plusMinutes(long m) { return plusSecondsNanos(Math.multiplyExact(m, 60L), 0); }
    public Duration plusSeconds(long s) { return plusSecondsNanos(s, 0); }
    public Duration plusMillis(long ms) { return plusSecondsNanos(ms / 1000, (ms % 1000) * 1000_000); }
    public Duration plusNanos(long ns) { return plusSecondsNanos(0, ns); }

    public Duration minus(Duration d) {
        return plus(d.negated());
    }

    public Duration minus(long amount, TemporalUnit unit) {
        return plus(-amount, unit);
    }

    public Duration minusDays(long d) { return plusDays(-d); }
    public Duration minusHours(long h) { return plusHours(-h); }
    public Duration minusMinutes(long m) { return plusMinutes(-m); }
    public Duration minusSeconds(long s) { return plusSeconds(-s); }
    public Duration minusMillis(long ms) { return plusMillis(-ms); }
    public Duration minusNanos(long ns) { return plusNanos(-ns); }

    private java.math.BigDecimal toBigDecimalSeconds() {
        return java.math.BigDecimal.valueOf(seconds).add(java.math.BigDecimal.valueOf(nanos, 9));
    }

    private static Duration create(java.math.BigDecimal secs) {
        java.math.BigInteger nanos = secs.movePointRight(9).toBigIntegerExact();
        java.math.BigInteger[] divRem = nanos.divideAndRemainder(java.math.BigInteger.valueOf(LocalTime.NANOS_PER_SECOND));
        return ofSeconds(divRem[0].longValueExact(), divRem[1].intValue());
    }

    public Duration multipliedBy(long multiplicand) {
        return multiplicand == 1 ? this : create(toBigDecimalSeconds().multiply(java.math.BigDecimal.valueOf(multiplicand)));
    }

    public Duration dividedBy(long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("Cannot divide by zero");
        }
        return divisor == 1 ? this : create(toBigDecimalSeconds().divide(java.math.BigDecimal.valueOf(divisor), java.math.RoundingMode.DOWN));
    }

    public long dividedBy(Duration divisor) {
        return toBigDecimalSeconds().divideToIntegralValue(divisor.toBigDecimalSeconds()).longValueExact();
    }

    public Duration negated() {
        return multipliedBy(-1);
    }

    public Duration abs() {
        return isNegative() ? negated() : this;
    }

    public long toDays() { return seconds / 86400; }
    public long toHours() { return seconds / 3600; }
    public long toMinutes() { return seconds / 60; }
    public long toSeconds() { return seconds; }
    public long toDaysPart() { return seconds / 86400; }
    public int toHoursPart() { return (int) (toHours() % 24); }
    public int toMinutesPart() { return (int) (toMinutes() % 60); }
    public int toSecondsPart() { return (int) (seconds % 60); }
    public int toMillisPart() { return nanos / 1000_000; }
    public int toNanosPart() { return nanos; }

    public long toMillis() {
        long tempSeconds = seconds;
        long tempNanos = nanos;
        if (tempSeconds < 0) {
            tempSeconds = tempSeconds + 1;
            tempNanos = tempNanos - LocalTime.NANOS_PER_SECOND;
        }
        return Math.addExact(Math.multiplyExact(tempSeconds, 1000), tempNanos / 1000_000);
    }

    public long toNanos() {
        long tempSeconds = seconds;
        long tempNanos = nanos;
        if (tempSeconds < 0) {
            tempSeconds = tempSeconds + 1;
            tempNanos = tempNanos - LocalTime.NANOS_PER_SECOND;
        }
        return Math.addExact(Math.multiplyExact(tempSeconds, LocalTime.NANOS_PER_SECOND), tempNanos);
    }

    @Override
    public Temporal addTo(Temporal temporal) {
        if (seconds != 0) {
            temporal = temporal.plus(seconds, ChronoUnit.SECONDS);
        }
        if (nanos != 0) {
            temporal = temporal.plus(nanos, ChronoUnit.NANOS);
        }
        return temporal;
    }

    @Override
    public Temporal subtractFrom(Temporal temporal) {
        if (seconds != 0) {
            temporal = temporal.minus(seconds, ChronoUnit.SECONDS);
        }
        if (nanos != 0) {
            temporal = temporal.minus(nanos, ChronoUnit.NANOS);
        }
        return temporal;
    }

    @Override
    public int compareTo(Duration other) {
        int cmp = Long.compare(seconds, other.seconds);
        return cmp != 0 ? cmp : nanos - other.nanos;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Duration && ((Duration) obj).seconds == seconds && ((Duration) obj).nanos == nanos;
    }

    @Override
    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + (51 * nanos);
    }

    @Override
    public String toString() {
        if (this == ZERO || isZero()) {
            return "PT0S";
        }
        long effectiveTotalSecs = seconds;
        if (seconds < 0 && nanos > 0) {
            effectiveTotalSecs++;
        }
        long hours = effectiveTotalSecs / 3600;
        int minutes = (int) ((effectiveTotalSecs % 3600) / 60);
        int secs = (int) (effectiveTotalSecs % 60);
        StringBuilder buf = new StringBuilder(24).append("PT");
        if (hours != 0) {
            buf.append(hours).append('H');
        }
        if (minutes != 0) {
            buf.append(minutes).append('M');
        }
        if (secs == 0 && nanos == 0 && buf.length() > 2) {
            return buf.toString();
        }
        if (seconds < 0 && nanos > 0) {
            buf.append(secs == 0 ? "-0" : Integer.toString(secs));
        } else {
            buf.append(secs);
        }
        if (nanos > 0) {
            int pos = buf.length();
            buf.append(seconds < 0 ? 2 * LocalTime.NANOS_PER_SECOND - nanos : nanos + LocalTime.NANOS_PER_SECOND);
            while (buf.charAt(buf.length() - 1) == '0') {
                buf.setLength(buf.length() - 1);
            }
            buf.setCharAt(pos, '.');
        }
        return buf.append('S').toString();
    }
}
