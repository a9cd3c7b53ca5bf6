/*
 * The file layer as the kernel starts it: a tmpfs root (mode 755) with /dev, /proc and /tmp;
 * devtmpfs on /dev with the usual nodes and links (DevFs) and a tmpfs on /dev/shm; procfs on
 * /proc; the mount types tmpfs and proc; the device table with the memory devices and the
 * console stand-in; anonymous pipes. It also opens FIFOs and device nodes for the VFS
 * (SpecialFiles). Boot (the lead's) creates one with the kernel's clock, frames and
 * SystemFacts, unpacks the initramfs into it, and hands `vfs`, `pipes`, `anon` (epoll and
 * eventfd inodes) and `procFs` to the process layer.
 */
package exo.kernel.fs.setup;

import exo.kernel.boot.BootInfo;
import exo.kernel.boot.BootModule;
import exo.kernel.console.Console;
import exo.kernel.console.Log;
import exo.kernel.fs.initramfs.MemoryArchive;
import exo.kernel.fs.initramfs.Unpacker;
import exo.kernel.mm.PhysAddr;
import exo.kernel.fs.Credentials;
import exo.kernel.fs.FsClock;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.devfs.ConsoleDevice;
import exo.kernel.fs.devfs.DevFs;
import exo.kernel.fs.devfs.DeviceTable;
import exo.kernel.fs.devfs.EntropySource;
import exo.kernel.fs.devfs.RandomDevice;
import exo.kernel.fs.devfs.TscEntropy;
import exo.kernel.fs.event.AnonInodes;
import exo.kernel.fs.page.FrameSource;
import exo.kernel.fs.pipe.Fifos;
import exo.kernel.fs.pipe.PipeFs;
import exo.kernel.fs.pipe.Pipes;
import exo.kernel.fs.procfs.ProcFs;
import exo.kernel.fs.procfs.ProcessTable;
import exo.kernel.fs.tmpfs.InodeBudget;
import exo.kernel.fs.tmpfs.TmpFs;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.FsState;
import exo.kernel.fs.vfs.FsTypes;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.fs.vfs.SpecialFiles;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.fs.wait.Waiter;

public final class FileLayer implements SpecialFiles {
    /** /dev's size limit (it holds nodes only) and /dev/shm's default (as Linux: half of RAM). */
    private static final long DEV_BYTES = 64 * 1024;

    public final FsClock clock;
    public final FrameSource frames;
    public final FsTypes types = new FsTypes();
    public final DeviceTable devices = new DeviceTable();
    public final TmpFs rootFs;
    public final Vfs vfs;
    public final Pipes pipes;
    /** The inodes of epoll instances and eventfds (Epoll.create, EventFd.create). */
    public final AnonInodes anon;
    public ProcFs procFs;
    /** The generator behind /dev/random and /dev/urandom; getrandom(2) calls its fill(). */
    public RandomDevice random;
    public TmpFs devFs;
    /** The ceiling on all tmpfs inodes together (unlimited until Boot sizes it to the heap). */
    public final InodeBudget inodes = new InodeBudget(Long.MAX_VALUE);
    public TmpFs shmFs;

    private FileLayer(FsClock clock, FrameSource frames, long rootBytes) {
        this.clock = clock;
        this.frames = frames;
        this.rootFs = new TmpFs(clock, frames, rootBytes, Math.max(64, rootBytes / 1024), 0755, 0, 0);
        rootFs.shareBudget(inodes);
        this.vfs = new Vfs(rootFs, this, types);
        this.pipes = new Pipes(new PipeFs(clock));
        this.anon = new AnonInodes(clock);
    }

    /** The whole layer, with the kernel console and TSC entropy behind the devices. */
    public static FileLayer create(FsClock clock, FrameSource frames, long rootBytes,
                                   SystemFacts facts) {
        return create(clock, frames, rootBytes, facts, new TscEntropy(), Console::write);
    }

