/*
 * The caller's side of a read or write: a run of `length()` bytes the file layer copies into or
 * out of, addressed by offset within the run. The syscall layer implements it over user memory
 * (an iovec array is one IoBuffer), copying straight between the user's pages and the file's
 * pages or the kernel arrays given here, so no data passes through an intermediate buffer; the
 * kernel itself and host tests use ArrayBuffer.
 *
 * Every method returns the number of bytes it copied: all of them, or fewer when the user
 * memory faulted at that point (the file layer then returns the count done so far, or -EFAULT
 * when that is zero, as Linux does). Kernel addresses are virtual (file pages are reached
 * through the direct map) and always valid.
 */
package exo.kernel.fs;

public interface IoBuffer {
    long length();

    /** Copies len bytes from kernel memory at srcAddr into this buffer at offset. */
    int fromKernel(long offset, long srcAddr, int len);

    /** Copies len bytes of this buffer at offset to kernel memory at dstAddr. */
    int toKernel(long offset, long dstAddr, int len);

    /** Copies src[srcOff..srcOff+len) into this buffer at offset. */
    int fromArray(long offset, byte[] src, int srcOff, int len);

    /** Copies len bytes of this buffer at offset into dst[dstOff..). */
    int toArray(long offset, byte[] dst, int dstOff, int len);

    /** Writes len zero bytes into this buffer at offset (holes of sparse files). */
    int zero(long offset, int len);
}
