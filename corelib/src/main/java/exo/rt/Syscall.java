/*
 * The linux target's raw system call and environment, lowered by exoc (SyscallIntrinsics):
 * syscall6 is the x86_64 `syscall` instruction and returns the kernel's result (a negative
 * errno on failure), spawn is fork + exec. Only exo.rt.Posix calls them; the kernel target may not.
 */
package exo.rt;

public final class Syscall {
    private Syscall() {}

    public static native long syscall6(long nr, long a, long b, long c, long d, long e, long f);

    /** The address of the NULL-terminated envp array _start found on the initial stack. */
    public static native long environ();

    /**
     * fork, then in the child (in C, no Java runs there): descriptors fds[0..2] (an int
     * array's address; -1 keeps the parent's) onto 0..2, chdir(cwd) when cwd is not 0, and
     * execve(path, argv, envp); a failure's errno goes to errFd as 4 bytes and the child exits
     * with 127. Returns the child's pid or -errno.
     */
    public static native long spawn(long path, long argv, long envp, long fds, long cwd, long errFd);
}
