/*
 * Copies between kernel virtual memory (file pages through the direct map) and Java arrays, and
 * page zeroing, on top of exo.hw.Memory. Aligned runs move 8 bytes at a time; exoc lowers each
 * access to one load or store. Used by ArrayBuffer and the tmpfs page cache.
 */
package exo.kernel.fs;

import exo.hw.Memory;

public final class KernelMemory {
    private KernelMemory() {}

    public static void toArray(long src, byte[] dst, int dstOff, int len) {
        int i = 0;
        if (((src | dstOff) & 7) == 0) {
            for (; i + 8 <= len; i += 8) {
                long w = Memory.read64(src + i);
                for (int b = 0; b < 8; b++) {
                    dst[dstOff + i + b] = (byte) (w >>> (8 * b));
                }
            }
        }
        for (; i < len; i++) {
            dst[dstOff + i] = Memory.read8(src + i);
        }
    }

    public static void fromArray(byte[] src, int srcOff, long dst, int len) {
        int i = 0;
        if (((dst | srcOff) & 7) == 0) {
            for (; i + 8 <= len; i += 8) {
                long w = 0;
                for (int b = 7; b >= 0; b--) {
                    w = (w << 8) | (src[srcOff + i + b] & 0xFF);
                }
                Memory.write64(dst + i, w);
            }
        }
        for (; i < len; i++) {
            Memory.write8(dst + i, src[srcOff + i]);
        }
    }

    /** Copies len bytes between kernel addresses (the ranges must not overlap). */
    public static void copy(long dst, long src, int len) {
        int i = 0;
        if (((dst | src) & 7) == 0) {
            for (; i + 8 <= len; i += 8) {
                Memory.write64(dst + i, Memory.read64(src + i));
            }
        }
        for (; i < len; i++) {
            Memory.write8(dst + i, Memory.read8(src + i));
        }
    }

    public static void zero(long dst, int len) {
        int i = 0;
        if ((dst & 7) == 0) {
            for (; i + 8 <= len; i += 8) {
                Memory.write64(dst + i, 0);
            }
        }
        for (; i < len; i++) {
            Memory.write8(dst + i, (byte) 0);
        }
    }
}
