/*
 * The checks behind ElfImage.parse, in the order Linux's loader meets them: the ELF header
 * (magic, ELFCLASS64, little-endian, version, ET_EXEC/ET_DYN, EM_X86_64, e_phentsize, e_phnum
 * from 1 to 73 so the table fits in a page as Linux requires), the program header table inside
 * the file, then each program header. Errnos follow Linux where it has a rule (EINVAL for
 * p_filesz > p_memsz, a segment above the user limit, offset/address not congruent, a bad
 * entry point; ENOMEM for an image too large to place) and ENOEXEC for the rest, including
 * what Linux lets through but no valid file has: segments past the end of the file, PT_LOADs
 * out of order or overlapping, a second PT_INTERP, PT_PHDR or PT_TLS.
 */
package exo.kernel.exec;

import exo.kernel.util.LittleEndian;
import java.util.ArrayList;
import java.util.List;

final class ElfParser {
    static final int EHDR_SIZE = 64;
    static final int EM_X86_64 = 62;
    static final int PT_LOAD = 1;
    static final int PT_DYNAMIC = 2;
    static final int PT_INTERP = 3;
    static final int PT_PHDR = 6;
    static final int PT_TLS = 7;
    static final int PT_GNU_STACK = 0x6474e551;
    /** Linux reads the whole table into one page (ELF_MIN_ALIGN): 4096 / 56 entries. */
    static final int MAX_PHNUM = 4096 / ElfImage.PHENT_SIZE;
    /** PATH_MAX, counting the NUL. */
    static final int MAX_INTERP = 4096;

    private final ElfSource source;
    final long userLimit;
    private final long fileSize;

    int type;
    long entry;
    int phnum;
    long phoff;
    final List<ElfSegment> loads = new ArrayList<>();
    long phdrVaddr;
    private boolean sawPhdr;
    String interpreter;
    boolean dynamic;
    boolean stackExecutable;
    boolean hasTls;
    long tlsVaddr;
    long tlsFilesz;
    long tlsMemsz;
    long tlsAlign;

    ElfParser(ElfSource source, long userLimit) {
        this.source = source;
        this.userLimit = userLimit;
        this.fileSize = source.size();
    }

    ElfImage parse() {
        byte[] ehdr = readHeader();
        byte[] table = read(phoff, phnum * ElfImage.PHENT_SIZE, "program header table");
        for (int i = 0; i < phnum; i++) {
            programHeader(table, i * ElfImage.PHENT_SIZE, i);
        }
        if (loads.isEmpty()) {
            throw fail(ExecException.ENOEXEC, "no PT_LOAD segment");
        }
        checkPlacement();
        if (!sawPhdr) {
            phdrVaddr = phdrFromLoads();
        }
        return new ElfImage(this);
    }

    private byte[] readHeader() {
        if (fileSize < EHDR_SIZE) {
            throw fail(ExecException.ENOEXEC, "truncated ELF header: file has " + fileSize + " bytes, need 64");
        }
        byte[] h = read(0, EHDR_SIZE, "ELF header");
        if (h[0] != 0x7f || h[1] != 'E' || h[2] != 'L' || h[3] != 'F') {
            throw fail(ExecException.ENOEXEC, "not an ELF file (bad magic)");
        }
        expect(h[4], 2, "EI_CLASS (need ELFCLASS64)");
        expect(h[5], 1, "EI_DATA (need little-endian)");
        expect(h[6], 1, "EI_VERSION");
        type = LittleEndian.u16(h, 16);
        if (type != ElfImage.ET_EXEC && type != ElfImage.ET_DYN) {
            throw fail(ExecException.ENOEXEC, "e_type " + type + " is not ET_EXEC or ET_DYN");
        }
        expect(LittleEndian.u16(h, 18), EM_X86_64, "e_machine (need EM_X86_64)");
        expect(LittleEndian.s32(h, 20), 1, "e_version");
        entry = LittleEndian.u64(h, 24);
        phoff = LittleEndian.u64(h, 32);
        expect(LittleEndian.u16(h, 54), ElfImage.PHENT_SIZE, "e_phentsize");
        phnum = LittleEndian.u16(h, 56);
        if (phnum < 1 || phnum > MAX_PHNUM) {
            throw fail(ExecException.ENOEXEC, "e_phnum " + phnum + " outside 1.." + MAX_PHNUM);
        }
        if (type == ElfImage.ET_EXEC && Long.compareUnsigned(entry, userLimit) >= 0) {
            throw fail(ExecException.EINVAL, "entry point " + hex(entry) + " outside the user address space");
        }
        return h;
    }

    private void programHeader(byte[] t, int at, int index) {
        int ptype = LittleEndian.s32(t, at);
        int flags = LittleEndian.s32(t, at + 4);
        long offset = LittleEndian.u64(t, at + 8);
        long vaddr = LittleEndian.u64(t, at + 16);
        long filesz = LittleEndian.u64(t, at + 32);
        long memsz = LittleEndian.u64(t, at + 40);
        long align = LittleEndian.u64(t, at + 48);
        String what = "program header " + index;
        switch (ptype) {
            case PT_LOAD -> load(new ElfSegment(vaddr, offset, filesz, memsz, flags, align), what);
            case PT_INTERP -> interp(offset, filesz, what);
            case PT_DYNAMIC -> dynamic = true;
            case PT_PHDR -> {
                once(sawPhdr, "PT_PHDR");
                sawPhdr = true;
                phdrVaddr = vaddr;
            }
            case PT_TLS -> tls(vaddr, filesz, memsz, align, what);
            case PT_GNU_STACK -> stackExecutable = (flags & ElfSegment.PF_X) != 0;
            default -> { } // notes, GNU_RELRO, GNU_PROPERTY, EH_FRAME: nothing for the kernel
        }
    }

