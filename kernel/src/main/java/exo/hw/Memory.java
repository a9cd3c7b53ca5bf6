/*
 * Raw access to virtual memory, little-endian, any alignment. exoc lowers each call to one
 * volatile load or store (so device memory such as the VGA buffer is never cached in a
 * register); on the host the bodies use the sparse memory of exo.hw.Sim. Physical memory is
 * reached through the direct map (exo.kernel.mm.PhysAddr.toVirt).
 */
package exo.hw;

public final class Memory {
    private Memory() {}

    public static byte read8(long addr) {
        return (byte) Sim.read(addr, 1);
    }

    public static short read16(long addr) {
        return (short) Sim.read(addr, 2);
    }

    public static int read32(long addr) {
        return (int) Sim.read(addr, 4);
    }

    public static long read64(long addr) {
        return Sim.read(addr, 8);
    }

    public static void write8(long addr, byte value) {
        Sim.write(addr, 1, value);
    }

    public static void write16(long addr, short value) {
        Sim.write(addr, 2, value);
    }

    public static void write32(long addr, int value) {
        Sim.write(addr, 4, value);
    }

    public static void write64(long addr, long value) {
        Sim.write(addr, 8, value);
    }

    /**
     * Copies len bytes from src to dst (regions may overlap): memmove, for RAM only (pages,
     * user memory through the direct map), never for device memory.
     */
    public static void copy(long dst, long src, long len) {
        if (dst <= src || dst >= src + len) {
            for (long i = 0; i < len; i++) {
                Sim.write(dst + i, 1, Sim.read(src + i, 1));
            }
        } else {
            for (long i = len - 1; i >= 0; i--) {
                Sim.write(dst + i, 1, Sim.read(src + i, 1));
            }
        }
    }

    /**
     * Copies len bytes of src, from index off, to RAM at dst (memcpy): one block move where a
     * loop of write8 would cost several instructions a byte. The caller has checked that
     * [off, off + len) lies inside src (the compiled code does not check again).
     */
    public static void copyFromArray(long dst, byte[] src, int off, int len) {
        for (int i = 0; i < len; i++) {
            Sim.write(dst + i, 1, src[off + i]);
        }
    }

    /** Copies len bytes of RAM at src into dst from index off; the caller checks the bounds. */
    public static void copyToArray(byte[] dst, int off, long src, int len) {
        for (int i = 0; i < len; i++) {
            dst[off + i] = (byte) Sim.read(src + i, 1);
        }
    }

    /**
     * Copies len bytes from src to dst where one side is user memory reached through the live
     * page tables (kernel/arch/x86_64/uaccess.S): a fault on a user page is resolved by the
     * kernel's page-fault hook or ends the copy. Returns the bytes not copied (0: all). Only
     * exo.kernel.uaccess.UserMemory calls it, after checking the user range.
     */
    public static long copyUser(long dst, long src, long len) {
        return SimMmu.copy(dst, src, len);
    }

    /** copyUser from src[off..off + len) (bounds checked by the caller) to user dst. */
    public static long copyUserFromArray(long dst, byte[] src, int off, int len) {
        return SimMmu.copyFromArray(dst, src, off, len);
    }

    /** copyUser from user src into dst[off..off + len) (bounds checked by the caller). */
    public static long copyUserToArray(byte[] dst, int off, long src, int len) {
        return SimMmu.copyToArray(dst, off, src, len);
    }

    /** Zeroes len user bytes at dst through the MMU; returns the bytes not zeroed. */
    public static long zeroUser(long dst, long len) {
        return SimMmu.zero(dst, len);
    }

    /** Sets len bytes at addr to value (memset), for RAM only. */
    public static void fill(long addr, int value, long len) {
        for (long i = 0; i < len; i++) {
            Sim.write(addr + i, 1, value);
        }
    }
}
