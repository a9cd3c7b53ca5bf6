/*
 * Where file timestamps come from: wall-clock time in nanoseconds since the epoch
 * (CLOCK_REALTIME). The kernel passes KernelFsClock; host tests pass a clock they move by hand,
 * so that every atime/mtime/ctime rule can be checked exactly.
 */
package exo.kernel.fs;

public interface FsClock {
    long nowNanos();
}
