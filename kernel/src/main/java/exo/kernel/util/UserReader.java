/*
 * Reads another address space's memory, usually a user process's through copy-in with fault
 * recovery (the counterpart of UserWriter). SignalFrame reads a frame back through it for
 * rt_sigreturn. An implementation that cannot read throws its EFAULT exception, which the
 * callers let through unchanged.
 */
package exo.kernel.util;

public interface UserReader {
    void read(long addr, byte[] b, int off, int len);

    long read64(long addr);
}
