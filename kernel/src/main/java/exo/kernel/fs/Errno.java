/*
 * Linux x86_64 errno numbers, the one table the file layer and the system-call layer share.
 * Kernel operations return them negated (-ENOENT) where a count or descriptor would otherwise
 * go, as Linux's system calls do, so the syscall layer hands results to user space unchanged.
 * name() gives the symbolic name for logs and strace output. ERESTARTSYS and its relatives are
 * kernel-internal (never seen by user space): the syscall layer turns them into EINTR or a
 * restart depending on the signal's SA_RESTART.
 */
package exo.kernel.fs;

public final class Errno {
    private Errno() {}

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENXIO = 6;
    public static final int E2BIG = 7;
    public static final int ENOEXEC = 8;
    public static final int EBADF = 9;
    public static final int ECHILD = 10;
    public static final int EAGAIN = 11;
    public static final int EWOULDBLOCK = EAGAIN;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int ENOTBLK = 15;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENODEV = 19;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENFILE = 23;
    public static final int EMFILE = 24;
    public static final int ENOTTY = 25;
    public static final int ETXTBSY = 26;
    public static final int EFBIG = 27;
    public static final int ENOSPC = 28;
    public static final int ESPIPE = 29;
    public static final int EROFS = 30;
    public static final int EMLINK = 31;
    public static final int EPIPE = 32;
    public static final int EDOM = 33;
    public static final int ERANGE = 34;
    public static final int EDEADLK = 35;
    public static final int ENAMETOOLONG = 36;
    public static final int ENOLCK = 37;
    public static final int ENOSYS = 38;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
    public static final int ENOMSG = 42;
    public static final int ENODATA = 61;
    public static final int ETIME = 62;
    public static final int EOVERFLOW = 75;
    public static final int EBADFD = 77;
    public static final int EILSEQ = 84;
    public static final int ENOTSOCK = 88;
    public static final int EMSGSIZE = 90;
    public static final int EOPNOTSUPP = 95;
    public static final int ENOTSUP = EOPNOTSUPP;
    public static final int EAFNOSUPPORT = 97;
    public static final int ECONNRESET = 104;
    public static final int ENOTCONN = 107;
    public static final int ETIMEDOUT = 110;
    public static final int ESTALE = 116;
    public static final int EDQUOT = 122;
    public static final int ECANCELED = 125;

    /** Kernel-internal: the wait was interrupted by a signal; restart or EINTR (SA_RESTART). */
    public static final int ERESTARTSYS = 512;
    public static final int ERESTARTNOINTR = 513;
    public static final int ERESTARTNOHAND = 514;
    public static final int ENOIOCTLCMD = 515;

    private static final String[] NAMES = new String[134];

    static {
        String[] pairs = {
            "1", "EPERM", "2", "ENOENT", "3", "ESRCH", "4", "EINTR", "5", "EIO", "6", "ENXIO", "7", "E2BIG",
            "8", "ENOEXEC", "9", "EBADF", "10", "ECHILD", "11", "EAGAIN", "12", "ENOMEM", "13", "EACCES",
            "14", "EFAULT", "15", "ENOTBLK", "16", "EBUSY", "17", "EEXIST", "18", "EXDEV", "19", "ENODEV",
            "20", "ENOTDIR", "21", "EISDIR", "22", "EINVAL", "23", "ENFILE", "24", "EMFILE", "25", "ENOTTY",
            "26", "ETXTBSY", "27", "EFBIG", "28", "ENOSPC", "29", "ESPIPE", "30", "EROFS", "31", "EMLINK",
            "32", "EPIPE", "33", "EDOM", "34", "ERANGE", "35", "EDEADLK", "36", "ENAMETOOLONG", "37", "ENOLCK",
            "38", "ENOSYS", "39", "ENOTEMPTY", "40", "ELOOP", "42", "ENOMSG", "61", "ENODATA", "62", "ETIME",
            "75", "EOVERFLOW", "77", "EBADFD", "84", "EILSEQ", "88", "ENOTSOCK", "90", "EMSGSIZE",
            "95", "EOPNOTSUPP", "97", "EAFNOSUPPORT", "104", "ECONNRESET", "107", "ENOTCONN", "110", "ETIMEDOUT",
            "116", "ESTALE", "122", "EDQUOT", "125", "ECANCELED",
        };
        for (int i = 0; i < pairs.length; i += 2) {
            NAMES[Integer.parseInt(pairs[i])] = pairs[i + 1];
        }
    }

    /** "ENOENT" for 2 or -2; "ERESTARTSYS" and friends; "E123" for numbers without a name here. */
    public static String name(long errno) {
        long e = errno < 0 ? -errno : errno;
        if (e > 0 && e < NAMES.length && NAMES[(int) e] != null) {
            return NAMES[(int) e];
        }
        if (e >= ERESTARTSYS && e <= ENOIOCTLCMD) {
            String[] internal = {"ERESTARTSYS", "ERESTARTNOINTR", "ERESTARTNOHAND", "ENOIOCTLCMD"};
            return internal[(int) (e - ERESTARTSYS)];
        }
        return "E" + e;
    }

    /** True for a negative result in Linux's error range (-4095..-1). */
    public static boolean isError(long result) {
        return result < 0 && result >= -4095;
    }
}
