/*
 * The kernel's FsClock: the TSC-based wall clock of exo.kernel.time.Clock, in nanoseconds.
 */
package exo.kernel.fs;

import exo.kernel.time.Clock;

public final class KernelFsClock implements FsClock {
    @Override
    public long nowNanos() {
        return Clock.currentTimeNanos();
    }
}
