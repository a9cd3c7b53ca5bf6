/*
 * Output of the shell's own commands (builtins, messages) to a file descriptor. Text is a
 * byte string (one char per byte, see exo.sys.Text); it is buffered until flush(), which
 * Exec calls after each builtin and before every fork, so output order matches what the
 * commands wrote. A write error (a closed pipe) is reported once through failed().
 */
package exo.userland.sh;

import exo.sys.Sys;
import exo.sys.SysException;

final class Out {
    private final int fd;
    private final StringBuilder buf = new StringBuilder();
    private boolean failed;

    Out(int fd) {
        this.fd = fd;
    }

    Out print(String s) {
        buf.append(s);
        if (buf.length() > 8192) {
            flush();
        }
        return this;
    }

    Out println(String s) {
        return print(s).print("\n");
    }

    /** Writes what is buffered; false when the write failed (EPIPE, EBADF...). */
    boolean flush() {
        if (buf.length() == 0) {
            return true;
        }
        String s = buf.toString();
        buf.setLength(0);
        try {
            Sys.write(fd, s);
            return true;
        } catch (SysException e) {
            failed = true;
            failure = e.reason();
            return false;
        }
    }

    private String failure = "";

    /** True once a write has failed since the last call (which forgets it). */
    boolean failed() {
        boolean f = failed;
        failed = false;
        return f;
    }

    /** Why the last failed write failed ("No space left on device"). */
    String failure() {
        return failure;
    }

    void discard() {
        buf.setLength(0);
    }
}
