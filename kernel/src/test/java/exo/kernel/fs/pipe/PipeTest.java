/*
 * Pipes and FIFOs: data through the ring with wrap-around, EOF after the last writer, EPIPE after
 * the last reader, O_NONBLOCK's EAGAIN, atomic writes up to PIPE_BUF and split ones above,
 * blocking reads and writes handed over by the other side (a scripted waiter stands for the
 * other process), F_GETPIPE_SZ/F_SETPIPE_SZ, FIONREAD, poll masks and wake-ups (every change
 * wakes a polled pipe), ESPIPE, and FIFO opens (ENXIO, waits for the peer, O_RDWR).
 */
package exo.kernel.fs.pipe;

import static exo.kernel.fs.FsFlags.AT_FDCWD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.Limits;
import exo.kernel.fs.Names;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.vfs.Stat;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.WaiterTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PipeTest {
    FsFixture fx;
    FsContext ctx;
    FdTable fds;
    int r;
    int w;

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
        ctx = fx.root;
        fds = fx.fds;
    }

    void pipe(int flags) {
        OpenFile[] ends = new OpenFile[2];
        assertEquals(0, fx.layer.pipes.create(ctx, flags, ends));
        r = fds.install(ends[0], false);
        w = fds.install(ends[1], false);
    }

    long write(int fd, byte[] b) {
        return FileIo.write(ctx, fds, fd, new ArrayBuffer(b));
    }

    long read(int fd, byte[] b) {
        return FileIo.read(ctx, fds, fd, new ArrayBuffer(b));
    }

    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    @Test
    void dataThroughTheRingWithWrapAround() {
        pipe(0);
        byte[] in = bytes(50_000, 1);
        assertEquals(50_000, write(w, in));
        byte[] out = new byte[40_000];
        assertEquals(40_000, read(r, out));
        assertEquals(50_000, write(w, bytes(50_000, 2))); // wraps around the 64 KiB ring
        assertEquals(60_000, FileIo.ioctl(ctx, fds, r, FileIo.FIONREAD, 0));
        byte[] rest = new byte[100_000];
        assertEquals(60_000, read(r, rest)); // a read returns what is there
        for (int i = 0; i < 10_000; i++) {
            assertEquals(in[40_000 + i], rest[i]);
        }
        byte[] second = bytes(50_000, 2);
        for (int i = 0; i < 50_000; i++) {
            assertEquals(second[i], rest[10_000 + i]);
        }
    }

    @Test
    void theRingGrowsOnlyAsDataWaitsAndKeepsWrappedBytesInOrder() {
        pipe(0);
        Pipe p = ((PipeFile) fds.file(w)).pipe;
        assertEquals(0, p.ringBytes(), "an unused pipe holds no buffer");
        assertEquals(3000, write(w, bytes(3000, 1)));
        assertEquals(4096, p.ringBytes());
        byte[] first = new byte[2000];
        assertEquals(2000, read(r, first));
        assertEquals(3000, write(w, bytes(3000, 2)));   // 4000 waiting, wrapped in 4096
        assertEquals(4096, p.ringBytes());
        assertEquals(5000, write(w, bytes(5000, 3)));   // 9000 waiting: grows to 16 KiB, unwrapped
        assertEquals(16384, p.ringBytes());
        byte[] out = new byte[9000];
        assertEquals(9000, read(r, out));
        byte[] want = new byte[9000];
        System.arraycopy(bytes(3000, 1), 2000, want, 0, 1000);
        System.arraycopy(bytes(3000, 2), 0, want, 1000, 3000);
        System.arraycopy(bytes(5000, 3), 0, want, 4000, 5000);
        assertArrayEquals(want, out);
        assertEquals(65536, FileIo.fcntl(fds, w, FsFlags.F_SETPIPE_SZ, 65536));
        assertEquals(16384, p.ringBytes(), "a larger capacity allocates nothing");
        assertEquals(4096, FileIo.fcntl(fds, w, FsFlags.F_SETPIPE_SZ, 4096));
        assertEquals(4096, p.ringBytes(), "a smaller one shrinks the ring");
    }

    @Test
    void eofAfterTheLastWriterAndEpipeAfterTheLastReader() {
        pipe(0);
        int w2 = fds.dup(w);
        write(w, new byte[] {1, 2});
        fds.close(w);
        byte[] b = new byte[10];
        assertEquals(2, read(r, b));
        fds.close(w2);
        assertEquals(0, read(r, b)); // EOF: no writer left
        pipe(0);
        fds.close(r);
        assertEquals(-Errno.EPIPE, write(w, new byte[] {1}));
    }

    @Test
    void nonblockingEagainAndAtomicWrites() {
        pipe(OpenFlags.O_NONBLOCK);
        byte[] b = new byte[10];
        assertEquals(-Errno.EAGAIN, read(r, b));
        assertEquals(65536 - 100, write(w, new byte[65536 - 100]));
        assertEquals(-Errno.EAGAIN, write(w, new byte[Limits.PIPE_BUF])); // atomic: all or nothing
        assertEquals(100, write(w, new byte[Limits.PIPE_BUF + 1])); // larger writes may be split
        assertEquals(-Errno.EAGAIN, write(w, new byte[1]));
        assertEquals(0, write(w, new byte[0]));
        assertEquals(-Errno.EINVAL, fx.layer.pipes.create(ctx, 0x1, new OpenFile[2]));
    }

    @Test
    void blockingReadWaitsForTheWriter() {
        pipe(0);
        fx.waiter.then(() -> assertEquals(3, write(w, new byte[] {7, 8, 9})));
        byte[] b = new byte[10];
        assertEquals(3, read(r, b));
        assertEquals(1, fx.waiter.sleeps);
        assertTrue(fx.waiter.wakes >= 1); // the write woke the reader
        fx.waiter.then(() -> fds.close(w));
        assertEquals(0, read(r, b)); // woken by the last writer leaving: EOF
    }

    @Test
    void blockingWriteWaitsForRoomAndKeepsSmallWritesWhole() {
        pipe(0);
        assertEquals(65536 - 10, write(w, new byte[65536 - 10]));
        // 4096 bytes do not fit in 10: the writer waits; the reader frees 5000; all 4096 go in at once.
        fx.waiter.then(() -> assertEquals(5000, read(r, new byte[5000])));
        assertEquals(4096, write(w, bytes(4096, 3)));
        assertEquals(1, fx.waiter.sleeps);
        // A big write goes in pieces as room appears, and returns only when all is written.
        fx.waiter.then(() -> read(r, new byte[30_000])).then(() -> read(r, new byte[65536]));
        assertEquals(80_000, write(w, new byte[80_000]));
        // A reader that leaves while a writer waits: the writer returns what it wrote (or EPIPE
        // had it written nothing).
        FileIo.fcntl(fds, r, FsFlags.F_SETFL, OpenFlags.O_NONBLOCK);
        while (read(r, new byte[65536]) > 0) {
            // drain
        }
        fx.waiter.then(() -> fds.close(r));
        assertEquals(65536, write(w, new byte[70_000]));
        assertEquals(-Errno.EPIPE, write(w, new byte[1]));
    }

    @Test
    void pipeSizeCanChange() {
        pipe(0);
        assertEquals(65536, FileIo.fcntl(fds, r, FsFlags.F_GETPIPE_SZ, 0));
        assertEquals(8192, FileIo.fcntl(fds, w, FsFlags.F_SETPIPE_SZ, 5000));
        assertEquals(8192, FileIo.fcntl(fds, r, FsFlags.F_GETPIPE_SZ, 0));
        assertEquals(8000, write(w, bytes(8000, 5)));
        assertEquals(-Errno.EBUSY, FileIo.fcntl(fds, w, FsFlags.F_SETPIPE_SZ, 4096));
        assertEquals(1 << 20, FileIo.fcntl(fds, w, FsFlags.F_SETPIPE_SZ, 1 << 20));
        assertEquals(-Errno.EPERM, FileIo.fcntl(fds, w, FsFlags.F_SETPIPE_SZ, (1 << 20) + 1));
        byte[] out = new byte[8000];
        assertEquals(8000, read(r, out));
        assertArrayEquals(bytes(8000, 5), out); // the data survived both resizes
        int file = fx.open("/dev/null", OpenFlags.O_RDONLY);
        assertEquals(-Errno.EBADF, FileIo.fcntl(fds, file, FsFlags.F_GETPIPE_SZ, 0));
    }

    @Test
    void pollMasksAndWakeups() {
        pipe(0);
        OpenFile re = fds.file(r);
        OpenFile we = fds.file(w);
        assertEquals(0, re.poll(null));
        assertEquals(Poll.OUT, we.poll(null));
        WaiterTable table = new WaiterTable(fx.waiter);
        re.poll(table);
        int wakes = fx.waiter.wakes;
        write(w, new byte[1]);
        assertEquals(wakes + 1, fx.waiter.wakes);
        assertEquals(Poll.IN, re.poll(null));
        // Once polled, a pipe wakes on every change (edge-triggered epoll waits for any), not
        // only when a write finds it empty or a read finds less than PIPE_BUF free.
        write(w, new byte[1]);
        assertEquals(wakes + 2, fx.waiter.wakes);
        read(r, new byte[1]);
        assertEquals(wakes + 3, fx.waiter.wakes);
        table.clear();
        write(w, new byte[1]);
        assertEquals(wakes + 3, fx.waiter.wakes); // unregistered: no more wake-ups
        fds.close(w);
        assertEquals(Poll.IN | Poll.POLLHUP, re.poll(null));
        pipe(0);
        fds.close(r);
        assertEquals(Poll.OUT | Poll.POLLERR, fds.file(w).poll(null));
    }

    @Test
    void pipesCannotSeekAndStatAsFifos() {
        pipe(0);
        assertEquals(-Errno.ESPIPE, FileIo.lseek(fds, r, 0, FsFlags.SEEK_CUR));
        assertEquals(-Errno.ESPIPE, FileIo.pread(ctx, fds, r, new ArrayBuffer(new byte[1]), 0));
        assertEquals(-Errno.EBADF, FileIo.write(ctx, fds, r, new ArrayBuffer(new byte[1])));
        Stat st = new Stat();
        assertEquals(0, fx.vfs.fstatat(ctx, r, "", FsFlags.AT_EMPTY_PATH, st));
        assertTrue(FileMode.isFifo(st.mode));
        assertEquals(st.ino, fds.file(w).inode.ino);
        assertEquals("pipe:[" + st.ino + "]", fds.file(r).describe(ctx));
        assertEquals(OpenFlags.O_WRONLY, FileIo.fcntl(fds, w, FsFlags.F_GETFL, 0));
    }

    @Test
    void fifoOpens() {
        Vfs vfs = fx.vfs;
        assertEquals(0, vfs.mknodat(ctx, AT_FDCWD, "/fifo", FileMode.S_IFIFO | 0666, 0));
        assertEquals(-Errno.ENXIO, fx.open("/fifo", OpenFlags.O_WRONLY | OpenFlags.O_NONBLOCK));
        int rd = fx.open("/fifo", OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK);
        assertTrue(rd >= 0);
        assertEquals(0, FileIo.read(ctx, fds, rd, new ArrayBuffer(new byte[4]))); // no writer yet: EOF
        assertEquals(0, fds.file(rd).poll(null)); // but no hang-up before a writer came
        int wr = fx.open("/fifo", OpenFlags.O_WRONLY);
        assertTrue(wr >= 0); // a reader exists: no wait
        assertEquals(5, FileIo.write(ctx, fds, wr, ArrayBuffer.ofString("hello")));
        byte[] b = new byte[8];
        assertEquals(5, FileIo.read(ctx, fds, rd, new ArrayBuffer(b)));
        assertEquals("hello", Names.fromBytes(b, 0, 5));
        fds.close(wr);
        assertEquals(Poll.POLLHUP, fds.file(rd).poll(null));
        fds.close(rd);
        assertEquals(null, fx.vfs.root().fs().root().inode.fifo);
        // A blocking reader waits for a writer; the scripted "other process" opens one.
        int[] writer = new int[1];
        fx.waiter.then(() -> writer[0] = fx.open("/fifo", OpenFlags.O_WRONLY | OpenFlags.O_NONBLOCK));
        int rd2 = fx.open("/fifo", OpenFlags.O_RDONLY);
        assertTrue(rd2 >= 0 && writer[0] >= 0);
        assertEquals(1, fx.waiter.sleeps);
        int rw = fx.open("/fifo", OpenFlags.O_RDWR);
        assertTrue(rw >= 0);
        // An interrupted blocking open undoes itself.
        fds.close(rd2);
        fds.close(writer[0]);
        fds.close(rw);
        fx.waiter.resultWhenStuck = -Errno.ERESTARTSYS;
        assertEquals(-Errno.ERESTARTSYS, fx.open("/fifo", OpenFlags.O_WRONLY));
        assertEquals(-Errno.ENXIO, fx.open("/fifo", OpenFlags.O_WRONLY | OpenFlags.O_NONBLOCK));
        fx.check();
    }
}
