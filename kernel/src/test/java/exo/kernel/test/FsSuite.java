/*
 * test=fs: the file layer inside the real kernel, on real frames. It builds the file layer
 * (tmpfs root, /dev, /proc, /dev/shm) over the kernel's frame allocator, then: writes, reads
 * back and checksums files across many pages; makes a directory of 10,000 entries and finds
 * them; renames, links and unlinks; resolves a symlink loop to ELOOP; fills a 1 MiB tmpfs to
 * ENOSPC without losing its other file; unpacks a small cpio archive; reads /dev/zero,
 * /dev/urandom and /proc/meminfo; moves 16 MiB through two pipes between three kernel threads
 * that block and wake on the pipes (the middle one copies, the last one checksums), reporting
 * the rate; waits in epoll for another thread's write and in poll for a timeout; counts with
 * an eventfd; copies with sendfile; runs the tmpfs consistency checker on every tmpfs; and checks that every frame the
 * file layer took comes back once the files are gone. Self-contained: everything it needs is
 * in this file.
 */
package exo.kernel.test;

import exo.kernel.Kernel;
import exo.kernel.console.Console;
import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.KernelFsClock;
import exo.kernel.fs.Names;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.abi.StatLayout;
import exo.kernel.fs.event.Epoll;
import exo.kernel.fs.event.EventFd;
import exo.kernel.fs.event.PollCall;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.initramfs.ArrayArchive;
import exo.kernel.fs.initramfs.Unpacker;
import exo.kernel.fs.page.CountedFrames;
import exo.kernel.fs.setup.FileLayer;
import exo.kernel.fs.setup.SystemFacts;
import exo.kernel.fs.tmpfs.TmpFs;
import exo.kernel.fs.tmpfs.TmpFsCheck;
import exo.kernel.fs.vfs.FileSystem;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.FsState;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.fs.vfs.Stat;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.ThreadWaiter;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.Threads;
import exo.kernel.time.Clock;
import java.util.ArrayList;

final class FsSuite {
    private FsSuite() {}

    private static final int AT = FsFlags.AT_FDCWD;
    private static final long PIPE_BYTES = 16L << 20;

    private static FileLayer layer;
    private static Vfs vfs;
    private static FsState state;

    static boolean run() {
        Check check = new Check();
        CountedFrames frames = new CountedFrames(Kernel.frames);
        layer = FileLayer.create(new KernelFsClock(), frames, 16L << 20, new SystemFacts());
        vfs = layer.vfs;
        state = new FsState(vfs.root(), vfs.root(), 022);
        FsContext ctx = context(1);
        check.that(layer.procFs != null && vfs.mountedFileSystems().size() == 4, "file layer up: / /dev /dev/shm /proc");
        files(check, ctx);
        bigDirectory(check, ctx);
        names(check, ctx);
        enospc(check, ctx);
        cpio(check, ctx);
        devicesAndProc(check, ctx);
        pipeline(check);
        readiness(check);
        consistency(check);
        cleanup(check, ctx, frames);
        return check.passed();
    }

    /** A process context for the running thread (its own descriptors, the shared cwd). */
    private static FsContext context(int pid) {
        return new FsContext(Credentials.ROOT, state, new FdTable(pid), pid, new ThreadWaiter());
    }

    private static FdTable fds(FsContext c) {
        return (FdTable) c.fds;
    }

    private static int open(FsContext c, String path, int flags) {
        return FileIo.openat(vfs, c, fds(c), AT, path, flags, 0644);
    }

    private static long checksum(long sum, byte[] b, int len) {
        for (int i = 0; i < len; i++) {
            sum = sum * 31 + (b[i] & 0xFF);
        }
        return sum;
    }

    private static void fill(byte[] b, long seed) {
        long x = seed;
        for (int i = 0; i < b.length; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            b[i] = (byte) (x >>> 56);
        }
    }

    private static void files(Check check, FsContext c) {
        check.that(vfs.mkdirat(c, AT, "/data", 0755) == 0, "mkdir /data");
        int fd = open(c, "/data/file", OpenFlags.O_RDWR | OpenFlags.O_CREAT | OpenFlags.O_EXCL);
        byte[] chunk = new byte[10_000];
        long sumIn = 0;
        boolean wrote = true;
        for (int i = 0; i < 100; i++) {
            fill(chunk, i);
            sumIn = checksum(sumIn, chunk, chunk.length);
            wrote &= FileIo.write(c, fds(c), fd, new ArrayBuffer(chunk)) == chunk.length;
        }
        check.that(fd >= 0 && wrote, "wrote 1,000,000 bytes over 245 pages");
        check.that(FileIo.lseek(fds(c), fd, 0, FsFlags.SEEK_SET) == 0, "lseek to 0");
        long sumOut = 0;
        long total = 0;
        long n;
        while ((n = FileIo.read(c, fds(c), fd, new ArrayBuffer(chunk))) > 0) {
            sumOut = checksum(sumOut, chunk, (int) n);
            total += n;
        }
        check.that(total == 1_000_000 && sumIn == sumOut, "read back 1,000,000 bytes, same checksum");
        Stat st = new Stat();
        check.that(vfs.fstatat(c, fd, "", FsFlags.AT_EMPTY_PATH, st) == 0 && st.size == 1_000_000
                && st.blocks == 245 * 8, "fstat: size and blocks");
        check.that(fds(c).close(fd) == 0, "close");
    }

