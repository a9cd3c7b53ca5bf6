/*
 * exo.sys: the Linux system calls for Java programs compiled by exoc's linux target (init,
 * the shell), typed, over exo.rt.Syscall.syscall6 (the `syscall` instruction). Every call
 * returns its result or throws SysException with the errno; a call interrupted by a signal
 * (EINTR) first runs the Java handlers that are due (Signals.poll) and is then restarted,
 * except where a method says it is interruptible. Strings are encoded as Text says.
 *
 * This class: descriptors, files and directories, the working directory. Processes are in
 * Proc, signals in Signals, terminals in Termios and Tty, the machine (mount, reboot) in
 * Machine. Buffers are passed by address for the duration of one call (the collector does not
 * move objects, and the caller's frame holds them).
 */
package exo.sys;

import exo.rt.SysSupport;
import exo.rt.Syscall;

public final class Sys {
    private Sys() {}

    static final int READ = 0, WRITE = 1, OPEN = 2, CLOSE = 3, STAT = 4, FSTAT = 5, LSTAT = 6, LSEEK = 8,
            IOCTL = 16, ACCESS = 21, DUP = 32, DUP2 = 33, FCNTL = 72, GETCWD = 79, CHDIR = 80, MKDIR = 83,
            UNLINK = 87, READLINK = 89, UMASK = 95, GETDENTS64 = 217, PIPE2 = 293;

    public static final int STDIN = 0, STDOUT = 1, STDERR = 2;
    public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80,
            O_NOCTTY = 0x100, O_TRUNC = 0x200, O_APPEND = 0x400, O_NONBLOCK = 0x800,
            O_DIRECTORY = 0x10000, O_NOFOLLOW = 0x20000, O_CLOEXEC = 0x80000;
    public static final int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
    public static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4,
            F_DUPFD_CLOEXEC = 1030, FD_CLOEXEC = 1;
    public static final int F_OK = 0, X_OK = 1, W_OK = 2, R_OK = 4;

    /** The raw call: the kernel's result, -errno on failure, EINTR restarted after polling. */
    static long raw(long nr, long a, long b, long c, long d, long e, long f) {
        long r;
        while ((r = Syscall.syscall6(nr, a, b, c, d, e, f)) == -Errno.EINTR) {
            Signals.poll();
        }
        return r;
    }

    /** The result, or SysException for -errno; what names the call in the message. */
    static long check(long r, String what) {
        if (r < 0 && r > -4096) {
            throw new SysException(what, (int) -r);
        }
        return r;
    }

    static long call(String what, long nr, long a, long b, long c) {
        return check(raw(nr, a, b, c, 0, 0, 0), what);
    }

    // ---- descriptors ------------------------------------------------------------------------

    /** Opens path; mode applies when O_CREAT creates it. */
    public static int open(String path, int flags, int mode) {
        byte[] p = Text.cString(path);
        return (int) call("open " + path, OPEN, SysSupport.address(p, 0), flags, mode);
    }

    /** Reads up to len bytes into b[off..]; 0 at end of file. */
    public static int read(int fd, byte[] b, int off, int len) {
        checkRange(b, off, len);
        return (int) call("read", READ, fd, SysSupport.address(b, off), len);
    }

    /** Writes up to len bytes; returns how many were written (may be fewer). */
    public static int write(int fd, byte[] b, int off, int len) {
        checkRange(b, off, len);
        return (int) call("write", WRITE, fd, SysSupport.address(b, off), len);
    }

    /** Writes all of b[off..off+len), looping over short writes. */
    public static void writeFully(int fd, byte[] b, int off, int len) {
        while (len > 0) {
            int n = write(fd, b, off, len);
            off += n;
            len -= n;
        }
    }

    /** Writes s, encoded as Text says. */
    public static void write(int fd, String s) {
        byte[] b = Text.encode(s);
        writeFully(fd, b, 0, b.length);
    }

