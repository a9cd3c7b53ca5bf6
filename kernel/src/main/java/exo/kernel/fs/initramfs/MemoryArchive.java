/*
 * An Archive in kernel memory: the initramfs module GRUB loaded, reached through the direct map
 * (Boot passes PhysAddr.toVirt(module.start) and its length).
 */
package exo.kernel.fs.initramfs;

import exo.hw.Memory;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.KernelBuffer;

public final class MemoryArchive implements Archive {
    private final long addr;
    private final long len;

    public MemoryArchive(long addr, long len) {
        this.addr = addr;
        this.len = len;
    }

    @Override
    public long size() {
        return len;
    }

    @Override
    public int byteAt(long offset) {
        return Memory.read8(addr + offset) & 0xFF;
    }

    @Override
    public IoBuffer slice(long offset, long n) {
        return new KernelBuffer(addr + offset, n);
    }
}
