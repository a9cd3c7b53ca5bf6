/*
 * A file layer on simulated memory for the host tests: a frame allocator over 64 MiB of Sim RAM,
 * a tmpfs root (size limit chosen by the test), the whole layer as the kernel sets it up
 * (FileLayer: /dev, /proc, pipes), a hand-moved clock, and a root process context. Helpers
 * create contexts for other users, read and write whole files, list directories through
 * getdents64, and run the tmpfs consistency checker on every mounted tmpfs.
 */
package exo.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Sim;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.page.CountedFrames;
import exo.kernel.fs.setup.FileLayer;
import exo.kernel.fs.setup.SystemFacts;
import exo.kernel.fs.tmpfs.TmpFs;
import exo.kernel.fs.tmpfs.TmpFsCheck;
import exo.kernel.fs.vfs.FileSystem;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.FsState;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.MemoryMap;
import java.util.ArrayList;
import java.util.List;

public final class FsFixture {
    public final ManualClock clock = new ManualClock();
    public final CountedFrames frames;
    public final FileLayer layer;
    public final Vfs vfs;
    public final TmpFs rootFs;
    public final ScriptedWaiter waiter = new ScriptedWaiter();
    public final FdTable fds = new FdTable(1);
    public final FsContext root;

    /** What /proc's system files report (a test may set the kernel heap's size). */
    public final SystemFacts facts = new SystemFacts();

    public FsFixture() {
        this(8L << 20);
    }

    public FsFixture(long rootBytes) {
        Sim.reset();
        MemoryMap map = new MemoryMap();
        map.add(0x100000, 64L << 20, MemoryMap.AVAILABLE);
        frames = new CountedFrames(new FrameAllocator(map));
        layer = FileLayer.create(clock, frames, rootBytes, facts);
        vfs = layer.vfs;
        rootFs = layer.rootFs;
        root = new FsContext(Credentials.ROOT, new FsState(vfs.root(), vfs.root(), 022), fds, 1, waiter);
    }

    /** A process of user uid/gid with its own cwd (the root) and descriptors. */
    public FsContext user(int uid, int gid) {
        return new FsContext(Credentials.user(uid, gid), new FsState(vfs.root(), vfs.root(), 022),
                new FdTable(1000 + uid), 1000 + uid, waiter);
    }

    public FdTable fds(FsContext ctx) {
        return (FdTable) ctx.fds;
    }

    /** Opens path and installs it; returns the fd or -errno. */
    public int open(FsContext ctx, String path, int flags, int mode) {
        return FileIo.openat(vfs, ctx, fds(ctx), FsFlags.AT_FDCWD, path, flags, mode);
    }

    public int open(String path, int flags) {
        return open(root, path, flags, 0644);
    }

    public void writeFile(FsContext ctx, String path, byte[] data) {
        int fd = open(ctx, path, OpenFlags.O_WRONLY | OpenFlags.O_CREAT | OpenFlags.O_TRUNC, 0644);
        assertTrue(fd >= 0, "open " + path + ": " + Errno.name(fd));
        assertEquals(data.length, FileIo.write(ctx, fds(ctx), fd, new ArrayBuffer(data)));
        assertEquals(0, fds(ctx).close(fd));
    }

    public void writeFile(String path, String text) {
        writeFile(root, path, Names.bytes(text));
    }

    public byte[] readFile(FsContext ctx, String path) {
        int fd = open(ctx, path, OpenFlags.O_RDONLY, 0);
        assertTrue(fd >= 0, "open " + path + ": " + Errno.name(fd));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[7000];
        for (;;) {
            long n = FileIo.read(ctx, fds(ctx), fd, new ArrayBuffer(chunk));
            assertTrue(n >= 0, "read " + path + ": " + Errno.name(n));
            if (n == 0) {
                break;
            }
            out.write(chunk, 0, (int) n);
        }
        fds(ctx).close(fd);
        return out.toByteArray();
    }

    public String readText(String path) {
        return Names.fromBytes(readFile(root, path));
    }

    /** The names getdents64 lists for the directory at path (with "." and ".."). */
    public List<String> list(FsContext ctx, String path) {
        int fd = open(ctx, path, OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY, 0);
        assertTrue(fd >= 0, "open " + path + ": " + Errno.name(fd));
        List<String> names = new ArrayList<>();
        byte[] buf = new byte[4096];
        for (;;) {
            long n = FileIo.getdents64(fds(ctx), fd, new ArrayBuffer(buf));
            assertTrue(n >= 0, "getdents64: " + Errno.name(n));
            if (n == 0) {
                break;
            }
            for (int off = 0; off < n; ) {
                int reclen = Le.get16(buf, off + 16) & 0xFFFF;
                int end = off + 19;
                while (buf[end] != 0) {
                    end++;
                }
                names.add(Names.fromBytes(buf, off + 19, end - off - 19));
                off += reclen;
            }
        }
        fds(ctx).close(fd);
        return names;
    }

    public List<String> list(String path) {
        return list(root, path);
    }

    /** Runs the consistency checker on every mounted tmpfs; fails the test on any problem. */
    public void check() {
        for (FileSystem fs : vfs.mountedFileSystems()) {
            if (fs instanceof TmpFs) {
                List<String> problems = TmpFsCheck.check((TmpFs) fs);
                assertTrue(problems.isEmpty(), fs.type + " inconsistent: " + problems);
            }
        }
    }
}
