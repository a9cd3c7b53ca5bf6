/*
 * An IoBuffer over a Java byte array (or a slice of one): the kernel's own reads and writes of
 * files (procfs text, the initramfs unpacker, sendfile's bounce buffer) and the host tests.
 * Kernel memory is reached through KernelMemory. Never faults: every copy is complete.
 */
package exo.kernel.fs;

public final class ArrayBuffer implements IoBuffer {
    private final byte[] bytes;
    private final int start;
    private final int len;

    public ArrayBuffer(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public ArrayBuffer(byte[] bytes, int start, int len) {
        if (start < 0 || len < 0 || start + len > bytes.length || start + len < 0) {
            throw new IndexOutOfBoundsException("slice " + start + "+" + len + " of " + bytes.length);
        }
        this.bytes = bytes;
        this.start = start;
        this.len = len;
    }

    public static ArrayBuffer ofString(String s) {
        return new ArrayBuffer(Names.bytes(s));
    }

    public byte[] array() {
        return bytes;
    }

    @Override
    public long length() {
        return len;
    }

    private int at(long offset, int n) {
        if (offset < 0 || n < 0 || offset + n > len) {
            throw new IndexOutOfBoundsException("offset " + offset + "+" + n + " in a buffer of " + len);
        }
        return start + (int) offset;
    }

    @Override
    public int fromKernel(long offset, long srcAddr, int n) {
        KernelMemory.toArray(srcAddr, bytes, at(offset, n), n);
        return n;
    }

    @Override
    public int toKernel(long offset, long dstAddr, int n) {
        KernelMemory.fromArray(bytes, at(offset, n), dstAddr, n);
        return n;
    }

    @Override
    public int fromArray(long offset, byte[] src, int srcOff, int n) {
        System.arraycopy(src, srcOff, bytes, at(offset, n), n);
        return n;
    }

    @Override
    public int toArray(long offset, byte[] dst, int dstOff, int n) {
        System.arraycopy(bytes, at(offset, n), dst, dstOff, n);
        return n;
    }

    @Override
    public int zero(long offset, int n) {
        int p = at(offset, n);
        for (int i = 0; i < n; i++) {
            bytes[p + i] = 0;
        }
        return n;
    }
}
