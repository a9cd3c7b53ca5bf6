/*
 * Time units and their conversions (saturating at Long.MIN_VALUE/MAX_VALUE, as in the JDK),
 * and the timed sleep/join/wait helpers.
 */
package java.util.concurrent;

public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1_000L),
    MILLISECONDS(1_000_000L),
    SECONDS(1_000_000_000L),
    MINUTES(60_000_000_000L),
    HOURS(3_600_000_000_000L),
    DAYS(86_400_000_000_000L);

    private final long nanos;

    TimeUnit(long nanos) {
        this.nanos = nanos;
    }

    /** d units of this in units of size target (nanoseconds), saturated. */
    private long to(long d, long target) {
        if (nanos == target) {
            return d;
        }
        if (nanos < target) {
            return d / (target / nanos);
        }
        long ratio = nanos / target;
        long max = Long.MAX_VALUE / ratio;
        if (d > max) {
            return Long.MAX_VALUE;
        }
        if (d < -max) {
            return Long.MIN_VALUE;
        }
        return d * ratio;
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return sourceUnit.to(sourceDuration, nanos);
    }

    public long toNanos(long d) {
        return to(d, NANOSECONDS.nanos);
    }

    public long toMicros(long d) {
        return to(d, MICROSECONDS.nanos);
    }

    public long toMillis(long d) {
        return to(d, MILLISECONDS.nanos);
    }

    public long toSeconds(long d) {
        return to(d, SECONDS.nanos);
    }

    public long toMinutes(long d) {
        return to(d, MINUTES.nanos);
    }

    public long toHours(long d) {
        return to(d, HOURS.nanos);
    }

    public long toDays(long d) {
        return to(d, DAYS.nanos);
    }

    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ns = toNanos(timeout);
            Thread.sleep(ns / 1_000_000L, (int) (ns % 1_000_000L));
        }
    }

    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            thread.join(Math.max(1, toMillis(timeout)));
        }
    }

    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            obj.wait(Math.max(1, toMillis(timeout)));
        }
    }
}
