/*
 * procfs, mounted on /proc: a file system whose files are generated when opened. The root lists
 * the system-wide files (SystemFiles: meminfo, uptime, version, filesystems, mounts, cpuinfo,
 * stat, loadavg, sys/kernel/...), the files layers above add (addFile: ipc's sysvipc/*), and one
 * directory per process from the ProcessTable (PidDirs).
 * Its dentries are not cached (entries come and go with processes); inodes made afresh keep
 * stable numbers derived from what they show. Nothing can be created here (EPERM, or EACCES for
 * users by the 0555 modes).
 */
package exo.kernel.fs.procfs;

import exo.kernel.fs.FsClock;
import exo.kernel.fs.vfs.FileSystem;
import exo.kernel.fs.vfs.FsTypes;
import exo.kernel.fs.vfs.Inode;
import exo.kernel.fs.vfs.StatFs;
import exo.kernel.fs.vfs.Vfs;
import java.util.ArrayList;

public final class ProcFs extends FileSystem {
    final SystemInfo sys;
    final Vfs vfs;
    final FsTypes types;
    private volatile ProcessTable procs;
    private final ProcInodes.Dir root;
    /** The files layers above this one added (addFile), for a new mount of proc to add too. */
    private final ArrayList<Added> added = new ArrayList<>();

    private static final class Added {
        final String dirPath;
        final String name;
        final ProcText text;
        final ProcWrite writer;

        Added(String dirPath, String name, ProcText text, ProcWrite writer) {
            this.dirPath = dirPath;
            this.name = name;
            this.text = text;
            this.writer = writer;
        }
    }

    public ProcFs(FsClock clock, SystemInfo sys, ProcessTable procs, Vfs vfs, FsTypes types) {
        super("proc", clock);
        this.sys = sys;
        this.procs = procs;
        this.vfs = vfs;
        this.types = types;
        this.root = new ProcInodes.Dir(this, 0555, 0, 0, new PidDirs.Processes(this));
        SystemFiles.populate(this, root);
    }

    /** The process layer installs its table here when it starts. */
    public void setProcessTable(ProcessTable t) {
        procs = t;
    }

    /**
     * Adds the generated file dirPath/name (directories made as needed, e.g. "sys/kernel"):
     * how a layer above the file layer (System V IPC's /proc/sysvipc and its /proc/sys/kernel
     * limits) publishes its files. writer null: read-only (0444), else 0644.
     */
    public synchronized void addFile(String dirPath, String name, ProcText text, ProcWrite writer) {
        ProcInodes.Dir dir = root;
        for (String part : dirPath.split("/")) {
            Inode child = dir.lookup(part);
            if (!(child instanceof ProcInodes.Dir)) {
                child = new ProcInodes.Dir(this, 0555, 0, 0, null);
                dir.add(part, child);
            }
            dir = (ProcInodes.Dir) child;
        }
        dir.add(name, new ProcInodes.File(this, 0, 0, text, writer));
        added.add(new Added(dirPath, name, text, writer));
    }

    /** A new mount of proc gets the files added to this one. */
    public synchronized void addFilesOf(ProcFs other) {
        for (Added f : other.added) {
            addFile(f.dirPath, f.name, f.text, f.writer);
        }
    }

    public ProcessTable processes() {
        return procs;
    }

    @Override
    public Inode rootInode() {
        return root;
    }

    @Override
    public boolean cachesDentries() {
        return false;
    }

    @Override
    public void statfs(StatFs out) {
        out.type = StatFs.PROC_SUPER_MAGIC;
        out.bsize = 4096;
        out.frsize = 4096;
        out.namelen = 255;
    }

    /** Number of the dynamic entry key of directory dir. */
    long dynamicIno(Inode dir, long key) {
        long h = dir.ino * 0x9E3779B97F4A7C15L ^ (key + 1) * 0xC2B2AE3D27D4EB4FL;
        return (1L << 62) | (h & ((1L << 62) - 1));
    }

    /** Numbers of the inodes below /proc/PID: kind, pid and a sub-index. */
    static long ino(int kind, long pid, long sub) {
        return (2L << 60) | ((long) kind << 52) | ((pid & 0xFFFFFFFFL) << 20) | (sub & 0xFFFFF);
    }
}
