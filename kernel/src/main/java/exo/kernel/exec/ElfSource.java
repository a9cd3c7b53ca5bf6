/*
 * Where ElfImage reads a file from: the VFS's open file in the kernel, a byte array in tests
 * and for images already in memory. read() fills dst[off, off+len) from the file at `offset`
 * and returns how many bytes it read: fewer than len only at the end of the file, a negative
 * errno on an I/O error.
 */
package exo.kernel.exec;

public interface ElfSource {
    long size();

    int read(long offset, byte[] dst, int off, int len);

    /** A source over bytes in memory. */
    static ElfSource of(byte[] bytes) {
        return new ElfSource() {
            public long size() {
                return bytes.length;
            }

            public int read(long offset, byte[] dst, int off, int len) {
                if (offset < 0 || offset >= bytes.length) {
                    return 0;
                }
                int n = (int) Math.min(len, bytes.length - offset);
                System.arraycopy(bytes, (int) offset, dst, off, n);
                return n;
            }
        };
    }
}
