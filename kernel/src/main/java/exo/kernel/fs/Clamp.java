/*
 * Caps one transfer at Linux's MAX_RW_COUNT (0x7ffff000 bytes): a larger read or write moves at
 * most that much, so counts always fit the syscall's return value. Also the first n bytes of a
 * buffer (prefix: vmsplice takes only what fits in the pipe, a write only what RLIMIT_FSIZE allows).
 */
package exo.kernel.fs;

public final class Clamp implements IoBuffer {
    private final IoBuffer inner;
    private final long limit;

    private Clamp(IoBuffer inner, long limit) {
        this.inner = inner;
        this.limit = limit;
    }

    public static IoBuffer of(IoBuffer b) {
        return prefix(b, Limits.MAX_RW_COUNT);
    }

    /** The first n bytes of b (b itself when it is no longer). */
    public static IoBuffer prefix(IoBuffer b, long n) {
        return b.length() > n ? new Clamp(b, n) : b;
    }

    @Override
    public long length() {
        return limit;
    }

    @Override
    public int fromKernel(long offset, long srcAddr, int len) {
        return inner.fromKernel(offset, srcAddr, len);
    }

    @Override
    public int toKernel(long offset, long dstAddr, int len) {
        return inner.toKernel(offset, dstAddr, len);
    }

    @Override
    public int fromArray(long offset, byte[] src, int srcOff, int len) {
        return inner.fromArray(offset, src, srcOff, len);
    }

    @Override
    public int toArray(long offset, byte[] dst, int dstOff, int len) {
        return inner.toArray(offset, dst, dstOff, len);
    }

    @Override
    public int zero(long offset, int len) {
        return inner.zero(offset, len);
    }
}
