/*
 * An FsClock the test moves by hand, so timestamp rules can be checked exactly.
 */
package exo.kernel.fs;

public final class ManualClock implements FsClock {
    public long now = 1_700_000_000_000_000_000L;

    @Override
    public long nowNanos() {
        return now;
    }

    public void advance(long nanos) {
        now += nanos;
    }
}
