/*
 * The Linux system calls the core library uses (files, directories, pipes, processes,
 * environment), as Java over Syscall.syscall6: buffers are byte arrays passed by address,
 * paths NUL-terminated UTF-8. Results are the kernel's: >= 0, or -errno (use strerror for the
 * text the JDK puts in its exceptions). EINTR is retried. java.io/java.nio.file/ProcessBuilder
 * call these; nothing else does.
 *
 * A byte array's address is only taken for the duration of one call, while the array is
 * referenced from the caller's frame.
 */
package exo.rt;

public final class Posix {
    private Posix() {}

    // x86_64 system call numbers.
    static final int READ = 0, WRITE = 1, OPEN = 2, CLOSE = 3, STAT = 4, FSTAT = 5, LSTAT = 6, LSEEK = 8,
            ACCESS = 21, DUP2 = 33, GETPID = 39, WAIT4 = 61, KILL = 62,
            FSYNC = 74, FTRUNCATE = 77, GETCWD = 79, CHDIR = 80, RENAME = 82, MKDIR = 83, RMDIR = 84,
            UNLINK = 87, READLINK = 89, CHMOD = 90, SCHED_GETAFFINITY = 204, GETDENTS64 = 217, PIPE2 = 293,
            UTIMENSAT = 280, SYSINFO = 99, GETRANDOM = 318;

    public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80,
            O_TRUNC = 0x200, O_APPEND = 0x400, O_DIRECTORY = 0x10000, O_CLOEXEC = 0x80000;
    public static final int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
    public static final int EINTR = 4, ENOENT = 2, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, ENOTEMPTY = 39,
            EACCES = 13, EAGAIN = 11, ECHILD = 10, EPIPE = 32;

    /** Mode bits of struct stat's st_mode. */
    public static final int S_IFMT = 0xF000, S_IFDIR = 0x4000, S_IFREG = 0x8000, S_IFLNK = 0xA000;
    public static final int STAT_SIZE = 144;

    static long address(byte[] b, int off) {
        return Mem.addressOf(b) + ClassDesc.ARRAY_DATA_NARROW + off;
    }

    static long address(int[] a) {
        return Mem.addressOf(a) + ClassDesc.ARRAY_DATA_NARROW;
    }

    static long address(long[] a) {
        return Mem.addressOf(a) + ClassDesc.ARRAY_DATA_WIDE;
    }

    private static long call(long nr, long a, long b, long c) {
        long r;
        do {
            r = Syscall.syscall6(nr, a, b, c, 0, 0, 0);
        } while (r == -EINTR);
        return r;
    }

