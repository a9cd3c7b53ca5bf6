/*
 * Copies between kernel virtual memory (file pages through the direct map) and Java arrays, and
 * page zeroing, on top of exo.hw.Memory's block moves (one memcpy/memset each: a byte loop cost
 * several instructions a byte). Array ranges are checked here, since the block moves do not
 * check them. Used by ArrayBuffer and the tmpfs page cache.
 */
package exo.kernel.fs;

import exo.hw.Memory;

public final class KernelMemory {
    private KernelMemory() {}

    public static void toArray(long src, byte[] dst, int dstOff, int len) {
        if (len > 0) {
            checkRange(dst, dstOff, len);
            Memory.copyToArray(dst, dstOff, src, len);
        }
    }

    public static void fromArray(byte[] src, int srcOff, long dst, int len) {
        if (len > 0) {
            checkRange(src, srcOff, len);
            Memory.copyFromArray(dst, src, srcOff, len);
        }
    }

    /** Copies len bytes between kernel addresses (the ranges must not overlap). */
    public static void copy(long dst, long src, int len) {
        if (len > 0) {
            Memory.copy(dst, src, len);
        }
    }

    public static void zero(long dst, int len) {
        if (len > 0) {
            Memory.fill(dst, 0, len);
        }
    }

    private static void checkRange(byte[] array, int off, int len) {
        if (off < 0 || off > array.length - len) {
            throw new ArrayIndexOutOfBoundsException("range [" + off + ", " + off + " + " + len + ") of byte[" + array.length + "]");
        }
    }
}