    private static void bigDirectory(Check check, FsContext c) {
        check.that(vfs.mkdirat(c, AT, "/big", 0755) == 0, "mkdir /big");
        long t0 = Clock.nanoTime();
        boolean made = true;
        for (int i = 0; i < 10_000; i++) {
            made &= vfs.mknodat(c, AT, "/big/e" + i, 0644, 0) == 0;
        }
        long t1 = Clock.nanoTime();
        boolean found = true;
        Stat st = new Stat();
        for (int i = 0; i < 10_000; i++) {
            found &= vfs.fstatat(c, AT, "/big/e" + i, 0, st) == 0;
        }
        long t2 = Clock.nanoTime();
        Console.println("  10,000 creates " + (t1 - t0) / 10_000 + " ns each, lookups " + (t2 - t1) / 10_000 + " ns each");
        check.that(made && found, "10,000 entries created and found");
        check.that(vfs.fstatat(c, AT, "/big", 0, st) == 0 && st.size == 40 + 20 * 10_000, "directory size 200040");
    }

    private static void names(Check check, FsContext c) {
        check.that(vfs.renameat2(c, AT, "/data/file", AT, "/data/moved", 0) == 0, "rename");
        check.that(vfs.linkat(c, AT, "/data/moved", AT, "/data/hard", 0) == 0, "link");
        check.that(vfs.unlinkat(c, AT, "/data/moved", 0) == 0, "unlink one name");
        Stat st = new Stat();
        check.that(vfs.fstatat(c, AT, "/data/hard", 0, st) == 0 && st.nlink == 1 && st.size == 1_000_000,
                "the other name keeps the data");
        vfs.symlinkat(c, "loop2", AT, "/loop1");
        vfs.symlinkat(c, "loop1", AT, "/loop2");
        check.that(vfs.fstatat(c, AT, "/loop1", 0, st) == -Errno.ELOOP, "symlink loop: ELOOP");
        check.that(vfs.fstatat(c, AT, "/data/hard/x", 0, st) == -Errno.ENOTDIR, "file as directory: ENOTDIR");
        check.that(vfs.unlinkat(c, AT, "/data", FsFlags.AT_REMOVEDIR) == -Errno.ENOTEMPTY, "rmdir non-empty: ENOTEMPTY");
    }

    private static void enospc(Check check, FsContext c) {
        vfs.mkdirat(c, AT, "/small", 0755);
        TmpFs small = new TmpFs(new KernelFsClock(), layer.frames, 1L << 20, 100, 0755, 0, 0);
        check.that(vfs.mountAt(c, "/small", small, 0) == 0, "mount a 1 MiB tmpfs");
        int keep = open(c, "/small/keep", OpenFlags.O_WRONLY | OpenFlags.O_CREAT);
        FileIo.write(c, fds(c), keep, ArrayBuffer.ofString("keep me"));
        fds(c).close(keep);
        int fd = open(c, "/small/fill", OpenFlags.O_WRONLY | OpenFlags.O_CREAT);
        byte[] chunk = new byte[8192];
        long r;
        long total = 0;
        while ((r = FileIo.write(c, fds(c), fd, new ArrayBuffer(chunk))) > 0) {
            total += r;
        }
        check.that(r == -Errno.ENOSPC && total == (256 - 1) * 4096L, "filled to the limit, then ENOSPC");
        fds(c).close(fd);
        byte[] b = new byte[16];
        int k = open(c, "/small/keep", OpenFlags.O_RDONLY);
        long n = FileIo.read(c, fds(c), k, new ArrayBuffer(b));
        fds(c).close(k);
        check.that(n == 7 && Names.fromBytes(b, 0, 7).equals("keep me"), "the other file is intact");
    }

