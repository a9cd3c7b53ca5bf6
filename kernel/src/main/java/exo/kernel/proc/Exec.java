/*
 * execve: replaces a process's program. The work splits at the point of no return. Before it,
 * load() builds the new image without touching the caller: it opens the file (EACCES unless a
 * regular, executable file), follows a `#!` line to its interpreter (4 levels, as Linux),
 * parses the ELF (exec.ElfImage, which rejects truncated, hostile or foreign files with
 * ENOEXEC), and lays it out in a new address space: each PT_LOAD mapped privately from the
 * file's page cache with its own protection (ExecSegments), the dynamic loader of PT_INTERP
 * beside it, the heap start, and the stack with argv, envp and the auxiliary vector
 * (exec.InitialStack). Any failure frees the new address space and the caller gets -errno.
 * After it, commit() swaps the address spaces, closes close-on-exec descriptors, names the
 * process and points the thread's registers at the entry.
 */
package exo.kernel.proc;

import exo.hw.Cpu;
import exo.kernel.arch.x86_64.trap.PerCpuArea;
import exo.kernel.exec.ArgLimit;
import exo.kernel.exec.Auxv;
import exo.kernel.exec.ElfImage;
import exo.kernel.exec.ElfSegment;
import exo.kernel.exec.ElfSource;
import exo.kernel.exec.ExecException;
import exo.kernel.exec.InitialStack;
import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.Mount;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.fs.vfs.Stat;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.mm.PhysAddr;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.util.UserWriter;
import exo.kernel.vm.AddressSpace;

public final class Exec {
    private Exec() {}

    /** Where a position-independent executable goes (Linux's ELF_ET_DYN_BASE, no randomisation). */
    public static final long PIE_BASE = 0x555555554000L;
    /** The top of the main thread's stack (Linux's, without randomisation). */
    public static final long STACK_TOP = 0x7FFFFFFFF000L;
    /** The stack region made at exec; it grows on faults up to RLIMIT_STACK. */
    public static final long STACK_INITIAL = 128 * 1024;
    static final int MAX_INTERPRETER_DEPTH = 4;
    /** "Accessing a corrupted shared library": an interpreter that asks for an interpreter. */
    static final int ELIBBAD = 80;
    static final int SHEBANG_MAX = 256;

    /** A program laid out in a fresh address space, ready to run. */
    public static final class Image {
        public final AddressSpace mm;
        public final long entry;
        public final long rsp;
        final String name;
        final String[] argv;
        final String[] envp;
        /** The program's file (/proc/PID/exe). */
        final Dentry exe;
        /** The credentials the program runs with (set-user-ID and set-group-ID files change them). */
        Credentials cred;

        Image(AddressSpace mm, long entry, long rsp, String name, String[] argv, String[] envp, Dentry exe) {
            this.mm = mm;
            this.entry = entry;
            this.rsp = rsp;
            this.name = name;
            this.argv = argv;
            this.envp = envp;
            this.exe = exe;
        }
    }

    /** Loads path with argv and envp for a process with context ctx; throws ExecException. */
    public static Image load(FsContext ctx, String path, String[] argv, String[] envp) {
        return load(ctx, path, argv, envp, ArgLimit.DEFAULT_STACK_LIMIT);
    }

    /** Loads path for a process whose RLIMIT_STACK is stackLimitBytes (the stack and argument limits). */
    public static Image load(FsContext ctx, String path, String[] argv, String[] envp, long stackLimitBytes) {
        return load(ctx, path, argv, envp, 0, stackLimitBytes);
    }

    private static Image load(FsContext ctx, String path, String[] argv, String[] envp, int depth, long stackLimit) {
        OpenFile f = openExecutable(ctx, path);
        try {
            FileSource src = new FileSource(f, ctx);
            byte[] head = new byte[SHEBANG_MAX];
            int n = src.read(0, head, 0, head.length);
            if (n >= 2 && head[0] == '#' && head[1] == '!') {
                if (depth >= MAX_INTERPRETER_DEPTH) {
                    throw new ExecException(Errno.ELOOP, path + ": too many levels of #! interpreters");
                }
                return loadScript(ctx, path, argv, envp, head, n, depth, stackLimit);
            }
            ElfImage exe = ElfImage.parse(src);
            return loadElf(ctx, path, exe, src, argv, envp, f.dentry, stackLimit);
        } finally {
            f.put();
        }
    }

