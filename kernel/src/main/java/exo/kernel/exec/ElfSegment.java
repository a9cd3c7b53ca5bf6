/*
 * One PT_LOAD program header as ElfImage validated it: p_filesz <= p_memsz, the file bytes
 * inside the file, p_offset congruent to p_vaddr modulo the page size, no wrap-around. The
 * loader maps [pageStart, fileMapEnd) from the file at pageOffset (private, copy-on-write),
 * zeroes the tail of the last file page from vaddr + filesz, and maps anonymous zero pages on
 * [fileMapEnd, memEnd): that is bss. Addresses are the file's; add the image's load bias.
 */
package exo.kernel.exec;

public final class ElfSegment {
    public static final int PF_X = 1;
    public static final int PF_W = 2;
    public static final int PF_R = 4;

    static final long PAGE = 4096;

    public final long vaddr;
    public final long offset;
    public final long filesz;
    public final long memsz;
    /** PF_R | PF_W | PF_X bits. */
    public final int flags;
    public final long align;

    ElfSegment(long vaddr, long offset, long filesz, long memsz, int flags, long align) {
        this.vaddr = vaddr;
        this.offset = offset;
        this.filesz = filesz;
        this.memsz = memsz;
        this.flags = flags;
        this.align = align;
    }

    public boolean readable() {
        return (flags & PF_R) != 0;
    }

    public boolean writable() {
        return (flags & PF_W) != 0;
    }

    public boolean executable() {
        return (flags & PF_X) != 0;
    }

    /** The first page of the segment. */
    public long pageStart() {
        return vaddr & -PAGE;
    }

    /** File offset of pageStart (p_offset rounded down: congruence makes the two line up). */
    public long pageOffset() {
        return offset & -PAGE;
    }

    /** One past the last byte that comes from the file. */
    public long fileEnd() {
        return vaddr + filesz;
    }

    /** End of the file-backed pages: fileEnd rounded up to a page. */
    public long fileMapEnd() {
        return pageUp(vaddr + filesz);
    }

    /** End of the segment's pages: vaddr + memsz rounded up to a page. */
    public long memEnd() {
        return pageUp(vaddr + memsz);
    }

    static long pageUp(long addr) {
        return (addr + PAGE - 1) & -PAGE;
    }

    @Override
    public String toString() {
        return "PT_LOAD vaddr 0x" + Long.toHexString(vaddr) + " offset 0x" + Long.toHexString(offset) + " filesz 0x"
                + Long.toHexString(filesz) + " memsz 0x" + Long.toHexString(memsz) + " flags " + flags;
    }
}
