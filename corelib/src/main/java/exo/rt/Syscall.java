/*
 * The linux target's raw system call and environment, lowered by exoc (SyscallIntrinsics):
 * syscall6 is the x86_64 `syscall` instruction and returns the kernel's result (a negative
 * errno on failure). Only exo.rt.Posix calls it; the kernel target may not.
 */
package exo.rt;

public final class Syscall {
    private Syscall() {}

    public static native long syscall6(long nr, long a, long b, long c, long d, long e, long f);

    /** The address of the NULL-terminated envp array _start found on the initial stack. */
    public static native long environ();
}