    /** The file, opened with execve's rules (regular, executable, not on a noexec mount). */
    private static OpenFile openExecutable(FsContext ctx, String path) {
        OpenResult r = Processes.files().vfs.openExec(ctx, FsFlags.AT_FDCWD, path, 0);
        if (!r.ok()) {
            throw new ExecException(-r.error, path + ": cannot execute");
        }
        return r.file;
    }

    /** `#!interpreter [arg]`: runs interpreter [arg] path argv[1..]. */
    private static Image loadScript(FsContext ctx, String path, String[] argv, String[] envp, byte[] head, int n, int depth,
            long stackLimit) {
        int end = 2;
        while (end < n && head[end] != '\n') {
            end++;
        }
        if (end == n && n == SHEBANG_MAX) {
            throw new ExecException(Errno.ENOEXEC, path + ": #! line too long");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 2; i < end; i++) {
            sb.append((char) (head[i] & 0xFF));
        }
        String line = sb.toString().trim();
        int space = line.indexOf(' ');
        String interp = space < 0 ? line : line.substring(0, space);
        String arg = space < 0 ? null : line.substring(space + 1).trim();
        if (interp.isEmpty()) {
            throw new ExecException(Errno.ENOEXEC, path + ": empty #! line");
        }
        int extra = arg == null || arg.isEmpty() ? 2 : 3;
        String[] args = new String[extra + Math.max(0, argv.length - 1)];
        args[0] = interp;
        if (extra == 3) {
            args[1] = arg;
        }
        args[extra - 1] = path;
        for (int i = 1; i < argv.length; i++) {
            args[extra - 1 + i] = argv[i];
        }
        return load(ctx, interp, args, envp, depth + 1, stackLimit);
    }

    private static Image loadElf(FsContext ctx, String path, ElfImage exe, FileSource src, String[] argv, String[] envp,
                                 Dentry file, long stackLimit) {
        AddressSpace mm = AddressSpace.create(Processes.kernelSpace(), Processes.frames());
        mm.setStackLimit(stackLimit);
        try {
            long bias = exe.positionIndependent() ? exe.loadBias(PIE_BASE) : 0;
            ExecSegments.load(mm, exe, bias, src, src.file, mapName(file, ctx));
            long interpBase = 0;
            long entry = exe.entry() + bias;
            if (exe.interpreter() != null) {
                OpenFile lf = openExecutable(ctx, exe.interpreter());
                try {
                    FileSource lsrc = new FileSource(lf, ctx);
                    ElfImage ld = ElfImage.parse(lsrc);
                    if (ld.interpreter() != null) {
                        throw new ExecException(ELIBBAD, exe.interpreter() + ": an interpreter with an interpreter");
                    }
                    long base = placeInterpreter(mm, ld);
                    interpBase = ld.positionIndependent() ? ld.loadBias(base) : 0;
                    ExecSegments.load(mm, ld, interpBase, lsrc, lf, mapName(lf.dentry, ctx));
                    entry = ld.entry() + interpBase;
                } finally {
                    lf.put();
                }
            }
            mm.setBrkStart(PhysAddr.alignUp(exe.highestAddress() + bias));
            mm.holdExecutable(src.file.inode);
            Credentials cred = execCredentials(ctx.cred, src.file);
            long rsp = buildStack(mm, exe, bias, interpBase, ctx.cred, cred, path, argv, envp);
            Image img = new Image(mm, entry, rsp, baseName(path), argv, envp, file);
            img.cred = cred;
            return img;
        } catch (RuntimeException e) {
            mm.destroy();
            throw e;
        }
    }

    /** A free range below the mmap area for a position-independent loader. */
    private static long placeInterpreter(AddressSpace mm, ElfImage ld) {
        if (!ld.positionIndependent()) {
            return 0;
        }
        mm.lock.lock();
        try {
            long at = mm.findFreeLocked(0, PhysAddr.alignUp(ld.span()) + ld.maxAlign());
            if (at < 0) {
                throw new ExecException(Errno.ENOMEM, "no room for the interpreter");
            }
            long align = Math.max(PhysAddr.PAGE_SIZE, ld.maxAlign());
            return (at + align - 1) & -align;
        } finally {
            mm.lock.unlock();
        }
    }

    /** The name /proc/PID/maps shows for a program's segments: its file's path. */
    private static String mapName(Dentry file, FsContext ctx) {
        return file == null ? null : Vfs.pathOf(file, ctx.root());
    }

    /** The credentials after exec of file: its set-id bits (unless on a nosuid mount) apply. */
    private static Credentials execCredentials(Credentials old, OpenFile file) {
        Mount m = Mount.of(file.dentry);
        boolean nosuid = m != null && m.isNoSuid();
        return CredentialRules.forExec(old, file.inode.mode(), file.inode.uid(), file.inode.gid(), nosuid);
    }

