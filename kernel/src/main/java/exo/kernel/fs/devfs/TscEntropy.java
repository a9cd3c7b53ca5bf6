/*
 * Entropy from the time-stamp counter: each 64-bit value folds many rdtsc readings taken around
 * short, memory-touching busy loops, whose exact cycle counts vary with caches, interrupts and
 * the emulator's scheduling. Weak on its own, so RandomDevice hashes many of them through
 * ChaCha20 for its key; good enough for a kernel without RDRAND, not for cryptography.
 */
package exo.kernel.fs.devfs;

import exo.hw.Cpu;

public final class TscEntropy implements EntropySource {
    private final int[] scratch = new int[256];

    @Override
    public long next64() {
        long acc = 0x9E3779B97F4A7C15L;
        for (int round = 0; round < 64; round++) {
            long t0 = Cpu.rdtsc();
            int spin = (int) (t0 & 63) + 16;
            int x = 0;
            for (int i = 0; i < spin; i++) {
                x += scratch[(i * 37 + round) & 255]++;
            }
            long t1 = Cpu.rdtsc();
            acc = Long.rotateLeft(acc ^ (t1 - t0) ^ ((long) x << 32) ^ t1, 23) * 0xBF58476D1CE4E5B9L;
        }
        return acc;
    }
}