    /** A path as the kernel wants it: UTF-8 and a terminating NUL. */
    public static byte[] cString(String s) {
        byte[] utf8 = Utf8.encode(s.toCharArray());
        byte[] out = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, out, 0, utf8.length);
        return out;
    }

    // ---- descriptors --------------------------------------------------------------------

    public static int read(int fd, byte[] b, int off, int len) {
        return (int) call(READ, fd, address(b, off), len);
    }

    public static int write(int fd, byte[] b, int off, int len) {
        return (int) call(WRITE, fd, address(b, off), len);
    }

    public static int open(String path, int flags, int mode) {
        byte[] p = cString(path);
        return (int) call(OPEN, address(p, 0), flags | O_CLOEXEC, mode);
    }

    public static int close(int fd) {
        return (int) Syscall.syscall6(CLOSE, fd, 0, 0, 0, 0, 0);
    }

    public static long lseek(int fd, long offset, int whence) {
        return call(LSEEK, fd, offset, whence);
    }

    public static int ftruncate(int fd, long length) {
        return (int) call(FTRUNCATE, fd, length, 0);
    }

    public static int fsync(int fd) {
        return (int) call(FSYNC, fd, 0, 0);
    }

    public static int dup2(int from, int to) {
        return (int) call(DUP2, from, to, 0);
    }

    /** pipe2 with O_CLOEXEC: fds[0] is the read end, fds[1] the write end. */
    public static int pipe(int[] fds) {
        return (int) call(PIPE2, address(fds), O_CLOEXEC, 0);
    }

    // ---- file system ------------------------------------------------------------------

    public static int stat(String path, byte[] buf) {
        byte[] p = cString(path);
        return (int) call(STAT, address(p, 0), address(buf, 0), 0);
    }

    public static int lstat(String path, byte[] buf) {
        byte[] p = cString(path);
        return (int) call(LSTAT, address(p, 0), address(buf, 0), 0);
    }

    public static int fstat(int fd, byte[] buf) {
        return (int) call(FSTAT, fd, address(buf, 0), 0);
    }

    /** Fields of a struct stat filled by stat/fstat/lstat. */
    public static int statMode(byte[] st) {
        return (int) le(st, 24, 4);
    }

    public static long statSize(byte[] st) {
        return le(st, 48, 8);
    }

    /** Modification time in milliseconds since the epoch. */
    public static long statMtimeMillis(byte[] st) {
        return le(st, 88, 8) * 1000 + le(st, 96, 8) / 1_000_000;
    }

    public static long statIno(byte[] st) {
        return le(st, 8, 8);
    }

    static long le(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    public static int access(String path, int mode) {
        byte[] p = cString(path);
        return (int) call(ACCESS, address(p, 0), mode, 0);
    }

    public static int mkdir(String path, int mode) {
        byte[] p = cString(path);
        return (int) call(MKDIR, address(p, 0), mode, 0);
    }

    public static int rmdir(String path) {
        byte[] p = cString(path);
        return (int) call(RMDIR, address(p, 0), 0, 0);
    }

    public static int unlink(String path) {
        byte[] p = cString(path);
        return (int) call(UNLINK, address(p, 0), 0, 0);
    }

    public static int rename(String from, String to) {
        byte[] a = cString(from);
        byte[] b = cString(to);
        return (int) call(RENAME, address(a, 0), address(b, 0), 0);
    }

    public static int chmod(String path, int mode) {
        byte[] p = cString(path);
        return (int) call(CHMOD, address(p, 0), mode, 0);
    }

    /** Sets the modification time (milliseconds); the access time is left alone. */
    public static int setMtime(String path, long millis) {
        byte[] p = cString(path);
        long[] times = {0, (1L << 30) - 2, millis / 1000, (millis % 1000) * 1_000_000};   // UTIME_OMIT for atime
        return (int) Syscall.syscall6(UTIMENSAT, -100, address(p, 0), address(times), 0, 0, 0);
    }

    public static int getdents64(int fd, byte[] buf) {
        return (int) call(GETDENTS64, fd, address(buf, 0), buf.length);
    }

    /** The current directory, or null. */
    public static String getcwd() {
        byte[] buf = new byte[4096];
        long r = call(GETCWD, address(buf, 0), buf.length, 0);
        if (r < 0) {
            return null;
        }
        int n = 0;
        while (n < buf.length && buf[n] != 0) {
            n++;
        }
        return new String(Utf8.decode(buf, 0, n));
    }

    public static int chdir(String path) {
        byte[] p = cString(path);
        return (int) call(CHDIR, address(p, 0), 0, 0);
    }

    /** The target of a symbolic link, or null. */
    public static String readlink(String path) {
        byte[] p = cString(path);
        byte[] buf = new byte[4096];
        long n = call(READLINK, address(p, 0), address(buf, 0), buf.length);
        return n < 0 ? null : new String(Utf8.decode(buf, 0, (int) n));
    }

    // ---- processes --------------------------------------------------------------------

    public static int getpid() {
        return (int) Syscall.syscall6(GETPID, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Starts path with argv and envp (NUL-terminated strings; envp null: this process's
     * environment) in directory cwd (null: this one), with fds[0..2] as its standard streams
     * (-1: this process's). Returns the pid, or -errno of the fork, of a failing chdir or of
     * the execve (the child reports it through a close-on-exec pipe).
     */
    public static int spawn(byte[] path, byte[][] argv, byte[][] envp, int[] fds, byte[] cwd) {
        long[] av = pointers(argv);
        long[] ev = envp == null ? null : pointers(envp);
        int[] errPipe = new int[2];
        int r = pipe(errPipe);
        if (r < 0) {
            return r;
        }
        long pid = Syscall.spawn(address(path, 0), address(av), ev == null ? Syscall.environ() : address(ev),
                address(fds), cwd == null ? 0 : address(cwd, 0), errPipe[1]);
        close(errPipe[1]);
        if (pid < 0) {
            close(errPipe[0]);
            return (int) pid;
        }
        byte[] errno = new byte[4];
        int n = read(errPipe[0], errno, 0, 4);
        close(errPipe[0]);
        if (n == 4) {   // exec failed: reap the child, which exited with 127
            wait4((int) pid, new int[1], 0);
            return (int) -le(errno, 0, 4);
        }
        return (int) pid;
    }

    private static long[] pointers(byte[][] strings) {
        long[] p = new long[strings.length + 1];
        for (int i = 0; i < strings.length; i++) {
            p[i] = address(strings[i], 0);
        }
        return p;
    }

    public static final int WNOHANG = 1;

    /** wait4 for pid (EINTR retried); status[0] gets the raw wait status. */
    public static int wait4(int pid, int[] status, int options) {
        return (int) call(WAIT4, pid, address(status), options);
    }

    public static int kill(int pid, int signal) {
        return (int) call(KILL, pid, signal, 0);
    }

    /** Fills b from the kernel's random source (getrandom, blocking until it is seeded). */
    public static void randomBytes(byte[] b) {
        int done = 0;
        while (done < b.length) {
            long n = call(GETRANDOM, address(b, done), b.length - done, 0);
            if (n < 0) {
                throw new InternalError("getrandom: " + strerror((int) -n));
            }
            done += (int) n;
        }
    }

    /** CPUs this process may run on (sched_getaffinity), at least 1. */
    public static int cpuCount() {
        byte[] mask = new byte[128];
        long n = call(SCHED_GETAFFINITY, 0, mask.length, address(mask, 0));
        int count = 0;
        for (int i = 0; i < n && i < mask.length; i++) {
            count += Integer.bitCount(mask[i] & 0xFF);
        }
        return Math.max(count, 1);
    }

    /** Total RAM in bytes (sysinfo), or 0. */
    public static long totalRam() {
        byte[] info = new byte[128];
        long r = call(SYSINFO, address(info, 0), 0, 0);
        return r < 0 ? 0 : le(info, 32, 8) * (le(info, 104, 4) == 0 ? 1 : le(info, 104, 4));
    }

    /** The environment as "NAME=value" strings. */
    public static String[] environ() {
        long envp = Syscall.environ();
        int n = 0;
        while (envp != 0 && Mem.load64(envp + 8L * n) != 0) {
            n++;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            long s = Mem.load64(envp + 8L * i);
            int len = 0;
            while (Mem.load8(s + len) != 0) {
                len++;
            }
            byte[] bytes = new byte[len];
            for (int k = 0; k < len; k++) {
                bytes[k] = Mem.load8(s + k);
            }
            out[i] = new String(Utf8.decode(bytes, 0, len));
        }
        return out;
    }

    /** The message glibc's strerror gives (the JDK puts it in IOExceptions). */
    public static String strerror(int errno) {
        switch (errno) {
            case 1: return "Operation not permitted";
            case 2: return "No such file or directory";
            case 3: return "No such process";
            case 5: return "Input/output error";
            case 7: return "Argument list too long";
            case 8: return "Exec format error";
            case 9: return "Bad file descriptor";
            case 10: return "No child processes";
            case 11: return "Resource temporarily unavailable";
            case 12: return "Cannot allocate memory";
            case 13: return "Permission denied";
            case 16: return "Device or resource busy";
            case 17: return "File exists";
            case 18: return "Invalid cross-device link";
            case 20: return "Not a directory";
            case 21: return "Is a directory";
            case 22: return "Invalid argument";
            case 23: return "Too many open files in system";
            case 24: return "Too many open files";
            case 26: return "Text file busy";
            case 27: return "File too large";
            case 28: return "No space left on device";
            case 29: return "Illegal seek";
            case 30: return "Read-only file system";
            case 31: return "Too many links";
            case 32: return "Broken pipe";
            case 36: return "File name too long";
            case 39: return "Directory not empty";
            case 40: return "Too many levels of symbolic links";
            default: return "Unknown error " + errno;
        }
    }

    /** The names in a directory other than "." and "..", in the kernel's order; null on error (errno in err[0]). */
    public static String[] listDir(String path, int[] err) {
        int fd = open(path, O_RDONLY | O_DIRECTORY, 0);
        if (fd < 0) {
            if (err != null) {
                err[0] = -fd;
            }
            return null;
        }
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        byte[] buf = new byte[8192];
        int n;
        while ((n = getdents64(fd, buf)) > 0) {
            int pos = 0;
            while (pos < n) {
                int reclen = (int) le(buf, pos + 16, 2);
                int nameStart = pos + 19;
                int nameEnd = nameStart;
                while (buf[nameEnd] != 0) {
                    nameEnd++;
                }
                String name = new String(Utf8.decode(buf, nameStart, nameEnd - nameStart));
                if (!name.equals(".") && !name.equals("..")) {
                    names.add(name);
                }
                pos += reclen;
            }
        }
        close(fd);
        if (n < 0) {
            if (err != null) {
                err[0] = -n;
            }
            return null;
        }
        return names.toArray(new String[0]);
    }
}
