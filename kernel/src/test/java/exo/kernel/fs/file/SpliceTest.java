/*
 * splice and tee out of a pipe with a second reader of the same pipe: the bytes a splice takes
 * are claimed (Pipe.claim/commit), so a reader running while the splice waits on its output
 * never gets them too, and an output that refuses leaves every byte in the pipe. The scripted
 * waiter stands for the other process: its action runs where the splice would sleep.
 */
package exo.kernel.fs.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.pipe.Pipe;
import exo.kernel.fs.pipe.PipeFile;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpliceTest {
    private static final int PIPE_BYTES = 65536;
    private static final byte[] DATA = {'a', 'b', 'c', 'd', 'e', 'f'};

    FsFixture fx;
    FsContext ctx;
    FdTable fds;

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
        ctx = fx.root;
        fds = fx.fds;
    }

    /** A new pipe: {read fd, write fd}. */
    int[] pipe(int flags) {
        OpenFile[] ends = new OpenFile[2];
        assertEquals(0, fx.layer.pipes.create(ctx, flags, ends));
        return new int[] {fds.install(ends[0], false), fds.install(ends[1], false)};
    }

    long write(int fd, byte[] b) {
        return FileIo.write(ctx, fds, fd, new ArrayBuffer(b));
    }

    long read(int fd, byte[] b) {
        return FileIo.read(ctx, fds, fd, new ArrayBuffer(b));
    }

    @Test
    void aReaderDuringASpliceNeverGetsTheSplicedBytes() {
        int[] in = pipe(OpenFlags.O_NONBLOCK);   // the second reader must not block in the script
        int[] out = pipe(0);
        assertEquals(DATA.length, write(in[1], DATA));
        assertEquals(PIPE_BYTES, write(out[1], new byte[PIPE_BYTES]));   // full: the splice waits
        long[] secondReader = new long[1];
        fx.waiter.then(() -> {
            secondReader[0] = read(in[0], new byte[16]);   // while the splice holds "abcdef"
            assertEquals(PIPE_BYTES, read(out[0], new byte[PIPE_BYTES]));
        });
        assertEquals(DATA.length, FileIo.splice(ctx, fds, in[0], null, out[1], null, 100, 0));
        assertEquals(-Errno.EAGAIN, secondReader[0], "the second reader saw the spliced bytes");
        byte[] moved = new byte[16];
        assertEquals(DATA.length, read(out[0], moved));
        assertArrayEquals(DATA, Arrays.copyOf(moved, DATA.length));
        assertEquals(-Errno.EAGAIN, read(in[0], new byte[16]), "the spliced bytes are gone from the input");
    }

    @Test
    void anOutputThatRefusesLeavesEveryByteInThePipe() {
        int[] in = pipe(0);
        int[] out = pipe(OpenFlags.O_NONBLOCK);
        assertEquals(DATA.length, write(in[1], DATA));
        assertEquals(PIPE_BYTES - 4, write(out[1], new byte[PIPE_BYTES - 4]));
        // 6 bytes (<= PIPE_BUF) do not fit in 4: the non-blocking output refuses them all.
        assertEquals(-Errno.EAGAIN, FileIo.splice(ctx, fds, in[0], null, out[1], null, 6, 0));
        byte[] b = new byte[16];
        assertEquals(DATA.length, read(in[0], b), "a refused splice lost bytes");
        assertArrayEquals(DATA, Arrays.copyOf(b, DATA.length));
    }

    @Test
    void aBlockingReaderWaitsForTheClaimAndGetsWhatTheSpliceLeft() {
        int[] in = pipe(0);
        assertEquals(DATA.length, write(in[1], DATA));
        OpenFile end = fds.acquire(in[0]);
        Pipe pipe = ((PipeFile) end).pipe;
        end.put();
        assertEquals(DATA.length, pipe.claim(new ArrayBuffer(new byte[16]), false, fx.waiter));
        fx.waiter.then(() -> pipe.commit(2));   // the splice's output took "ab"
        byte[] b = new byte[16];
        assertEquals(4, read(in[0], b));
        assertEquals(1, fx.waiter.sleeps, "the reader did not wait for the claim");
        assertArrayEquals(Arrays.copyOfRange(DATA, 2, DATA.length), Arrays.copyOf(b, 4));
    }

    @Test
    void aSpliceIntoAPipeWithoutReaderKeepsTheBytes() {
        int[] in = pipe(0);
        int[] out = pipe(0);
        assertEquals(DATA.length, write(in[1], DATA));
        assertEquals(0, fds.close(out[0]));
        assertEquals(-Errno.EPIPE, FileIo.splice(ctx, fds, in[0], null, out[1], null, 100, 0));
        byte[] b = new byte[16];
        assertEquals(DATA.length, read(in[0], b));
        assertArrayEquals(DATA, Arrays.copyOf(b, DATA.length));
    }

    @Test
    void teeDuplicatesWithoutTakingAndSpliceMovesTheRest() {
        int[] in = pipe(0);
        int[] copy = pipe(0);
        int[] moved = pipe(0);
        assertEquals(DATA.length, write(in[1], DATA));
        assertEquals(DATA.length, FileIo.tee(ctx, fds, in[0], copy[1], 100, 0));
        assertEquals(3, FileIo.splice(ctx, fds, in[0], null, moved[1], null, 3, 0));
        byte[] b = new byte[16];
        assertEquals(DATA.length, read(copy[0], b));
        assertArrayEquals(DATA, Arrays.copyOf(b, DATA.length));
        assertEquals(3, read(moved[0], b));
        assertEquals(3, read(in[0], b));
        assertEquals('d', b[0]);
        assertEquals(-Errno.EAGAIN, FileIo.splice(ctx, fds, in[0], null, moved[1], null, 3, Splice.SPLICE_F_NONBLOCK));
    }
}
