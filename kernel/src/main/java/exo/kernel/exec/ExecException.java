/*
 * A failure of execve's kernel side that user space sees as an errno: a file that is not a
 * loadable ELF (ENOEXEC), a layout Linux also refuses (EINVAL), an image that cannot fit
 * (ENOMEM), arguments over the limit (E2BIG), a fault writing the new stack (EFAULT) or a read
 * error from the file (EIO). The syscall layer returns -errno(); the message, which names the
 * problem, goes to the kernel log. The numbers are Linux x86_64's.
 */
package exo.kernel.exec;

public class ExecException extends RuntimeException {
    public static final int EIO = 5;
    public static final int E2BIG = 7;
    public static final int ENOEXEC = 8;
    public static final int ENOMEM = 12;
    public static final int EFAULT = 14;
    public static final int EINVAL = 22;

    private final int errno;

    public ExecException(int errno, String message) {
        super(message);
        this.errno = errno;
    }

    /** The positive errno; system calls return its negation. */
    public int errno() {
        return errno;
    }
}
