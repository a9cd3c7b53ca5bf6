/*
 * The auxiliary vector: (type, value) pairs the kernel leaves above envp on a new program's
 * stack, telling libc and the dynamic loader where the program headers are, the entry point,
 * the interpreter's base, the page size, the credentials, where 16 random bytes are, and so on
 * (System V x86_64 ABI 3.4.3, Linux's include/uapi/linux/auxvec.h numbers).
 *
 * Pairs are kept in the order Linux's create_elf_tables writes them (LINUX_ORDER), whatever
 * order they are set in, so a program sees the same vector as on Linux. forExecutable() fills
 * what the ELF image gives; the exec code then set()s what only it knows (AT_UID..AT_EGID,
 * AT_SECURE, AT_HWCAP from CPUID, AT_HWCAP2, AT_SYSINFO_EHDR with a vDSO, AT_MINSIGSTKSZ), and
 * InitialStack fills the addresses it chooses (AT_RANDOM, AT_EXECFN, AT_PLATFORM). AT_NULL is
 * never stored: InitialStack writes it after the last pair.
 */
package exo.kernel.exec;

import java.util.Arrays;

public final class Auxv {
    public static final int AT_NULL = 0;
    public static final int AT_IGNORE = 1;
    public static final int AT_EXECFD = 2;
    public static final int AT_PHDR = 3;
    public static final int AT_PHENT = 4;
    public static final int AT_PHNUM = 5;
    public static final int AT_PAGESZ = 6;
    public static final int AT_BASE = 7;
    public static final int AT_FLAGS = 8;
    public static final int AT_ENTRY = 9;
    public static final int AT_NOTELF = 10;
    public static final int AT_UID = 11;
    public static final int AT_EUID = 12;
    public static final int AT_GID = 13;
    public static final int AT_EGID = 14;
    public static final int AT_PLATFORM = 15;
    public static final int AT_HWCAP = 16;
    public static final int AT_CLKTCK = 17;
    public static final int AT_SECURE = 23;
    public static final int AT_BASE_PLATFORM = 24;
    public static final int AT_RANDOM = 25;
    public static final int AT_HWCAP2 = 26;
    public static final int AT_RSEQ_FEATURE_SIZE = 27;
    public static final int AT_RSEQ_ALIGN = 28;
    public static final int AT_EXECFN = 31;
    public static final int AT_SYSINFO_EHDR = 33;
    public static final int AT_MINSIGSTKSZ = 51;

    /** Linux 6.x's order; types not listed go after these, in the order they were set. */
    static final int[] LINUX_ORDER = {
        AT_SYSINFO_EHDR, AT_MINSIGSTKSZ, AT_HWCAP, AT_PAGESZ, AT_CLKTCK, AT_PHDR, AT_PHENT, AT_PHNUM, AT_BASE,
        AT_FLAGS, AT_ENTRY, AT_UID, AT_EUID, AT_GID, AT_EGID, AT_SECURE, AT_RANDOM, AT_HWCAP2, AT_EXECFN,
        AT_PLATFORM, AT_RSEQ_FEATURE_SIZE, AT_RSEQ_ALIGN,
    };

    public static final long PAGE_SIZE = 4096;
    /** USER_HZ: the unit of times() and /proc's clock ticks. */
    public static final long CLOCK_TICKS_PER_SECOND = 100;

    private long[] types = new long[32];
    private long[] values = new long[32];
    private int count;
    /** The types below 64 present, a bit each: set() and get() skip the search for absent ones. */
    private long present;

    /** rank(type) for types below 64 (LINUX_ORDER's index, or its length for the others). */
    private static final byte[] RANKS = ranks();

    private static byte[] ranks() {
        byte[] r = new byte[64];
        Arrays.fill(r, (byte) LINUX_ORDER.length);
        for (int i = 0; i < LINUX_ORDER.length; i++) {
            r[LINUX_ORDER[i]] = (byte) i;
        }
        return r;
    }

    /**
     * The vector for an executable loaded with `exeBias` (0 for ET_EXEC) whose interpreter, if
     * any, was loaded at `interpreterBase` (0 without one). Credentials and AT_HWCAP start at 0.
     */
    public static Auxv forExecutable(ElfImage exe, long exeBias, long interpreterBase) {
        Auxv a = new Auxv();
        a.set(AT_HWCAP, 0);
        a.set(AT_PAGESZ, PAGE_SIZE);
        a.set(AT_CLKTCK, CLOCK_TICKS_PER_SECOND);
        a.set(AT_PHDR, exe.phdrAddress() == 0 ? 0 : exe.phdrAddress() + exeBias);
        a.set(AT_PHENT, ElfImage.PHENT_SIZE);
        a.set(AT_PHNUM, exe.phnum());
        a.set(AT_BASE, interpreterBase);
        a.set(AT_FLAGS, 0);
        a.set(AT_ENTRY, exe.entry() + exeBias);
        a.set(AT_UID, 0);
        a.set(AT_EUID, 0);
        a.set(AT_GID, 0);
        a.set(AT_EGID, 0);
        a.set(AT_SECURE, 0);
        a.set(AT_RANDOM, 0);
        a.set(AT_EXECFN, 0);
        a.set(AT_PLATFORM, 0);
        return a;
    }

    /** Replaces the value of `type`, or adds the pair at its place. AT_HWCAP2 = 0 is left out, as Linux does. */
    public Auxv set(long type, long value) {
        if (type == AT_NULL) {
            throw new IllegalArgumentException("AT_NULL ends the vector and is never set");
        }
        int i = indexOf(type);
        if (i >= 0) {
            values[i] = value;
            return this;
        }
        if (type == AT_HWCAP2 && value == 0) {
            return this;
        }
        if (count == types.length) {
            types = Arrays.copyOf(types, count * 2);
            values = Arrays.copyOf(values, count * 2);
        }
        int at = count;
        while (at > 0 && rank(types[at - 1]) > rank(type)) {
            at--;
        }
        System.arraycopy(types, at, types, at + 1, count - at);
        System.arraycopy(values, at, values, at + 1, count - at);
        types[at] = type;
        values[at] = value;
        count++;
        if (type >= 0 && type < 64) {
            present |= 1L << type;
        }
        return this;
    }

    private static int rank(long type) {
        return type >= 0 && type < 64 ? RANKS[(int) type] : LINUX_ORDER.length;
    }

    public boolean has(long type) {
        return indexOf(type) >= 0;
    }

    /** The value of `type`, or 0 when absent (what getauxval returns). */
    public long get(long type) {
        int i = indexOf(type);
        return i < 0 ? 0 : values[i];
    }

    /** Pairs stored, AT_NULL not counted. */
    public int size() {
        return count;
    }

    public long type(int i) {
        checkIndex(i);
        return types[i];
    }

    public long value(int i) {
        checkIndex(i);
        return values[i];
    }

    /** Bytes on the stack: every pair and the AT_NULL pair. */
    public long sizeInBytes() {
        return (count + 1) * 16L;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("auxv pair " + i + " of " + count);
        }
    }

    private int indexOf(long type) {
        if (type >= 0 && type < 64 && (present & (1L << type)) == 0) {
            return -1;
        }
        for (int i = 0; i < count; i++) {
            if (types[i] == type) {
                return i;
            }
        }
        return -1;
    }
}
