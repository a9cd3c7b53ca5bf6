/*
 * IoVector: readv/writev through several segments (empty ones included), copies split at
 * segment boundaries, a faulting segment ending the transfer with a short count, and bounds.
 */
package exo.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import exo.kernel.fs.file.FileIo;
import org.junit.jupiter.api.Test;

class IoVectorTest {
    @Test
    void readvAndWritevThroughAFile() {
        FsFixture fx = new FsFixture();
        byte[] a = Names.bytes("hello ");
        byte[] b = new byte[0];
        byte[] c = Names.bytes("vectored world");
        IoVector out = new IoVector(new IoBuffer[] {new ArrayBuffer(a), new ArrayBuffer(b), new ArrayBuffer(c)});
        assertEquals(20, out.length());
        int fd = fx.open("/v", OpenFlags.O_RDWR | OpenFlags.O_CREAT);
        assertEquals(20, FileIo.write(fx.root, fx.fds, fd, out));
        assertEquals("hello vectored world", fx.readText("/v"));
        byte[] x = new byte[3];
        byte[] y = new byte[10];
        byte[] z = new byte[100];
        IoVector in = new IoVector(new IoBuffer[] {new ArrayBuffer(x), new ArrayBuffer(y), new ArrayBuffer(z)});
        assertEquals(20, FileIo.pread(fx.root, fx.fds, fd, in, 0));
        assertEquals("hel", Names.fromBytes(x));
        assertEquals("lo vectore", Names.fromBytes(y));
        assertEquals("d world", Names.fromBytes(z, 0, 7));
    }

    @Test
    void aFaultingSegmentEndsTheCopy() {
        IoBuffer faulty = new IoBuffer() {
            public long length() {
                return 10;
            }

            public int fromKernel(long o, long a, int n) {
                return 0;
            }

            public int toKernel(long o, long a, int n) {
                return 0;
            }

            public int fromArray(long o, byte[] s, int so, int n) {
                return Math.min(n, 4); // faults after 4 bytes
            }

            public int toArray(long o, byte[] d, int doff, int n) {
                return 0;
            }

            public int zero(long o, int n) {
                return 0;
            }
        };
        byte[] first = new byte[5];
        IoVector v = new IoVector(new IoBuffer[] {new ArrayBuffer(first), faulty, new ArrayBuffer(new byte[5])});
        byte[] src = Names.bytes("0123456789abcdefghij");
        assertEquals(9, v.fromArray(0, src, 0, 20));
        assertArrayEquals(Names.bytes("01234"), first);
        assertThrows(IndexOutOfBoundsException.class, () -> v.fromArray(15, src, 0, 6));
    }
}
