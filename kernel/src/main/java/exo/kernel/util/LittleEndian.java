/*
 * Little-endian integers in byte arrays, for the binary formats the kernel reads and writes
 * itself (ELF headers, the initial stack, signal frames). Reads zero-extend u8/u16/u32 into a
 * wider Java type so callers never see a sign they did not ask for. Bounds are Java's: an
 * offset past the array throws ArrayIndexOutOfBoundsException, so callers check sizes first.
 */
package exo.kernel.util;

public final class LittleEndian {
    private LittleEndian() {}

    public static int u8(byte[] b, int off) {
        return b[off] & 0xFF;
    }

    public static int u16(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
    }

    public static long u32(byte[] b, int off) {
        return s32(b, off) & 0xFFFFFFFFL;
    }

    public static int s32(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | (b[off + 3] & 0xFF) << 24;
    }

    // The wider accesses are written out byte by byte rather than through the narrower ones:
    // ELF parsing and the initial stack of every exec go through them (a call per byte pair
    // cost about 100 instructions for a 64-bit word).
    public static long u64(byte[] b, int off) {
        long lo = (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | (long) (b[off + 3] & 0xFF) << 24;
        long hi = (b[off + 4] & 0xFF) | (b[off + 5] & 0xFF) << 8 | (b[off + 6] & 0xFF) << 16 | (long) (b[off + 7] & 0xFF) << 24;
        return lo | hi << 32;
    }

    public static void put16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }

    public static void put32(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }

    public static void put64(byte[] b, int off, long v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
        b[off + 4] = (byte) (v >>> 32);
        b[off + 5] = (byte) (v >>> 40);
        b[off + 6] = (byte) (v >>> 48);
        b[off + 7] = (byte) (v >>> 56);
    }
}
