/*
 * An IoBuffer over a range of kernel virtual memory (a boot module such as the initramfs, or
 * any kernel-owned region): copies to and from it go through KernelMemory. Never faults.
 */
package exo.kernel.fs;

public final class KernelBuffer implements IoBuffer {
    private final long addr;
    private final long len;

    public KernelBuffer(long addr, long len) {
        this.addr = addr;
        this.len = len;
    }

    private long at(long offset, int n) {
        if (offset < 0 || n < 0 || offset + n > len) {
            throw new IndexOutOfBoundsException("offset " + offset + "+" + n + " in a region of " + len);
        }
        return addr + offset;
    }

    @Override
    public long length() {
        return len;
    }

    @Override
    public int fromKernel(long offset, long srcAddr, int n) {
        KernelMemory.copy(at(offset, n), srcAddr, n);
        return n;
    }

    @Override
    public int toKernel(long offset, long dstAddr, int n) {
        KernelMemory.copy(dstAddr, at(offset, n), n);
        return n;
    }

    @Override
    public int fromArray(long offset, byte[] src, int srcOff, int n) {
        KernelMemory.fromArray(src, srcOff, at(offset, n), n);
        return n;
    }

    @Override
    public int toArray(long offset, byte[] dst, int dstOff, int n) {
        KernelMemory.toArray(at(offset, n), dst, dstOff, n);
        return n;
    }

    @Override
    public int zero(long offset, int n) {
        KernelMemory.zero(at(offset, n), n);
        return n;
    }
}
