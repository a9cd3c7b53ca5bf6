/*
 * The one exception of exo.sys: a system call returned -errno. It carries the errno, its
 * symbolic name and the call (with its subject, e.g. the path), so a program can both test
 * `e.errno() == Errno.ENOENT` and print a message such as
 * "open /etc/rc: ENOENT (No such file or directory)".
 */
package exo.sys;

public class SysException extends RuntimeException {
    private final int errno;
    private final String call;

    public SysException(String call, int errno) {
        super(call + ": " + Errno.name(errno) + " (" + Errno.message(errno) + ")");
        this.errno = errno;
        this.call = call;
    }

    /** The positive errno (ENOENT = 2). */
    public int errno() {
        return errno;
    }

    /** Its symbolic name ("ENOENT"). */
    public String errnoName() {
        return Errno.name(errno);
    }

    /** The call and its subject ("open /etc/rc"). */
    public String call() {
        return call;
    }

    /** strerror's text for the errno ("No such file or directory"). */
    public String reason() {
        return Errno.message(errno);
    }
}