    private static void cpio(Check check, FsContext c) {
        String[][] members = {{"040755", "etc", ""}, {"0100644", "etc/hostname", "exo\n"}, {"0120777", "etc/link", "hostname"}};
        StringBuilder a = new StringBuilder();
        for (String[] m : members) {
            member(a, Integer.parseInt(m[0], 8), m[1], m[2]);
        }
        member(a, 0, "TRAILER!!!", "");
        Unpacker.Report rep = new Unpacker(vfs, c).unpack(new ArrayArchive(Names.bytes(a.toString())));
        Console.println("  " + rep);
        byte[] b = new byte[8];
        int fd = open(c, "/etc/link", OpenFlags.O_RDONLY);
        long n = FileIo.read(c, fds(c), fd, new ArrayBuffer(b));
        fds(c).close(fd);
        check.that(rep.members == 3 && rep.damage == null && n == 4, "cpio archive unpacked (file through its link)");
        Unpacker.Report bad = new Unpacker(vfs, c).unpack(new ArrayArchive(Names.bytes(a.substring(0, 200))));
        check.that(bad.damage != null && bad.members == 1, "truncated archive reported, first member kept");
    }

    private static void member(StringBuilder a, int mode, String name, String data) {
        a.append("070701");
        long[] f = {1, mode, 0, 0, 1, 0, data.length(), 0, 0, 0, 0, name.length() + 1, 0};
        for (long v : f) {
            String h = Long.toHexString(v);
            for (int i = h.length(); i < 8; i++) {
                a.append('0');
            }
            a.append(h);
        }
        a.append(name).append('\0');
        while (a.length() % 4 != 0) {
            a.append('\0');
        }
        a.append(data);
        while (a.length() % 4 != 0) {
            a.append('\0');
        }
    }

    private static void devicesAndProc(Check check, FsContext c) {
        byte[] b = new byte[64];
        b[0] = 1;
        int z = open(c, "/dev/zero", OpenFlags.O_RDONLY);
        check.that(FileIo.read(c, fds(c), z, new ArrayBuffer(b)) == 64 && b[0] == 0, "/dev/zero reads zeros");
        int u = open(c, "/dev/urandom", OpenFlags.O_RDONLY);
        byte[] r1 = new byte[32];
        byte[] r2 = new byte[32];
        FileIo.read(c, fds(c), u, new ArrayBuffer(r1));
        FileIo.read(c, fds(c), u, new ArrayBuffer(r2));
        check.that(!java.util.Arrays.equals(r1, r2), "/dev/urandom gives fresh bytes");
        int m = open(c, "/proc/meminfo", OpenFlags.O_RDONLY);
        byte[] text = new byte[2048];
        long n = FileIo.read(c, fds(c), m, new ArrayBuffer(text));
        String first = n > 0 ? Names.fromBytes(text, 0, (int) Math.min(n, 27)) : "";
        Console.println("  " + first);
        check.that(first.startsWith("MemTotal:") && first.endsWith(" kB"), "/proc/meminfo");
        fds(c).closeAll();
    }

    /** Three threads: a producer, a copier between two pipes, a consumer that checksums. */
    private static void pipeline(Check check) {
        int[] a = new int[2];
        int[] b = new int[2];
        FsContext c = context(2);
        check.that(FileIo.pipe2(c, fds(c), layer.pipes, 0, a) == 0 && FileIo.pipe2(c, fds(c), layer.pipes, 0, b) == 0,
                "two pipes");
        long[] sums = new long[2];
        long[] counts = new long[2];
        FdTable shared = fds(c);
        long t0 = Clock.nanoTime();
        KThread producer = Threads.create(arg -> {
            FsContext me = new FsContext(Credentials.ROOT, state, shared, 3, new ThreadWaiter());
            byte[] chunk = new byte[8192];
            long sum = 0;
            for (long done = 0; done < PIPE_BYTES; done += chunk.length) {
                fill(chunk, done);
                sum = checksum(sum, chunk, chunk.length);
                FileIo.write(me, shared, a[1], new ArrayBuffer(chunk));
            }
            sums[0] = sum;
            shared.close(a[1]);
        }, null, "fs-producer", KThread.PRIORITY_NORMAL);
        KThread copier = Threads.create(arg -> {
            FsContext me = new FsContext(Credentials.ROOT, state, shared, 4, new ThreadWaiter());
            byte[] buf = new byte[5000];
            long n;
            while ((n = FileIo.read(me, shared, a[0], new ArrayBuffer(buf))) > 0) {
                FileIo.write(me, shared, b[1], new ArrayBuffer(buf, 0, (int) n));
            }
            shared.close(b[1]);
        }, null, "fs-copier", KThread.PRIORITY_NORMAL);
        KThread consumer = Threads.create(arg -> {
            FsContext me = new FsContext(Credentials.ROOT, state, shared, 5, new ThreadWaiter());
            byte[] buf = new byte[16384];
            long sum = 0;
            long total = 0;
            long n;
            while ((n = FileIo.read(me, shared, b[0], new ArrayBuffer(buf))) > 0) {
                sum = checksum(sum, buf, (int) n);
                total += n;
            }
            sums[1] = sum;
            counts[1] = total;
        }, null, "fs-consumer", KThread.PRIORITY_NORMAL);
        Threads.join(producer);
        Threads.join(copier);
        Threads.join(consumer);
        long ms = Math.max(1, (Clock.nanoTime() - t0) / 1_000_000);
        Console.println("  16 MiB through two pipes in " + ms + " ms (" + (16 * 1000 / ms) + " MiB/s)");
        check.that(counts[1] == PIPE_BYTES && sums[0] == sums[1], "16 MiB through two pipes and three threads, checksums match");
        fds(c).closeAll();
    }

