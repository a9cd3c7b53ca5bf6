/*
 * The terminal ioctls (TCGETS, TIOCSPGRP, TIOCGWINSZ, FIONREAD on a terminal...): FileCalls
 * sends the requests TtyIoctl.isTerminalRequest names here. A terminal file (tty.TerminalFile)
 * gets a window on the user's argument memory and runs the request; any other file goes on to
 * FileCalls.ioctl's generic requests (NOT_A_TERMINAL), which answer ENOTTY for these (or
 * FIONREAD for a pipe).
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.proc.Task;
import exo.kernel.tty.TerminalFile;
import exo.kernel.tty.TtyIoctl;
import exo.kernel.uaccess.UserBuffer;

final class TtyCalls {
    private TtyCalls() {}

    static boolean handles(int request) {
        return TtyIoctl.isTerminalRequest(request);
    }

    /** ioctl's answer when fd is not a terminal: FileCalls.ioctl goes on with the generic requests. */
    static final long NOT_A_TERMINAL = Long.MIN_VALUE;

    static long ioctl(Task t, int fd, int request, long arg) {
        OpenFile f = t.process.fds().acquire(fd);
        if (f == null) {
            return -Errno.EBADF;
        }
        try {
            if (f instanceof TerminalFile tf && !f.isPathOnly()) {
                return tf.terminalIoctl(request, arg, UserBuffer.of(t.process.mm(), arg, TtyIoctl.MAX_ARG_BYTES),
                        t.fsContext());
            }
        } finally {
            f.put();
        }
        return NOT_A_TERMINAL;
    }
}