    private void load(ElfSegment s, String what) {
        what = what + " (PT_LOAD)";
        if (Long.compareUnsigned(s.filesz, s.memsz) > 0) {
            throw fail(ExecException.EINVAL, what + ": p_filesz " + hex(s.filesz) + " > p_memsz " + hex(s.memsz));
        }
        if (Long.compareUnsigned(s.offset, fileSize) > 0 || Long.compareUnsigned(s.filesz, fileSize - s.offset) > 0) {
            throw fail(ExecException.ENOEXEC, what + ": file bytes [" + hex(s.offset) + ", +" + hex(s.filesz)
                    + ") run past the end of the file (" + hex(fileSize) + ")");
        }
        if (((s.offset - s.vaddr) & (ElfSegment.PAGE - 1)) != 0) {
            throw fail(ExecException.EINVAL, what + ": p_offset " + hex(s.offset) + " and p_vaddr " + hex(s.vaddr)
                    + " differ modulo the page size");
        }
        if (Long.compareUnsigned(s.vaddr, userLimit) >= 0 || Long.compareUnsigned(s.memsz, userLimit - s.vaddr) > 0) {
            throw fail(ExecException.EINVAL, what + ": [" + hex(s.vaddr) + ", +" + hex(s.memsz)
                    + ") wraps or reaches past the user address space (" + hex(userLimit) + ")");
        }
        if (!loads.isEmpty()) {
            ElfSegment prev = loads.get(loads.size() - 1);
            if (Long.compareUnsigned(s.vaddr, prev.vaddr + prev.memsz) < 0) {
                throw fail(ExecException.ENOEXEC, what + " at " + hex(s.vaddr) + " overlaps or precedes the PT_LOAD at "
                        + hex(prev.vaddr) + " (PT_LOADs must ascend without overlapping)");
            }
        }
        loads.add(s);
    }

    private void interp(long offset, long filesz, String what) {
        once(interpreter != null, "PT_INTERP");
        if (filesz < 2 || filesz > MAX_INTERP) {
            throw fail(ExecException.ENOEXEC, what + ": interpreter path of " + filesz + " bytes (need 2.." + MAX_INTERP + ")");
        }
        byte[] path = read(offset, (int) filesz, "interpreter path");
        if (path[path.length - 1] != 0) {
            throw fail(ExecException.ENOEXEC, what + ": interpreter path is not NUL-terminated");
        }
        int len = 0;
        while (path[len] != 0) {
            len++;
        }
        if (len == 0) {
            throw fail(ExecException.ENOEXEC, what + ": empty interpreter path");
        }
        char[] chars = new char[len];
        for (int i = 0; i < len; i++) {
            chars[i] = (char) (path[i] & 0xFF);
        }
        interpreter = new String(chars);
    }

    private void tls(long vaddr, long filesz, long memsz, long align, String what) {
        once(hasTls, "PT_TLS");
        if (Long.compareUnsigned(filesz, memsz) > 0) {
            throw fail(ExecException.ENOEXEC, what + " (PT_TLS): p_filesz " + hex(filesz) + " > p_memsz " + hex(memsz));
        }
        hasTls = true;
        tlsVaddr = vaddr;
        tlsFilesz = filesz;
        tlsMemsz = memsz;
        tlsAlign = align;
    }

    /** ET_DYN: the whole image must fit in the user space at some base. */
    private void checkPlacement() {
        if (type != ElfImage.ET_DYN) {
            return;
        }
        ElfSegment last = loads.get(loads.size() - 1);
        long span = ElfSegment.pageUp(last.vaddr + last.memsz) - loads.get(0).pageStart();
        if (Long.compareUnsigned(span, userLimit - ElfSegment.PAGE) > 0) {
            throw fail(ExecException.ENOMEM, "image spans " + hex(span) + " bytes: no room in the user address space");
        }
    }

    /** The address of the header table when a PT_LOAD's file bytes contain it, else 0. */
    private long phdrFromLoads() {
        long size = (long) phnum * ElfImage.PHENT_SIZE;
        for (ElfSegment s : loads) {
            if (Long.compareUnsigned(phoff, s.offset) >= 0 && Long.compareUnsigned(phoff - s.offset, s.filesz) < 0
                    && Long.compareUnsigned(size, s.filesz - (phoff - s.offset)) <= 0) {
                return s.vaddr + (phoff - s.offset);
            }
        }
        return 0;
    }

    private byte[] read(long offset, int len, String what) {
        if (Long.compareUnsigned(offset, fileSize) > 0 || Long.compareUnsigned(len, fileSize - offset) > 0) {
            throw fail(ExecException.ENOEXEC, "truncated " + what + ": [" + hex(offset) + ", +" + len
                    + ") runs past the end of the file (" + hex(fileSize) + ")");
        }
        byte[] b = new byte[len];
        int done = 0;
        while (done < len) {
            int n = source.read(offset + done, b, done, len - done);
            if (n < 0) {
                throw fail(ExecException.EIO, "read error " + n + " in the " + what);
            }
            if (n == 0) {
                throw fail(ExecException.ENOEXEC, "truncated " + what + ": the file ended at " + hex(offset + done));
            }
            done += n;
        }
        return b;
    }

    private static void expect(long actual, long wanted, String field) {
        if (actual != wanted) {
            throw fail(ExecException.ENOEXEC, "bad " + field + ": " + actual + ", expected " + wanted);
        }
    }

    private static void once(boolean seen, String kind) {
        if (seen) {
            throw fail(ExecException.ENOEXEC, "more than one " + kind);
        }
    }

    private static ElfException fail(int errno, String message) {
        return new ElfException(errno, message);
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
