/*
 * Where /dev/random's generator gets its seed: 64 bits at a time from something unpredictable.
 * The kernel's source is TscEntropy (timing jitter); a CPU random-number instruction (RDRAND)
 * would plug in here once exo.hw has an intrinsic for it. Host tests pass fixed values.
 */
package exo.kernel.fs.devfs;

public interface EntropySource {
    long next64();
}
