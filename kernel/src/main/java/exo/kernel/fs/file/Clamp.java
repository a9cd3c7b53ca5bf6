/*
 * Caps one transfer at Linux's MAX_RW_COUNT (0x7ffff000 bytes): a larger read or write moves at
 * most that much, so counts always fit the syscall's return value.
 */
package exo.kernel.fs.file;

import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.Limits;

final class Clamp implements IoBuffer {
    private final IoBuffer inner;

    private Clamp(IoBuffer inner) {
        this.inner = inner;
    }

    static IoBuffer of(IoBuffer b) {
        return b.length() > Limits.MAX_RW_COUNT ? new Clamp(b) : b;
    }

    @Override
    public long length() {
        return Limits.MAX_RW_COUNT;
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
