/*
 * The x86_64 page-table entry layout (Intel SDM vol. 3A, 4.5, tables 4-15 to 4-20), written once:
 * every other class builds and reads entries through these constants and helpers. The same
 * layout serves all four levels; HUGE (bit 7, "PS") in a PDPT or PD entry makes it a 1 GiB or
 * 2 MiB leaf. PageEntryTest checks each bit against the SDM.
 */
package exo.kernel.arch.x86_64.mm;

public final class PageEntry {
    private PageEntry() {}

    public static final long PRESENT = 1L << 0;
    public static final long WRITABLE = 1L << 1;
    public static final long USER = 1L << 2;
    public static final long WRITE_THROUGH = 1L << 3;
    public static final long NO_CACHE = 1L << 4;
    public static final long ACCESSED = 1L << 5;
    public static final long DIRTY = 1L << 6;
    public static final long HUGE = 1L << 7;
    public static final long GLOBAL = 1L << 8;
    public static final long NX = 1L << 63;

    /** Physical address bits 51-12 of a 4 KiB page or of the next-level table. */
    public static final long ADDRESS_MASK = 0x000FFFFFFFFFF000L;
    /** Address bits of a 2 MiB leaf (bit 12 is PAT there, not address). */
    public static final long ADDRESS_MASK_2M = 0x000FFFFFFFE00000L;
    /** Address bits of a 1 GiB leaf. */
    public static final long ADDRESS_MASK_1G = 0x000FFFFFC0000000L;
    /** Every bit a caller may pass as flags to PageTable.map/protect. */
    public static final long FLAG_MASK = PRESENT | WRITABLE | USER | WRITE_THROUGH | NO_CACHE
            | ACCESSED | DIRTY | HUGE | GLOBAL | NX;

    public static long make(long phys, long flags) {
        return (phys & ADDRESS_MASK) | (flags & FLAG_MASK);
    }

    public static boolean isPresent(long entry) {
        return (entry & PRESENT) != 0;
    }

    public static boolean isHuge(long entry) {
        return (entry & HUGE) != 0;
    }

    public static long address(long entry) {
        return entry & ADDRESS_MASK;
    }

    public static long flags(long entry) {
        return entry & FLAG_MASK;
    }

    /** Address of a leaf at the given level (1 = 4 KiB, 2 = 2 MiB, 3 = 1 GiB). */
    public static long leafAddress(long entry, int level) {
        if (level == 3) {
            return entry & ADDRESS_MASK_1G;
        }
        if (level == 2) {
            return entry & ADDRESS_MASK_2M;
        }
        return entry & ADDRESS_MASK;
    }

    /** Flag letters for messages: "P W U WT NC A D H G NX", absent flags omitted. */
    public static String describe(long entry) {
        StringBuilder sb = new StringBuilder();
        flag(sb, entry, PRESENT, "P");
        flag(sb, entry, WRITABLE, "W");
        flag(sb, entry, USER, "U");
        flag(sb, entry, WRITE_THROUGH, "WT");
        flag(sb, entry, NO_CACHE, "NC");
        flag(sb, entry, ACCESSED, "A");
        flag(sb, entry, DIRTY, "D");
        flag(sb, entry, HUGE, "H");
        flag(sb, entry, GLOBAL, "G");
        flag(sb, entry, NX, "NX");
        return sb.toString();
    }

    private static void flag(StringBuilder sb, long entry, long bit, String name) {
        if ((entry & bit) != 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(name);
        }
    }
}
