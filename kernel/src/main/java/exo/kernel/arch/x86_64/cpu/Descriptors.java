/*
 * Encoders for the x86_64 descriptor formats, written once (Intel SDM vol. 3A): segment
 * descriptors (3.4.5, figure 3-8), the 16-byte 64-bit TSS descriptor (7.2.3, figure 7-4) and the
 * 16-byte 64-bit interrupt/trap gate (6.14.1, figure 6-8). Gdt and Idt use only these;
 * DescriptorsTest compares them with descriptors computed by hand from the SDM figures.
 */
package exo.kernel.arch.x86_64.cpu;

public final class Descriptors {
    private Descriptors() {}

    // Access byte of a segment descriptor (bits 40-47).
    public static final int ACCESS_PRESENT = 0x80;
    public static final int ACCESS_DPL3 = 0x60;
    /** S bit: code or data segment (clear for system descriptors such as the TSS). */
    public static final int ACCESS_CODE_DATA = 0x10;
    public static final int ACCESS_EXECUTABLE = 0x08;
    /** Readable for code, writable for data. */
    public static final int ACCESS_READ_WRITE = 0x02;
    /**
     * Accessed: preset in every code and data descriptor, so the CPU never writes the GDT
     * (the boot GDT lives in the kernel image; the final one could be mapped read-only).
     */
    public static final int ACCESS_ACCESSED = 0x01;
    /** System type 9: available 64-bit TSS (the CPU turns it into 0xB, busy, on ltr). */
    public static final int TYPE_TSS_AVAILABLE = 0x9;

    // Flags nibble (bits 52-55).
    public static final int FLAG_GRANULARITY_4K = 0x8;
    public static final int FLAG_DEFAULT_32 = 0x4;
    public static final int FLAG_LONG_MODE = 0x2;

    // Gate types (bits 40-43 of a gate).
    public static final int GATE_INTERRUPT = 0xE;
    public static final int GATE_TRAP = 0xF;

    /** An 8-byte segment descriptor. */
    public static long segment(long base, long limit, int access, int flags) {
        return (limit & 0xFFFFL)
                | ((base & 0xFFFFFFL) << 16)
                | ((long) (access & 0xFF) << 40)
                | (((limit >>> 16) & 0xFL) << 48)
                | ((long) (flags & 0xF) << 52)
                | (((base >>> 24) & 0xFFL) << 56);
    }

    /** Flat 64-bit code segment; base and limit are ignored in long mode but kept flat. */
    public static long code64(int dpl) {
        int access = ACCESS_PRESENT | (dpl << 5) | ACCESS_CODE_DATA | ACCESS_EXECUTABLE | ACCESS_READ_WRITE | ACCESS_ACCESSED;
        return segment(0, 0xFFFFF, access, FLAG_GRANULARITY_4K | FLAG_LONG_MODE);
    }

    /** Flat writable data segment. */
    public static long data(int dpl) {
        int access = ACCESS_PRESENT | (dpl << 5) | ACCESS_CODE_DATA | ACCESS_READ_WRITE | ACCESS_ACCESSED;
        return segment(0, 0xFFFFF, access, FLAG_GRANULARITY_4K | FLAG_DEFAULT_32);
    }

    /** Low 8 bytes of a 64-bit TSS descriptor. */
    public static long tssLow(long base, long limit) {
        return segment(base, limit, ACCESS_PRESENT | TYPE_TSS_AVAILABLE, 0);
    }

    /** High 8 bytes of a 64-bit TSS descriptor: base bits 63-32, the rest reserved zero. */
    public static long tssHigh(long base) {
        return base >>> 32;
    }

    /** Low 8 bytes of a 64-bit gate. ist is 0 (none) or 1-7. */
    public static long gateLow(long handler, int selector, int ist, int type, int dpl) {
        return (handler & 0xFFFFL)
                | ((long) (selector & 0xFFFF) << 16)
                | ((long) (ist & 7) << 32)
                | ((long) (type & 0xF) << 40)
                | ((long) (dpl & 3) << 45)
                | (1L << 47)
                | (((handler >>> 16) & 0xFFFFL) << 48);
    }

    /** High 8 bytes of a 64-bit gate: handler bits 63-32, the rest reserved zero. */
    public static long gateHigh(long handler) {
        return handler >>> 32;
    }

    /** Handler address encoded in a gate. */
    public static long gateHandler(long low, long high) {
        return (low & 0xFFFFL) | (((low >>> 48) & 0xFFFFL) << 16) | (high << 32);
    }
}