    private static void checkRange(byte[] b, int off, int len) {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
        }
    }

    public static void close(int fd) {
        // Not restarted: Linux has released the descriptor even when close reports EINTR.
        check(Syscall.syscall6(CLOSE, fd, 0, 0, 0, 0, 0), "close " + fd);
    }

    public static int dup(int fd) {
        return (int) call("dup " + fd, DUP, fd, 0, 0);
    }

    /** Makes `to` a copy of `from` (closing what `to` was); returns `to`. */
    public static int dup2(int from, int to) {
        return (int) call("dup2 " + from + " " + to, DUP2, from, to, 0);
    }

    /** A pipe: [0] the read end, [1] the write end; flags e.g. O_CLOEXEC. */
    public static int[] pipe2(int flags) {
        int[] fds = new int[2];
        call("pipe2", PIPE2, SysSupport.address(fds), flags, 0);
        return fds;
    }

    public static int fcntl(int fd, int cmd, long arg) {
        return (int) call("fcntl " + fd, FCNTL, fd, cmd, arg);
    }

    public static long lseek(int fd, long offset, int whence) {
        return call("lseek " + fd, LSEEK, fd, offset, whence);
    }

    /** ioctl with an integer or pointer argument. */
    public static int ioctl(int fd, long request, long arg) {
        return (int) call("ioctl " + fd, IOCTL, fd, request, arg);
    }

    /** ioctl whose argument is a buffer the kernel reads or fills. */
    public static int ioctl(int fd, long request, byte[] buf) {
        return (int) call("ioctl " + fd, IOCTL, fd, request, SysSupport.address(buf, 0));
    }

    // ---- files and directories ----------------------------------------------------------

    public static Stat stat(String path) {
        return statCall("stat ", STAT, path);
    }

    /** stat of the link itself, not its target. */
    public static Stat lstat(String path) {
        return statCall("lstat ", LSTAT, path);
    }

    public static Stat fstat(int fd) {
        byte[] buf = new byte[Stat.SIZE];
        call("fstat " + fd, FSTAT, fd, SysSupport.address(buf, 0), 0);
        return new Stat(buf);
    }

    private static Stat statCall(String what, int nr, String path) {
        byte[] p = Text.cString(path);
        byte[] buf = new byte[Stat.SIZE];
        call(what + path, nr, SysSupport.address(p, 0), SysSupport.address(buf, 0), 0);
        return new Stat(buf);
    }

    /** access(2): true when the check passes, false for any errno. */
    public static boolean access(String path, int mode) {
        byte[] p = Text.cString(path);
        return raw(ACCESS, SysSupport.address(p, 0), mode, 0, 0, 0, 0) == 0;
    }

    public static void mkdir(String path, int mode) {
        byte[] p = Text.cString(path);
        call("mkdir " + path, MKDIR, SysSupport.address(p, 0), mode, 0);
    }

    public static void unlink(String path) {
        byte[] p = Text.cString(path);
        call("unlink " + path, UNLINK, SysSupport.address(p, 0), 0, 0);
    }

    public static String readlink(String path) {
        byte[] p = Text.cString(path);
        byte[] buf = new byte[4096];
        int n = (int) call("readlink " + path, READLINK, SysSupport.address(p, 0), SysSupport.address(buf, 0), buf.length);
        return Text.decode(buf, 0, n);
    }

    /** Sets the file-creation mask; returns the previous one. */
    public static int umask(int mask) {
        return (int) raw(UMASK, mask, 0, 0, 0, 0, 0);
    }

    /** One getdents64 call into buf: the bytes filled, 0 at the end (Dir parses them). */
    public static int getdents64(int fd, byte[] buf) {
        return (int) call("getdents64 " + fd, GETDENTS64, fd, SysSupport.address(buf, 0), buf.length);
    }

    public static String getcwd() {
        byte[] buf = new byte[4096];
        call("getcwd", GETCWD, SysSupport.address(buf, 0), buf.length, 0);
        return Text.decodeC(buf, 0);
    }

    public static void chdir(String path) {
        byte[] p = Text.cString(path);
        call("chdir " + path, CHDIR, SysSupport.address(p, 0), 0, 0);
    }
}