    /** epoll woken by another thread's write, poll timing out, eventfd, sendfile, stat layouts. */
    private static void readiness(Check check) {
        FsContext c = context(6);
        FdTable t = fds(c);
        int[] p = new int[2];
        FileIo.pipe2(c, t, layer.pipes, 0, p);
        Epoll ep = Epoll.create(layer.anon, 0);
        check.that(ep.ctl(t, Epoll.EPOLL_CTL_ADD, p[0], Poll.POLLIN, 77) == 0, "epoll watches a pipe");
        // The writer notes when it writes; epoll_wait must return after that moment. (Not a
        // duration: on a loaded host QEMU delivers late timer ticks in a burst, so a 30 ms
        // sleep can end sooner than 30 ms of TSC time after this thread looked at the clock.)
        long[] wroteAt = new long[1];
        KThread writer = Threads.create(arg -> {
            Scheduler.sleepMillis(30);
            wroteAt[0] = Clock.nanoTime();
            FileIo.write(new FsContext(Credentials.ROOT, state, t, 7, new ThreadWaiter()), t, p[1],
                    ArrayBuffer.ofString("x"));
        }, null, "fs-epoll-writer", KThread.PRIORITY_NORMAL);
        int[] ev = new int[1];
        long[] data = new long[1];
        int n = ep.await(c, ev, data, -1);
        long back = Clock.nanoTime();
        Threads.join(writer);
        check.that(n == 1 && data[0] == 77 && wroteAt[0] != 0 && back >= wroteAt[0],
                "epoll_wait slept until the write");
        FileIo.read(c, t, p[0], new ArrayBuffer(new byte[1]));
        int[] one = {p[0]};
        short[] in = {Poll.POLLIN};
        short[] out = new short[1];
        long t0 = Clock.nanoTime();
        n = PollCall.poll(c, t, one, in, out, 50_000_000L);
        long waitedMs = (Clock.nanoTime() - t0) / 1_000_000;
        check.that(n == 0 && waitedMs >= 40, "poll on an empty pipe times out (" + waitedMs + " ms)");
        EventFd e = EventFd.create(layer.anon, 0, 0);
        byte[] eight = new byte[8];
        eight[0] = 3;
        e.write(new ArrayBuffer(eight), c);
        java.util.Arrays.fill(eight, (byte) 0);
        check.that(e.read(new ArrayBuffer(eight), c) == 8 && eight[0] == 3, "eventfd counts");
        e.put();
        ep.put();
        int src = open(c, "/data/hard", OpenFlags.O_RDONLY);
        int dst = open(c, "/data/copy", OpenFlags.O_WRONLY | OpenFlags.O_CREAT);
        check.that(FileIo.sendfile(c, t, dst, src, null, 1 << 20) == 1_000_000, "sendfile copies a file");
        Stat st = new Stat();
        vfs.fstatat(c, AT, "/data/copy", 0, st);
        byte[] raw = StatLayout.encode(st);
        check.that(Le.get64(raw, StatLayout.ST_SIZE) == 1_000_000, "struct stat encodes the size");
        OpenResult exe = vfs.openExec(c, AT, "/data/copy", 0);
        check.that(exe.error == -Errno.EACCES, "a file without x bits cannot be executed");
        t.closeAll();
        vfs.unlinkat(c, AT, "/data/copy", 0);
    }

    private static void consistency(Check check) {
        ArrayList<String> problems = new ArrayList<>();
        for (FileSystem fs : vfs.mountedFileSystems()) {
            if (fs instanceof TmpFs) {
                problems.addAll(TmpFsCheck.check((TmpFs) fs));
            }
        }
        for (String p : problems) {
            Console.println("  problem: " + p);
        }
        check.that(problems.isEmpty(), "every tmpfs consistent");
    }

    private static void cleanup(Check check, FsContext c, CountedFrames frames) {
        vfs.umount2(c, "/small", 0);
        for (int i = 0; i < 10_000; i++) {
            vfs.unlinkat(c, AT, "/big/e" + i, 0);
        }
        vfs.unlinkat(c, AT, "/data/hard", 0);
        vfs.unlinkat(c, AT, "/etc/hostname", 0);
        check.that(frames.allocated() == 0, "every frame back (" + frames.allocated() + " left)");
    }
}
