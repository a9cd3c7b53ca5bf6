/*
 * Writes into another address space's memory, usually a user process's through copy-out with
 * fault recovery. InitialStack and SignalFrame write through it, so their layouts are tested
 * on a byte array on the host and applied to user memory in the kernel. An implementation
 * that cannot write (unmapped page, address outside the user half) throws: ExecException or
 * its own exception with EFAULT, which the callers let through unchanged.
 */
package exo.kernel.util;

public interface UserWriter {
    void write(long addr, byte[] b, int off, int len);

    void write64(long addr, long value);
}
