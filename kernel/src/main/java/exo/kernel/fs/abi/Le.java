/*
 * Little-endian stores into and loads from byte arrays: how the abi layouts are encoded.
 */
package exo.kernel.fs.abi;

public final class Le {
    private Le() {}

    public static void put8(byte[] b, int off, int v) {
        b[off] = (byte) v;
    }

    public static void put16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }

    public static void put32(byte[] b, int off, int v) {
        for (int i = 0; i < 4; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
    }

    public static void put64(byte[] b, int off, long v) {
        for (int i = 0; i < 8; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
    }

    public static int get16(byte[] b, int off) {
        return (short) ((b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8);
    }

    public static int get32(byte[] b, int off) {
        int v = 0;
        for (int i = 3; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    public static long get64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    /** Seconds of a nanosecond timestamp, rounded down (so -1 ns is -1 s + 999999999 ns). */
    public static long seconds(long nanos) {
        return Math.floorDiv(nanos, 1_000_000_000L);
    }

    public static int nanosPart(long nanos) {
        return (int) Math.floorMod(nanos, 1_000_000_000L);
    }
}
