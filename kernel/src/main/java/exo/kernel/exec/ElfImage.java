/*
 * A validated ELF64 x86_64 executable, as execve needs it: its PT_LOAD segments, interpreter
 * path, TLS template, stack permissions, entry point and where its program headers sit in
 * memory (AT_PHDR). ElfParser builds it from an ElfSource and throws ElfException (with Linux's
 * errno) for anything malformed or hostile, so once an ElfImage exists the loader can map its
 * segments without further checks.
 *
 * Addresses here are the file's. A fixed-address executable (ET_EXEC) loads at them (bias 0);
 * a position-independent one (ET_DYN: PIE, static-PIE, or a dynamic loader such as ld.so)
 * loads at a base the caller picks, and loadBias(base) gives the amount to add to every
 * address. The exec code calls parse(), maps segments(), then builds the initial stack with
 * entry(), phdrAddress(), phnum() and the interpreter's own ElfImage for AT_BASE.
 */
package exo.kernel.exec;

import exo.kernel.mm.VirtAddr;

public final class ElfImage {
    public static final int ET_EXEC = 2;
    public static final int ET_DYN = 3;
    /** Size of an Elf64_Phdr: the only e_phentsize accepted (AT_PHENT). */
    public static final int PHENT_SIZE = 56;
    /** Linux's TASK_SIZE_MAX: the user half less its last page, which is never mapped. */
    public static final long USER_LIMIT = VirtAddr.USER_HALF_END - ElfSegment.PAGE;

    final int type;
    final long entry;
    final ElfSegment[] segments;
    final int phnum;
    final long phdrVaddr;
    final String interpreter;
    final boolean dynamic;
    final boolean stackExecutable;
    final boolean hasTls;
    final long tlsVaddr;
    final long tlsFilesz;
    final long tlsMemsz;
    final long tlsAlign;
    final long userLimit;

    ElfImage(ElfParser p) {
        type = p.type;
        entry = p.entry;
        segments = p.loads.toArray(new ElfSegment[0]);
        phnum = p.phnum;
        phdrVaddr = p.phdrVaddr;
        interpreter = p.interpreter;
        dynamic = p.dynamic;
        stackExecutable = p.stackExecutable;
        hasTls = p.hasTls;
        tlsVaddr = p.tlsVaddr;
        tlsFilesz = p.tlsFilesz;
        tlsMemsz = p.tlsMemsz;
        tlsAlign = p.tlsAlign;
        userLimit = p.userLimit;
    }

    /** Reads and validates an executable whose segments must fit below USER_LIMIT. */
    public static ElfImage parse(ElfSource source) {
        return parse(source, USER_LIMIT);
    }

    /** As parse(source), with another end for the user address space (page-aligned). */
    public static ElfImage parse(ElfSource source, long userLimit) {
        return new ElfParser(source, userLimit).parse();
    }

    /** ET_EXEC or ET_DYN. */
    public int type() {
        return type;
    }

    /** True for ET_DYN: loads anywhere, at a base the caller chooses. */
    public boolean positionIndependent() {
        return type == ET_DYN;
    }

    /** e_entry, unbiased. */
    public long entry() {
        return entry;
    }

    /** The PT_LOAD segments in ascending address order (at least one, never overlapping). */
    public ElfSegment[] segments() {
        return segments.clone();
    }

    public int segmentCount() {
        return segments.length;
    }

    public ElfSegment segment(int i) {
        return segments[i];
    }

    /** e_phnum, for AT_PHNUM. */
    public int phnum() {
        return phnum;
    }

    /**
     * Unbiased address of the program header table in memory, for AT_PHDR: PT_PHDR's p_vaddr, or
     * else found through the PT_LOAD whose file bytes contain it; 0 when no segment loads it.
     */
    public long phdrAddress() {
        return phdrVaddr;
    }

    /** The PT_INTERP path (e.g. "/lib/ld-musl-x86_64.so.1"), one char per byte; null if none. */
    public String interpreter() {
        return interpreter;
    }

    /** True when there is a PT_DYNAMIC segment (static-PIE has one and no interpreter). */
    public boolean hasDynamic() {
        return dynamic;
    }

    /** PT_GNU_STACK's PF_X; without PT_GNU_STACK the x86_64 default, a non-executable stack. */
    public boolean stackExecutable() {
        return stackExecutable;
    }

    public boolean hasTls() {
        return hasTls;
    }

    /** PT_TLS: the initialisation image [tlsVaddr, tlsVaddr + tlsFilesz), tlsMemsz in all, aligned to tlsAlign. */
    public long tlsVaddr() {
        return tlsVaddr;
    }

    public long tlsFilesz() {
        return tlsFilesz;
    }

    public long tlsMemsz() {
        return tlsMemsz;
    }

    public long tlsAlign() {
        return tlsAlign;
    }

    /** The lowest address a segment occupies, page-aligned down. */
    public long lowestAddress() {
        return segments[0].pageStart();
    }

    /** One past the highest byte of any segment (vaddr + memsz): brk starts at this, page-aligned up. */
    public long highestAddress() {
        long top = 0;
        for (ElfSegment s : segments) {
            top = Math.max(top, s.vaddr + s.memsz);
        }
        return top;
    }

    /** Bytes of address space the image needs from lowestAddress, whole pages (Linux's total_mapping_size). */
    public long span() {
        return ElfSegment.pageUp(highestAddress()) - lowestAddress();
    }

    /** The largest power-of-two p_align of the PT_LOADs, at least a page: how to align an ET_DYN base. */
    public long maxAlign() {
        long a = ElfSegment.PAGE;
        for (ElfSegment s : segments) {
            if (s.align > a && (s.align & (s.align - 1)) == 0) {
                a = s.align;
            }
        }
        return a;
    }

    /**
     * What to add to the file's addresses when the lowest page goes to `base` (page-aligned).
     * ET_EXEC always loads where it says: base must then be lowestAddress() and the bias is 0.
     * ElfException(ENOMEM) when the image would not fit below the user limit at that base,
     * EINVAL when the entry point would land outside the user address space (as Linux checks).
     */
    public long loadBias(long base) {
        if ((base & (ElfSegment.PAGE - 1)) != 0) {
            throw new IllegalArgumentException("load base 0x" + Long.toHexString(base) + " is not page-aligned");
        }
        if (type == ET_EXEC) {
            if (base != lowestAddress()) {
                throw new IllegalArgumentException("ET_EXEC image cannot move to 0x" + Long.toHexString(base));
            }
            return 0;
        }
        if (Long.compareUnsigned(base, userLimit) >= 0 || Long.compareUnsigned(userLimit - base, span()) < 0) {
            throw new ElfException(ExecException.ENOMEM, "image of 0x" + Long.toHexString(span())
                    + " bytes does not fit at base 0x" + Long.toHexString(base));
        }
        long bias = base - lowestAddress();
        if (Long.compareUnsigned(entry + bias, userLimit) >= 0) {
            throw new ElfException(ExecException.EINVAL, "entry point 0x" + Long.toHexString(entry)
                    + " lands outside the user address space at base 0x" + Long.toHexString(base));
        }
        return bias;
    }
}
