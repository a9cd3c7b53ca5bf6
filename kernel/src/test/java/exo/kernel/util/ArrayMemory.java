/*
 * A UserWriter and UserReader over a byte array standing for [base, base + size) of some
 * address space: what InitialStack and SignalFrame write through in the tests. Accesses outside
 * the window throw Fault (the tests' EFAULT), and every write is counted so tests can see how
 * many copy-outs a layout costs.
 */
package exo.kernel.util;

public final class ArrayMemory implements UserWriter, UserReader {
    /** An access outside the window: what a real user-memory writer reports as EFAULT. */
    public static final class Fault extends RuntimeException {
        public final long addr;

        Fault(long addr, int len) {
            super("fault at 0x" + Long.toHexString(addr) + " (+" + len + ")");
            this.addr = addr;
        }
    }

    public final long base;
    public final byte[] bytes;
    public int writes;

    public ArrayMemory(long base, int size) {
        this.base = base;
        this.bytes = new byte[size];
    }

    private int index(long addr, int len) {
        long off = addr - base;
        if (Long.compareUnsigned(off, bytes.length) > 0 || Long.compareUnsigned(len, bytes.length - off) > 0 || len < 0) {
            throw new Fault(addr, len);
        }
        return (int) off;
    }

    @Override
    public void write(long addr, byte[] b, int off, int len) {
        System.arraycopy(b, off, bytes, index(addr, len), len);
        writes++;
    }

    @Override
    public void write64(long addr, long value) {
        LittleEndian.put64(bytes, index(addr, 8), value);
        writes++;
    }

    @Override
    public void read(long addr, byte[] b, int off, int len) {
        System.arraycopy(bytes, index(addr, len), b, off, len);
    }

    @Override
    public long read64(long addr) {
        return LittleEndian.u64(bytes, index(addr, 8));
    }

    /** The NUL-terminated string at addr (Fault if it runs off the window). */
    public String cString(long addr) {
        StringBuilder sb = new StringBuilder();
        for (int i = index(addr, 1); ; i++) {
            if (i >= bytes.length) {
                throw new Fault(addr, i);
            }
            if (bytes[i] == 0) {
                return sb.toString();
            }
            sb.append((char) (bytes[i] & 0xFF));
        }
    }
}
