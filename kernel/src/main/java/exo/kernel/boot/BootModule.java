/*
 * One boot module loaded by GRUB (multiboot2 tag 3): its physical range and command line.
 * Produced by Multiboot2; the frame allocator reserves the range so the module survives until
 * whoever needs it (a future initrd loader) has read it.
 */
package exo.kernel.boot;

public final class BootModule {
    public final long start;
    public final long end;
    public final String cmdline;

    public BootModule(long start, long end, String cmdline) {
        this.start = start;
        this.end = end;
        this.cmdline = cmdline;
    }

    public long sizeBytes() {
        return end - start;
    }
}
