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

    public static long u64(byte[] b, int off) {
        return (s32(b, off) & 0xFFFFFFFFL) | (long) s32(b, off + 4) << 32;
    }

    public static void put16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }

    public static void put32(byte[] b, int off, int v) {
        put16(b, off, v);
        put16(b, off + 2, v >>> 16);
    }

    public static void put64(byte[] b, int off, long v) {
        put32(b, off, (int) v);
        put32(b, off + 4, (int) (v >>> 32));
    }
}