    private static long buildStack(AddressSpace mm, ElfImage exe, long bias, long interpBase, Credentials old,
            Credentials cred, String path, String[] argv, String[] envp) {
        mm.lock.lock();
        try {
            mm.mapStackLocked(STACK_TOP - STACK_INITIAL, STACK_INITIAL);
        } finally {
            mm.lock.unlock();
        }
        Auxv auxv = Auxv.forExecutable(exe, bias, interpBase);
        auxv.set(Auxv.AT_UID, cred.uid).set(Auxv.AT_EUID, cred.euid)
                .set(Auxv.AT_GID, cred.gid).set(Auxv.AT_EGID, cred.egid)
                .set(Auxv.AT_SECURE, CredentialRules.gainsIds(old, cred) ? 1 : 0)
                .set(Auxv.AT_HWCAP, Cpu.cpuid(1, 0, 3) & 0xFFFFFFFFL);
        byte[] random = new byte[InitialStack.RANDOM_BYTES];
        long seed = Cpu.rdtsc() * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < random.length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            random[i] = (byte) (seed >>> 56);
        }
        UserWriter w = new UserWriter() {
            @Override
            public void write(long addr, byte[] b, int off, int len) {
                if (UserMemory.copyOutArray(mm, addr, b, off, len) != len) {
                    throw new ExecException(Errno.EFAULT, "initial stack at 0x" + Long.toHexString(addr));
                }
            }

            @Override
            public void write64(long addr, long value) {
                if (!UserMemory.writeLong(mm, addr, value)) {
                    throw new ExecException(Errno.EFAULT, "initial stack at 0x" + Long.toHexString(addr));
                }
            }
        };
        InitialStack s = InitialStack.build(w, STACK_TOP, bytesOf(argv), bytesOf(envp), bytes(path), random, auxv,
                ArgLimit.forStackLimit(mm.stackLimit()));
        return s.rsp;
    }

    /**
     * The point of no return for a running task: the image becomes its process's program.
     * The caller's thread continues at the new entry when it returns to user mode.
     */
    public static void commit(Task t, Image img) {
        Process p = t.process;
        ProcessUsage.sampleRss(p);   // the old image's peak counts in getrusage's maxrss
        RobustLists.release(t);      // in the old image, whose memory the list is in
        AddressSpace old = p.mm;
        p.mm = img.mm;
        t.rootPhys = img.mm.rootPhys();
        t.fsBase = 0;
        Cpu.writeCr3(img.mm.rootPhys());
        Cpu.writeGs64(PerCpuArea.CR3, img.mm.rootPhys());
        if (old != null) {
            old.release();
        }
        Fork.vforkRelease(p);
        p.fds.closeOnExec();
        p.signals.resetForExec();
        t.altStack = new exo.kernel.signal.AltStack();
        p.name = img.name;
        p.argv = img.argv;
        p.envp = img.envp;
        p.exe = img.exe;
        p.execed = true;
        ProcessCredentials.afterExec(p, img.cred);
        t.setClearChildTid(0);
        t.setRobustList(0, 0);
        UserEntry.initFrame(t.frame(), img.entry, img.rsp);
        t.requestFullRestore();
        t.contextChanged();
    }

    /** Installs the image as the program of a process that has no thread yet (PID 1). */
    public static void commitNew(Process p, Image img) {
        p.mm = img.mm;
        p.name = img.name;
        p.argv = img.argv;
        p.envp = img.envp;
        p.exe = img.exe;
    }

    static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        String b = slash < 0 ? path : path.substring(slash + 1);
        return b.length() > 15 ? b.substring(0, 15) : b;
    }

    private static byte[][] bytesOf(String[] strings) {
        byte[][] b = new byte[strings.length][];
        for (int i = 0; i < strings.length; i++) {
            b[i] = bytes(strings[i]);
        }
        return b;
    }

    private static byte[] bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    /** An open file read with pread, for the ELF parser and the segment copies. */
    private static final class FileSource implements ElfSource {
        private final OpenFile file;
        private final FsContext ctx;

        FileSource(OpenFile file, FsContext ctx) {
            this.file = file;
            this.ctx = ctx;
        }

        @Override
        public long size() {
            Stat st = new Stat();
            Vfs.fstat(file, st);
            return st.size;
        }

        @Override
        public int read(long offset, byte[] dst, int off, int len) {
            long n = file.pread(new ArrayBuffer(dst, off, len), offset, ctx);
            return n < 0 ? 0 : (int) n;
        }
    }
}
