/*
 * An Archive over a byte array (tests, and archives built in memory).
 */
package exo.kernel.fs.initramfs;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.IoBuffer;

public final class ArrayArchive implements Archive {
    private final byte[] bytes;

    public ArrayArchive(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public int byteAt(long offset) {
        return bytes[(int) offset] & 0xFF;
    }

    @Override
    public IoBuffer slice(long offset, long len) {
        return new ArrayBuffer(bytes, (int) offset, (int) len);
    }
}