    public static FileLayer create(FsClock clock, FrameSource frames, long rootBytes,
                                   SystemFacts facts, EntropySource entropy,
                                   ConsoleDevice.Output console) {
        FileLayer l = new FileLayer(clock, frames, rootBytes);
        facts.frames = frames;
        facts.vfs = l.vfs;
        long halfRam = frames.totalFrames() * 4096 / 2;
        l.types.register("tmpfs", true, opts -> l.budgeted(TmpFs.fromOptions(opts, clock, frames, halfRam)));
        l.types.register("proc", true, opts -> {
            ProcFs p = new ProcFs(clock, facts, l.procFs.processes(), l.vfs, l.types);
            p.addFilesOf(l.procFs);
            return p;
        });
        l.types.register("devtmpfs", true, opts -> l.budgeted(TmpFs.fromOptions(opts, clock, frames, DEV_BYTES)));
        l.random = DevFs.registerDrivers(l.devices, entropy, console);
        l.mountStandard(facts, halfRam);
        return l;
    }

    /** fs (null when its options did not parse) counting its inodes against the shared ceiling. */
    private TmpFs budgeted(TmpFs fs) {
        if (fs != null) {
            fs.shareBudget(inodes);
        }
        return fs;
    }

    private FsContext kernelContext;

    /**
     * The kernel's own context for setup work: root, umask 0, no descriptors, never blocks. One
     * per layer (its FsState holds the root mount, as every process's does).
     */
    public synchronized FsContext kernelContext() {
        if (kernelContext == null) {
            Dentry root = vfs.root();
            kernelContext = new FsContext(Credentials.ROOT, new FsState(root, root, 0), null, 0, Waiter.NEVER);
        }
        return kernelContext;
    }

    private void mountStandard(SystemFacts facts, long shmBytes) {
        FsContext k = kernelContext();
        int r = vfs.mkdirat(k, FsFlags.AT_FDCWD, "/dev", 0755)
                | vfs.mkdirat(k, FsFlags.AT_FDCWD, "/proc", 0555)
                | vfs.mkdirat(k, FsFlags.AT_FDCWD, "/tmp", 01777);
        devFs = budgeted(new TmpFs("devtmpfs", clock, frames, DEV_BYTES, 1024, 0755, 0, 0));
        r |= vfs.mountAt(k, "/dev", devFs, FsFlags.MS_NOSUID);
        r |= DevFs.populate(vfs, k, "/dev");
        shmFs = budgeted(new TmpFs(clock, frames, shmBytes, Math.max(64, shmBytes / 4096), 01777, 0, 0));
        r |= vfs.mountAt(k, "/dev/shm", shmFs, FsFlags.MS_NOSUID | FsFlags.MS_NODEV);
        procFs = new ProcFs(clock, facts, ProcessTable.EMPTY, vfs, types);
        r |= vfs.mountAt(k, "/proc", procFs, FsFlags.MS_NOSUID | FsFlags.MS_NODEV | FsFlags.MS_NOEXEC);
        if (r != 0) {
            throw new IllegalStateException("file layer setup failed");
        }
    }

    /**
     * Unpacks the boot modules GRUB loaded (all of them: the build passes the initramfs as the one
     * module) into the tree, logging one report line each; damage is reported and the boot goes on.
     * The caller may free the modules' frames afterwards.
     */
    public void unpackModules(BootInfo info) {
        for (BootModule m : info.modules) {
            Unpacker.Report r = new Unpacker(vfs, kernelContext())
                    .unpack(new MemoryArchive(PhysAddr.toVirt(m.start), m.sizeBytes()));
            Log.info(r.toString() + (m.cmdline.isEmpty() ? "" : " [" + m.cmdline + "]"));
        }
    }

    @Override
    public OpenResult openFifo(Dentry d, int flags, FsContext ctx) {
        return Fifos.open(d, flags, ctx);
    }

    @Override
    public OpenResult openCharDevice(Dentry d, int flags, FsContext ctx) {
        if ((mountFlagsOf(d) & FsFlags.MS_NODEV) != 0) {
            return OpenResult.fail(-exo.kernel.fs.Errno.EACCES);
        }
        return devices.open(d, flags, ctx);
    }

    private static int mountFlagsOf(Dentry d) {
        exo.kernel.fs.vfs.Mount m = d.fs().mount();
        return m == null ? 0 : m.flags();
    }
}
