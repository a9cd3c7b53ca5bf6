/*
 * A pidfd (pidfd_open): a descriptor that names one process. It polls readable (POLLIN) once
 * the process has ended (Process.exitWaiters is woken by Exits); reads and writes are EINVAL,
 * as on Linux. Used by the syscall layer's PidFdCalls (pidfd_open, pidfd_send_signal,
 * pidfd_getfd) and by waitid(P_PIDFD); the file itself only holds the process.
 */
package exo.kernel.proc;

import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.event.AnonInodes;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.PollTable;

public final class PidFd extends OpenFile {
    /** pidfd_open's one flag: the descriptor is O_NONBLOCK (waitid then answers EAGAIN). */
    public static final int PIDFD_NONBLOCK = OpenFlags.O_NONBLOCK;

    private final Process target;

    public PidFd(AnonInodes anon, Process target, int flags) {
        super(null, anon.newInode(), OpenFlags.O_RDWR | (flags & PIDFD_NONBLOCK));
        this.target = target;
    }

    public Process target() {
        return target;
    }

    /** Has the process ended (a zombie, or already reaped)? */
    public boolean exited() {
        return target.isZombie();
    }

    @Override
    public int poll(PollTable table) {
        if (table != null) {
            table.register(target.exitWaiters);
        }
        return exited() ? Poll.IN : 0;
    }

    @Override
    public boolean pollable() {
        return true;
    }

    @Override
    public String describe(FsContext ctx) {
        return "anon_inode:[pidfd]";
    }
}
