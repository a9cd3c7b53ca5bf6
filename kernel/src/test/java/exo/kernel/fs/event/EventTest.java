/*
 * Readiness: poll (ready at once, after a wait woken by a write, timeout, POLLNVAL, negative
 * descriptors, hang-ups), select (bit sets, EBADF), epoll in level- and edge-triggered mode,
 * EPOLLONESHOT and EPOLL_CTL_MOD, items dropped with their file, its errors (EEXIST, ENOENT,
 * EPERM for regular files, EINVAL, ELOOP for loops), nested instances and waiting with a
 * timeout, and eventfd (counter and semaphore modes, blocking, overflow, poll).
 */
package exo.kernel.fs.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.wait.Poll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventTest {
    FsFixture fx;
    FsContext ctx;
    FdTable fds;
    int[] p = new int[2];

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
        ctx = fx.root;
        fds = fx.fds;
        assertEquals(0, FileIo.pipe2(ctx, fds, fx.layer.pipes, 0, p));
    }

    long write(int fd, int n) {
        return FileIo.write(ctx, fds, fd, new ArrayBuffer(new byte[n]));
    }

    long read(int fd, int n) {
        return FileIo.read(ctx, fds, fd, new ArrayBuffer(new byte[n]));
    }

    @Test
    void pollReadyNowAfterAWaitOrNever() {
        int[] set = {p[0], p[1], -1, 77};
        short[] ev = {Poll.POLLIN, Poll.POLLOUT, Poll.POLLIN, Poll.POLLIN};
        short[] rev = new short[4];
        assertEquals(2, PollCall.poll(ctx, fds, set, ev, rev, 0));
        assertEquals(0, rev[0]);
        assertEquals(Poll.POLLOUT, rev[1]);
        assertEquals(0, rev[2]); // negative descriptors are skipped
        assertEquals(Poll.POLLNVAL, rev[3]);
        // Only the read end, blocking: a write by "another process" wakes the poll.
        int[] one = {p[0]};
        short[] in = {Poll.POLLIN};
        short[] out = new short[1];
        fx.waiter.then(() -> write(p[1], 3));
        assertEquals(1, PollCall.poll(ctx, fds, one, in, out, -1));
        assertEquals(Poll.POLLIN, out[0]);
        assertEquals(1, fx.waiter.sleeps);
        read(p[0], 3);
        // Nothing happens: the timeout expires.
        fx.waiter.then(() -> fx.waiter.now += 2_000_000);
        assertEquals(0, PollCall.poll(ctx, fds, one, in, out, 1_000_000));
        assertEquals(0, ((exo.kernel.fs.pipe.PipeFile) fds.file(p[0])).pipe.waiters.size()); // no entry left behind
        // The last writer leaves: POLLHUP is reported even though not asked for.
        fds.close(p[1]);
        assertEquals(1, PollCall.poll(ctx, fds, one, in, out, -1));
        assertEquals(Poll.POLLHUP, out[0]);
    }

    @Test
    void selectSetsAndEbadf() {
        long[] rd = new long[1];
        long[] wr = new long[1];
        rd[0] = 1L << p[0];
        wr[0] = (1L << p[1]) | (1L << p[0]);
        assertEquals(1, PollCall.select(ctx, fds, 64, rd, wr, null, 0));
        assertEquals(0, rd[0]);
        assertEquals(1L << p[1], wr[0]); // the read end is never writable
        write(p[1], 1);
        rd[0] = 1L << p[0];
        wr[0] = 1L << p[1];
        assertEquals(2, PollCall.select(ctx, fds, 64, rd, wr, null, 0));
        long[] bad = {1L << 40};
        assertEquals(-Errno.EBADF, PollCall.select(ctx, fds, 64, bad, null, null, 0));
        assertEquals(-Errno.EINVAL, PollCall.select(ctx, fds, -1, null, null, null, 0));
    }

    Epoll epoll() {
        return Epoll.create(fx.layer.anon, 0);
    }

    @Test
    void levelTriggeredKeepsReportingEdgeTriggeredOncePerEvent() {
        Epoll lt = epoll();
        Epoll et = epoll();
        assertEquals(0, lt.ctl(fds, Epoll.EPOLL_CTL_ADD, p[0], Poll.POLLIN, 11));
        assertEquals(0, et.ctl(fds, Epoll.EPOLL_CTL_ADD, p[0], Poll.POLLIN | Epoll.EPOLLET, 22));
        int[] ev = new int[4];
        long[] data = new long[4];
        assertEquals(0, lt.await(ctx, ev, data, 0));
        write(p[1], 10);
        assertEquals(1, lt.await(ctx, ev, data, 0));
        assertEquals(Poll.POLLIN, ev[0]);
        assertEquals(11, data[0]);
        assertEquals(1, lt.await(ctx, ev, data, 0)); // still unread: reported again
        assertEquals(1, et.await(ctx, ev, data, 0));
        assertEquals(22, data[0]);
        assertEquals(0, et.await(ctx, ev, data, 0)); // no new event
        write(p[1], 1);
        assertEquals(1, et.await(ctx, ev, data, 0)); // a new write is a new edge
        read(p[0], 100);
        assertEquals(0, lt.await(ctx, ev, data, 0)); // drained: no longer reported
    }

    @Test
    void oneshotModDelAndClosing() {
        Epoll ep = epoll();
        assertEquals(0, ep.ctl(fds, Epoll.EPOLL_CTL_ADD, p[1], Poll.POLLOUT | Epoll.EPOLLONESHOT, 5));
        int[] ev = new int[2];
        long[] data = new long[2];
        assertEquals(1, ep.await(ctx, ev, data, 0));
        assertEquals(0, ep.await(ctx, ev, data, 0)); // disabled after one report
        assertEquals(-Errno.EEXIST, ep.ctl(fds, Epoll.EPOLL_CTL_ADD, p[1], Poll.POLLOUT, 5));
        assertEquals(0, ep.ctl(fds, Epoll.EPOLL_CTL_MOD, p[1], Poll.POLLOUT, 6));
        assertEquals(1, ep.await(ctx, ev, data, 0));
        assertEquals(6, data[0]);
        assertEquals(0, ep.ctl(fds, Epoll.EPOLL_CTL_DEL, p[1], 0, 0));
        assertEquals(-Errno.ENOENT, ep.ctl(fds, Epoll.EPOLL_CTL_DEL, p[1], 0, 0));
        assertEquals(-Errno.ENOENT, ep.ctl(fds, Epoll.EPOLL_CTL_MOD, p[1], 0, 0));
        assertEquals(0, ep.ctl(fds, Epoll.EPOLL_CTL_ADD, p[0], Poll.POLLIN, 1));
        assertEquals(1, ep.watched());
        fds.close(p[0]); // the last reference: the item goes with the file
        assertEquals(0, ep.watched());
        assertEquals(-Errno.EBADF, ep.ctl(fds, Epoll.EPOLL_CTL_ADD, 99, Poll.POLLIN, 0));
        assertEquals(-Errno.EINVAL, ep.ctl(fds, 9, p[1], Poll.POLLIN, 0));
    }

    @Test
    void devicesWithoutPollPathDescriptorsAndNestingDepth() {
        Epoll a = epoll();
        int zero = fx.open("/dev/zero", OpenFlags.O_RDONLY);
        int path = fx.open("/dev/shm", OpenFlags.O_PATH);
        assertEquals(-Errno.EPERM, a.ctl(fds, Epoll.EPOLL_CTL_ADD, zero, Poll.POLLIN, 0));   // LTP epoll_ctl06
        assertEquals(-Errno.EBADF, a.ctl(fds, Epoll.EPOLL_CTL_ADD, path, Poll.POLLIN, 0));
        // five instances in a chain are allowed, a sixth is not (Linux's EP_MAX_NESTS, epoll_ctl04)
        int below = p[0];
        for (int depth = 0; depth < 5; depth++) {
            Epoll e = epoll();
            assertEquals(0, e.ctl(fds, Epoll.EPOLL_CTL_ADD, below, Poll.POLLIN, 0), "depth " + depth);
            below = fds.install(e, false);
        }
        assertEquals(-Errno.ELOOP, a.ctl(fds, Epoll.EPOLL_CTL_ADD, below, Poll.POLLIN, 0));
    }

    @Test
    void errorsForFilesAndLoops() {
        Epoll a = epoll();
        Epoll b = epoll();
        int fa = fds.install(a, false);
        int fb = fds.install(b, false);
        int file = fx.open("/dev/shm", OpenFlags.O_RDONLY);
        assertEquals(-Errno.EPERM, a.ctl(fds, Epoll.EPOLL_CTL_ADD, file, Poll.POLLIN, 0));
        assertEquals(-Errno.EINVAL, a.ctl(fds, Epoll.EPOLL_CTL_ADD, fa, Poll.POLLIN, 0));
        assertEquals(0, a.ctl(fds, Epoll.EPOLL_CTL_ADD, fb, Poll.POLLIN, 0));
        assertEquals(-Errno.ELOOP, b.ctl(fds, Epoll.EPOLL_CTL_ADD, fa, Poll.POLLIN, 0));
        assertEquals(-Errno.EINVAL, a.ctl(fds, Epoll.EPOLL_CTL_MOD, fb, Poll.POLLIN | Epoll.EPOLLEXCLUSIVE, 0));
        assertNull(Epoll.create(fx.layer.anon, 1));
        assertEquals(-Errno.EINVAL, a.await(ctx, new int[0], new long[0], 0));
        // Nested: b watches the pipe; a (watching b) becomes ready when the pipe does.
        assertEquals(0, b.ctl(fds, Epoll.EPOLL_CTL_ADD, p[0], Poll.POLLIN, 3));
        int[] ev = new int[1];
        long[] data = new long[1];
        assertEquals(0, a.await(ctx, ev, data, 0));
        write(p[1], 1);
        assertEquals(1, a.await(ctx, ev, data, 0));
        assertEquals(Poll.POLLIN, ev[0]);
    }

    @Test
    void epollWaitBlocksUntilAnEventOrTheTimeout() {
        Epoll ep = epoll();
        assertEquals(0, ep.ctl(fds, Epoll.EPOLL_CTL_ADD, p[0], Poll.POLLIN, 9));
        int[] ev = new int[1];
        long[] data = new long[1];
        fx.waiter.then(() -> write(p[1], 1));
        assertEquals(1, ep.await(ctx, ev, data, -1));
        assertEquals(9, data[0]);
        read(p[0], 1);
        fx.waiter.then(() -> fx.waiter.now += 5_000_000);
        assertEquals(0, ep.await(ctx, ev, data, 1_000_000));
        fx.waiter.resultWhenStuck = -Errno.ERESTARTSYS;
        assertEquals(-Errno.ERESTARTSYS, ep.await(ctx, ev, data, -1));
    }

    long readCount(int fd) {
        byte[] b = new byte[8];
        long r = FileIo.read(ctx, fds, fd, new ArrayBuffer(b));
        return r < 0 ? r : Le.get64(b, 0);
    }

    long add(int fd, long v) {
        byte[] b = new byte[8];
        Le.put64(b, 0, v);
        return FileIo.write(ctx, fds, fd, new ArrayBuffer(b));
    }

    @Test
    void eventfdCounterAndSemaphore() {
        int e = fds.install(EventFd.create(fx.layer.anon, 3, EventFd.EFD_NONBLOCK), false);
        assertEquals(Poll.IN | Poll.OUT, fds.file(e).poll(null));
        assertEquals(3, readCount(e));
        assertEquals(-Errno.EAGAIN, readCount(e));
        assertEquals(8, add(e, 5));
        assertEquals(8, add(e, 2));
        assertEquals(7, readCount(e));
        assertEquals(-Errno.EINVAL, add(e, -1L));
        assertEquals(8, add(e, 0xfffffffffffffffeL));
        assertEquals(-Errno.EAGAIN, add(e, 1)); // would pass the maximum
        assertEquals(Poll.IN, fds.file(e).poll(null));
        assertEquals(-Errno.EINVAL, FileIo.read(ctx, fds, e, new ArrayBuffer(new byte[4])));
        int s = fds.install(EventFd.create(fx.layer.anon, 2, EventFd.EFD_SEMAPHORE), false);
        assertEquals(1, readCount(s));
        assertEquals(1, readCount(s));
        fx.waiter.then(() -> add(s, 4));
        assertEquals(1, readCount(s)); // blocked until the write
        assertEquals(1, fx.waiter.sleeps);
        assertNull(EventFd.create(fx.layer.anon, 0, 0x10));
        assertEquals("anon_inode:[eventfd]", fds.file(s).describe(ctx));
        assertEquals(0600, fds.file(s).inode.mode());
    }
}
