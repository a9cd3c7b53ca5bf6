/*
 * User memory that faults: an IoBuffer whose first `valid` bytes can be copied and the rest
 * cannot, as UserBuffer reports a bad page (a short count), for the EFAULT cases.
 */
package exo.kernel.tty;

import exo.kernel.fs.IoBuffer;

final class FaultingBuffer implements IoBuffer {
    private final byte[] bytes;

    FaultingBuffer(int valid) {
        bytes = new byte[valid];
    }

    @Override
    public long length() {
        return TtyIoctl.MAX_ARG_BYTES;
    }

    private int part(long offset, int len) {
        return (int) Math.max(0, Math.min(len, bytes.length - offset));
    }

    @Override
    public int fromKernel(long offset, long srcAddr, int len) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int toKernel(long offset, long dstAddr, int len) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int fromArray(long offset, byte[] src, int srcOff, int len) {
        int n = part(offset, len);
        System.arraycopy(src, srcOff, bytes, (int) offset, n);
        return n;
    }

    @Override
    public int toArray(long offset, byte[] dst, int dstOff, int len) {
        int n = part(offset, len);
        System.arraycopy(bytes, (int) offset, dst, dstOff, n);
        return n;
    }

    @Override
    public int zero(long offset, int len) {
        throw new UnsupportedOperationException();
    }
}
