/*
 * sendfile and copy_file_range: whole and partial copies, caller-given offsets that advance
 * instead of the file's, copies into a pipe, and the errors (bad descriptors and modes, O_APPEND,
 * directories, overlapping ranges, flags).
 */
package exo.kernel.fs.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.vfs.FsContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransferTest {
    FsFixture fx;
    FsContext ctx;
    FdTable fds;
    byte[] data = new byte[200_000];

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
        ctx = fx.root;
        fds = fx.fds;
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 13);
        }
        fx.writeFile(ctx, "/src", data);
    }

    @Test
    void sendfileWholeAndWithAnOffset() {
        int in = fx.open("/src", OpenFlags.O_RDONLY);
        int out = fx.open("/dst", OpenFlags.O_WRONLY | OpenFlags.O_CREAT);
        assertEquals(200_000, FileIo.sendfile(ctx, fds, out, in, null, 1 << 30));
        assertEquals(200_000, FileIo.lseek(fds, in, 0, FsFlags.SEEK_CUR));
        assertArrayEquals(data, fx.readFile(ctx, "/dst"));
        long[] off = {100};
        assertEquals(50, FileIo.sendfile(ctx, fds, out, in, off, 50));
        assertEquals(150, off[0]);
        assertEquals(200_000, FileIo.lseek(fds, in, 0, FsFlags.SEEK_CUR)); // the file's offset stays
        assertEquals(0, FileIo.sendfile(ctx, fds, out, in, null, 10)); // at the end
        assertEquals(-Errno.EBADF, FileIo.sendfile(ctx, fds, in, out, null, 10));
        int app = fx.open("/dst", OpenFlags.O_WRONLY | OpenFlags.O_APPEND);
        assertEquals(-Errno.EINVAL, FileIo.sendfile(ctx, fds, app, in, null, 10));
        assertEquals(-Errno.EINVAL, FileIo.sendfile(ctx, fds, out, in, new long[] {-1}, 10));
    }

    @Test
    void sendfileIntoAPipeStopsWhenItIsFull() {
        int in = fx.open("/src", OpenFlags.O_RDONLY);
        int[] p = new int[2];
        assertEquals(0, FileIo.pipe2(ctx, fds, fx.layer.pipes, OpenFlags.O_NONBLOCK, p));
        assertEquals(65536, FileIo.sendfile(ctx, fds, p[1], in, null, 200_000));
        assertEquals(65536, FileIo.lseek(fds, in, 0, FsFlags.SEEK_CUR)); // what the pipe refused went back
        assertEquals(-Errno.EAGAIN, FileIo.sendfile(ctx, fds, p[1], in, null, 1));
        assertEquals(-Errno.ESPIPE, FileIo.sendfile(ctx, fds, p[1], p[0], new long[] {0}, 1));
    }

    @Test
    void copyFileRangeWithOffsetsAndErrors() {
        int in = fx.open("/src", OpenFlags.O_RDONLY);
        int out = fx.open("/dst", OpenFlags.O_RDWR | OpenFlags.O_CREAT);
        long[] inOff = {1000};
        assertEquals(5000, FileIo.copyFileRange(ctx, fds, in, inOff, out, null, 5000, 0));
        assertEquals(6000, inOff[0]);
        assertEquals(0, FileIo.lseek(fds, in, 0, FsFlags.SEEK_CUR));
        assertEquals(5000, FileIo.lseek(fds, out, 0, FsFlags.SEEK_CUR));
        byte[] back = new byte[5000];
        FileIo.pread(ctx, fds, out, new ArrayBuffer(back), 0);
        for (int i = 0; i < 5000; i++) {
            assertEquals(data[1000 + i], back[i]);
        }
        assertEquals(-Errno.EINVAL, FileIo.copyFileRange(ctx, fds, in, null, out, null, 10, 1));
        assertEquals(-Errno.EINVAL, FileIo.copyFileRange(ctx, fds, out, new long[] {0}, out, new long[] {10}, 100, 0));
        assertEquals(100, FileIo.copyFileRange(ctx, fds, out, new long[] {0}, out, new long[] {200}, 100, 0));
        assertEquals(0, FileIo.copyFileRange(ctx, fds, out, new long[] {5000}, out, new long[] {5000}, 1, 0)); // at EOF
        int dir = fx.open("/tmp", OpenFlags.O_RDONLY);
        assertEquals(-Errno.EISDIR, FileIo.copyFileRange(ctx, fds, dir, null, out, null, 1, 0));
        int dev = fx.open("/dev/zero", OpenFlags.O_RDWR);
        assertEquals(-Errno.EINVAL, FileIo.copyFileRange(ctx, fds, dev, null, out, null, 1, 0));
        assertEquals(-Errno.EBADF, FileIo.copyFileRange(ctx, fds, in, null, in, null, 1, 0));
    }
}
