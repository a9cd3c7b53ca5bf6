/*
 * The socket calls of a kernel without networking yet: socket and socketpair answer
 * EAFNOSUPPORT, what Linux answers for an address family it was built without (not ENOSYS:
 * musl's user and group lookups treat EAFNOSUPPORT from their nscd socket as "no nscd here"
 * and go on with /etc/passwd and /etc/group, where ENOSYS made getpwnam fail). Every call that
 * takes a socket descriptor checks it as Linux does first: a descriptor that is not open, or
 * an O_PATH one, is EBADF; any other file is not a socket, ENOTSOCK. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.proc.Task;

final class SocketCalls {
    private SocketCalls() {}

    /** socket(2), socketpair(2): no address family is supported yet. */
    static long socket(Task t, int family, int type, int protocol) {
        return -Errno.EAFNOSUPPORT;
    }

    /**
     * connect, accept, accept4, sendto, recvfrom, sendmsg, recvmsg, shutdown, bind, listen,
     * getsockname, getpeername, setsockopt, getsockopt, recvmmsg, sendmmsg: EBADF or ENOTSOCK.
     */
    static long onSocket(Task t, int fd) {
        OpenFile f = t.process.fds().file(fd);
        return f == null || f.isPathOnly() ? -Errno.EBADF : -Errno.ENOTSOCK;
    }
}
