/*
 * The physical memory map handed over by the boot loader: (base, length, type) regions sorted
 * by base address. Built by Multiboot2 (from the memory-map tag, or from basic meminfo when the
 * map is missing); read by the frame allocator and printed by Boot. Types follow multiboot2
 * (same numbers as the BIOS e820 map).
 */
package exo.kernel.mm;

import exo.kernel.util.Fmt;

public final class MemoryMap {
    public static final int AVAILABLE = 1;
    public static final int RESERVED = 2;
    public static final int ACPI_RECLAIMABLE = 3;
    public static final int ACPI_NVS = 4;
    public static final int BAD = 5;

    private long[] bases = new long[8];
    private long[] lengths = new long[8];
    private int[] types = new int[8];
    private int count;

    /** Adds a region, keeping the regions sorted by base; empty regions are dropped. */
    public void add(long base, long length, int type) {
        if (length == 0) {
            return;
        }
        if (count == bases.length) {
            grow();
        }
        int at = count;
        while (at > 0 && Long.compareUnsigned(bases[at - 1], base) > 0) {
            bases[at] = bases[at - 1];
            lengths[at] = lengths[at - 1];
            types[at] = types[at - 1];
            at--;
        }
        bases[at] = base;
        lengths[at] = length;
        types[at] = type;
        count++;
    }

    private void grow() {
        int n = bases.length * 2;
        long[] b = new long[n];
        long[] l = new long[n];
        int[] t = new int[n];
        System.arraycopy(bases, 0, b, 0, count);
        System.arraycopy(lengths, 0, l, 0, count);
        System.arraycopy(types, 0, t, 0, count);
        bases = b;
        lengths = l;
        types = t;
    }

    public int count() {
        return count;
    }

    public long base(int i) {
        return bases[i];
    }

    public long length(int i) {
        return lengths[i];
    }

    /** One past the last byte of region i. */
    public long end(int i) {
        return bases[i] + lengths[i];
    }

    public int type(int i) {
        return types[i];
    }

    public boolean isAvailable(int i) {
        return types[i] == AVAILABLE;
    }

    /** Sum of the lengths of the available regions, in bytes. */
    public long usableBytes() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            if (types[i] == AVAILABLE) {
                total += lengths[i];
            }
        }
        return total;
    }

    /** One past the highest available byte, or 0 when nothing is available. */
    public long usableEnd() {
        long end = 0;
        for (int i = 0; i < count; i++) {
            if (types[i] == AVAILABLE && Long.compareUnsigned(end(i), end) > 0) {
                end = end(i);
            }
        }
        return end;
    }

    public static String typeName(int type) {
        if (type == AVAILABLE) {
            return "available";
        }
        if (type == ACPI_RECLAIMABLE) {
            return "ACPI reclaimable";
        }
        if (type == ACPI_NVS) {
            return "ACPI NVS";
        }
        if (type == BAD) {
            return "bad RAM";
        }
        return "reserved";
    }

    /** "[0x0000000000100000-0x0000000007fdffff] available (126 MiB)" */
    public String describe(int i) {
        return "[" + Fmt.hex16(bases[i]) + "-" + Fmt.hex16(end(i) - 1) + "] " + typeName(types[i])
                + " (" + Fmt.size(lengths[i]) + ")";
    }
}
