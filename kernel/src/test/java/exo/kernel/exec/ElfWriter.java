/*
 * Builds ELF64 files in memory for ElfImageTest, field by field, so each test can make one
 * field wrong. Defaults give a small valid static executable: a read/execute PT_LOAD at
 * 0x400000 holding the headers and code, a read/write PT_LOAD at 0x401000 with 0x100 file bytes
 * and 0x2000 bytes in memory (bss), PT_GNU_STACK RW, entry 0x400100.
 */
package exo.kernel.exec;

import exo.kernel.util.LittleEndian;
import java.util.ArrayList;
import java.util.List;

final class ElfWriter {
    static final int PT_LOAD = 1;
    static final int PT_DYNAMIC = 2;
    static final int PT_INTERP = 3;
    static final int PT_PHDR = 6;
    static final int PT_TLS = 7;
    static final int PT_GNU_STACK = 0x6474e551;
    static final int R = 4;
    static final int W = 2;
    static final int X = 1;

    byte[] ident = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
    int type = ElfImage.ET_EXEC;
    int machine = 62;
    int version = 1;
    long entry = 0x400100;
    long phoff = 64;
    int phentsize = 56;
    int phnum = -1; // -1: the number of headers added
    final List<long[]> phdrs = new ArrayList<>(); // {type, flags, offset, vaddr, filesz, memsz, align}
    byte[] body = new byte[0x1100];

    static ElfWriter staticExec() {
        ElfWriter w = new ElfWriter();
        w.phdr(PT_LOAD, R | X, 0, 0x400000, 0x1000, 0x1000, 0x1000);
        w.phdr(PT_LOAD, R | W, 0x1000, 0x401000, 0x100, 0x2000, 0x1000);
        w.phdr(PT_GNU_STACK, R | W, 0, 0, 0, 0, 16);
        return w;
    }

    /** A PIE: PT_PHDR, PT_INTERP, two PT_LOADs from address 0, PT_DYNAMIC, PT_TLS. */
    static ElfWriter pie(String interp) {
        ElfWriter w = new ElfWriter();
        w.type = ElfImage.ET_DYN;
        w.entry = 0x1040;
        w.phdr(PT_PHDR, R, 64, 64, 7 * 56, 7 * 56, 8);
        w.phdr(PT_INTERP, R, 0x300, 0x300, interp.length() + 1, interp.length() + 1, 1);
        w.phdr(PT_LOAD, R | X, 0, 0, 0x1800, 0x1800, 0x1000);
        w.phdr(PT_LOAD, R | W, 0x1800, 0x2800, 0x200, 0x400, 0x1000);
        w.phdr(PT_DYNAMIC, R | W, 0x1900, 0x2900, 0x100, 0x100, 8);
        w.phdr(PT_TLS, R, 0x1800, 0x2800, 0x10, 0x30, 16);
        w.phdr(PT_GNU_STACK, R | W, 0, 0, 0, 0, 16);
        w.body = new byte[0x1a00];
        w.put(0x300, (interp + "\0").getBytes());
        return w;
    }

    ElfWriter phdr(long ptype, long flags, long offset, long vaddr, long filesz, long memsz, long align) {
        phdrs.add(new long[] {ptype, flags, offset, vaddr, filesz, memsz, align});
        return this;
    }

    ElfWriter put(int offset, byte[] bytes) {
        System.arraycopy(bytes, 0, body, offset, bytes.length);
        return this;
    }

    byte[] build() {
        int count = phnum >= 0 ? phnum : phdrs.size();
        byte[] b = body.clone();
        System.arraycopy(ident, 0, b, 0, ident.length);
        LittleEndian.put16(b, 16, type);
        LittleEndian.put16(b, 18, machine);
        LittleEndian.put32(b, 20, version);
        LittleEndian.put64(b, 24, entry);
        LittleEndian.put64(b, 32, phoff);
        LittleEndian.put16(b, 52, 64);
        LittleEndian.put16(b, 54, phentsize);
        LittleEndian.put16(b, 56, count);
        for (int i = 0; i < phdrs.size(); i++) {
            long[] p = phdrs.get(i);
            long at = phoff + i * 56L;
            if (at < 0 || at > b.length - 56) {
                break; // a test that moved phoff past the end
            }
            writePhdr(b, (int) at, p);
        }
        return b;
    }

    private static void writePhdr(byte[] b, int at, long[] p) {
        LittleEndian.put32(b, at, (int) p[0]);
        LittleEndian.put32(b, at + 4, (int) p[1]);
        LittleEndian.put64(b, at + 8, p[2]);
        LittleEndian.put64(b, at + 16, p[3]);
        LittleEndian.put64(b, at + 24, p[3]);
        LittleEndian.put64(b, at + 32, p[4]);
        LittleEndian.put64(b, at + 40, p[5]);
        LittleEndian.put64(b, at + 48, p[6]);
    }

    ElfImage parse() {
        return ElfImage.parse(ElfSource.of(build()));
    }
}
