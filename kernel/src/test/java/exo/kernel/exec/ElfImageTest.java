/*
 * ElfImage on files built by ElfWriter: a valid static executable and PIE read back field by
 * field, then one test per way a file can be wrong (each must give ElfException with Linux's
 * errno and a message naming the problem), random corruption of valid files (never anything
 * but an ElfException), and the host's real binaries compared with readelf's view of them.
 */
package exo.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.util.LittleEndian;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ElfImageTest {
    static final int ENOEXEC = 8;
    static final int EINVAL = 22;
    static final int ENOMEM = 12;
    static final int EIO = 5;

    @Test
    void staticExecutableReadsBack() {
        ElfImage img = ElfWriter.staticExec().parse();
        assertEquals(ElfImage.ET_EXEC, img.type());
        assertFalse(img.positionIndependent());
        assertEquals(0x400100, img.entry());
        assertEquals(2, img.segmentCount());
        ElfSegment text = img.segment(0);
        assertEquals(0x400000, text.vaddr);
        assertTrue(text.readable() && text.executable() && !text.writable());
        ElfSegment data = img.segment(1);
        assertEquals(0x401000, data.pageStart());
        assertEquals(0x1000, data.pageOffset());
        assertEquals(0x401100, data.fileEnd());
        assertEquals(0x402000, data.fileMapEnd());
        assertEquals(0x403000, data.memEnd());
        assertEquals(3, img.phnum());
        assertEquals(0x400040, img.phdrAddress()); // found through the first PT_LOAD, which holds offset 64
        assertNull(img.interpreter());
        assertFalse(img.hasDynamic());
        assertFalse(img.stackExecutable());
        assertFalse(img.hasTls());
        assertEquals(0x400000, img.lowestAddress());
        assertEquals(0x403000, img.highestAddress());
        assertEquals(0x3000, img.span());
        assertEquals(0, img.loadBias(0x400000));
        assertThrows(IllegalArgumentException.class, () -> img.loadBias(0x10000000));
    }

    @Test
    void pieReadsBackAndMovesToItsBase() {
        ElfImage img = ElfWriter.pie("/lib/ld-musl-x86_64.so.1").parse();
        assertTrue(img.positionIndependent());
        assertEquals("/lib/ld-musl-x86_64.so.1", img.interpreter());
        assertEquals(64, img.phdrAddress()); // PT_PHDR
        assertTrue(img.hasDynamic());
        assertTrue(img.hasTls());
        assertEquals(0x2800, img.tlsVaddr());
        assertEquals(0x10, img.tlsFilesz());
        assertEquals(0x30, img.tlsMemsz());
        assertEquals(16, img.tlsAlign());
        assertEquals(0x2c00, img.highestAddress());
        assertEquals(0x3000, img.span());
        assertEquals(0x1000, img.maxAlign());
        long base = 0x5555_5555_4000L;
        assertEquals(base, img.loadBias(base));
        assertThrows(IllegalArgumentException.class, () -> img.loadBias(base + 1));
        ElfException e = assertThrows(ElfException.class, () -> img.loadBias(ElfImage.USER_LIMIT - 0x2000));
        assertEquals(ENOMEM, e.errno());
        assertEquals(ElfImage.USER_LIMIT - 0x3000, img.loadBias(ElfImage.USER_LIMIT - 0x3000));
    }

    @Test
    void executableStackComesFromPtGnuStack() {
        ElfWriter w = ElfWriter.staticExec();
        w.phdrs.get(2)[1] = ElfWriter.R | ElfWriter.W | ElfWriter.X;
        assertTrue(w.parse().stackExecutable());
        w.phdrs.remove(2);
        assertFalse(w.parse().stackExecutable()); // the x86_64 default without PT_GNU_STACK
    }

    @Test
    void theProgramHeadersNeedNotBeInMemory() {
        ElfWriter w = ElfWriter.staticExec();
        w.phdrs.get(0)[2] = 0x1000 - 0x800; // text now starts in the file after the headers
        w.phdrs.get(0)[3] = 0x400800;
        w.phdrs.get(0)[4] = 0x800;
        w.phdrs.get(0)[5] = 0x800;
        assertEquals(0, w.parse().phdrAddress());
    }

    // ---- the header ----------------------------------------------------------------------------

    @Test
    void truncatedHeader() {
        byte[] full = ElfWriter.staticExec().build();
        for (int len : new int[] {0, 4, 63}) {
            ElfException e = assertThrows(ElfException.class, () -> ElfImage.parse(ElfSource.of(Arrays.copyOf(full, len))));
            assertEquals(ENOEXEC, e.errno());
            assertTrue(e.getMessage().contains("truncated ELF header"), e.getMessage());
        }
    }

    @Test
    void foreignFiles() {
        rejectsHeader(w -> w.ident[1] = 'X', "bad magic");
        rejectsHeader(w -> w.ident[4] = 1, "EI_CLASS");
        rejectsHeader(w -> w.ident[5] = 2, "EI_DATA");
        rejectsHeader(w -> w.ident[6] = 0, "EI_VERSION");
        rejectsHeader(w -> w.type = 1, "e_type 1");
        rejectsHeader(w -> w.type = 4, "e_type 4");
        rejectsHeader(w -> w.machine = 3, "e_machine");
        rejectsHeader(w -> w.machine = 183, "e_machine");
        rejectsHeader(w -> w.version = 0, "e_version");
        rejectsHeader(w -> w.phentsize = 32, "e_phentsize");
        rejectsHeader(w -> w.phnum = 0, "e_phnum 0");
        rejectsHeader(w -> w.phnum = 74, "e_phnum 74");
        rejectsHeader(w -> w.phnum = 0xffff, "e_phnum 65535");
        assertEquals(ENOEXEC, assertThrows(ElfException.class, () -> ElfImage.parse(ElfSource.of("#!/bin/sh\necho hello, world\n".repeat(4).getBytes()))).errno());
    }

    @Test
    void programHeaderTableOutsideTheFile() {
        rejectsHeader(w -> w.phoff = 0x1100 - 100, "truncated program header table");
        rejectsHeader(w -> w.phoff = 0x7fff_ffff_ffff_fff0L, "truncated program header table");
        rejectsHeader(w -> w.phoff = -8, "truncated program header table"); // offset + size wraps
    }

    @Test
    void entryPointInTheKernelHalf() {
        ElfWriter w = ElfWriter.staticExec();
        w.entry = 0xffff_ffff_8000_0000L;
        expect(w, EINVAL, "entry point");
        ElfWriter pie = ElfWriter.pie("/ld.so");
        pie.entry = 0x7fff_0000_0000L;
        ElfImage img = pie.parse(); // relative until placed
        assertEquals(EINVAL, assertThrows(ElfException.class, () -> img.loadBias(0x7000_0000_0000L)).errno());
    }

    // ---- PT_LOAD -----------------------------------------------------------------------------------

    @Test
    void fileSizeLargerThanMemorySize() {
        expectLoad(1, p -> p[4] = 0x3000, EINVAL, "p_filesz 0x3000 > p_memsz 0x2000");
    }

    @Test
    void segmentBeyondTheEndOfTheFile() {
        expectLoad(1, p -> { p[4] = 0x200; }, ENOEXEC, "past the end of the file");
        expectLoad(1, p -> { p[2] = 0x2000; p[3] = 0x402000; }, ENOEXEC, "past the end of the file");
        expectLoad(1, p -> { p[2] = -0x1000L; p[3] = 0x401000; }, ENOEXEC, "past the end of the file"); // offset+filesz wraps
    }

    @Test
    void offsetAndAddressNotCongruent() {
        expectLoad(1, p -> p[3] = 0x401800, EINVAL, "differ modulo the page size");
    }

    @Test
    void segmentsInTheKernelHalfOrWrapping() {
        expectLoad(1, p -> { p[3] = 0xffff_8000_0000_1000L; }, EINVAL, "user address space");
        expectLoad(1, p -> { p[3] = ElfImage.USER_LIMIT; }, EINVAL, "user address space");
        expectLoad(1, p -> { p[3] = ElfImage.USER_LIMIT - 0x1000; p[5] = 0x1001; }, EINVAL, "user address space");
        expectLoad(1, p -> p[5] = -0x1000L, EINVAL, "wraps"); // memsz so big the end wraps around
        expectLoad(1, p -> p[5] = 0x7fff_ffff_ffffL, EINVAL, "wraps");
    }

    @Test
    void overlappingOrUnsortedLoads() {
        expectLoad(1, p -> { p[3] = 0x400000 + 0x1000 - 0x1000; }, ENOEXEC, "overlaps");
        expectLoad(1, p -> { p[3] = 0x3ff000; }, ENOEXEC, "overlaps or precedes");
        ElfWriter touching = ElfWriter.staticExec(); // ending exactly where the next starts is fine
        assertEquals(2, touching.parse().segmentCount());
    }

    @Test
    void noLoadableSegment() {
        ElfWriter w = new ElfWriter();
        w.phdr(ElfWriter.PT_GNU_STACK, 6, 0, 0, 0, 0, 16);
        expect(w, ENOEXEC, "no PT_LOAD");
    }

    @Test
    void pieLargerThanTheAddressSpace() {
        ElfWriter w = ElfWriter.pie("/ld.so");
        w.phdrs.get(3)[3] = ElfImage.USER_LIMIT - 0x800; // data in the last user page, text at 0: no base fits
        expect(w, ENOMEM, "no room");
    }

    // ---- PT_INTERP, PT_PHDR, PT_TLS ---------------------------------------------------------------

    @Test
    void interpreterPathProblems() {
        ElfWriter unterminated = ElfWriter.pie("/lib/ld.so");
        unterminated.body[0x300 + 10] = 'x';
        expect(unterminated, ENOEXEC, "not NUL-terminated");
        ElfWriter tooLong = ElfWriter.pie("/lib/ld.so");
        tooLong.phdrs.get(1)[4] = 4097;
        expect(tooLong, ENOEXEC, "4097 bytes");
        ElfWriter tooShort = ElfWriter.pie("/lib/ld.so");
        tooShort.phdrs.get(1)[4] = 1;
        expect(tooShort, ENOEXEC, "1 bytes");
        ElfWriter empty = ElfWriter.pie("\0");
        expect(empty, ENOEXEC, "empty interpreter");
        ElfWriter outside = ElfWriter.pie("/lib/ld.so");
        outside.phdrs.get(1)[2] = 0x1a00 - 4;
        expect(outside, ENOEXEC, "truncated interpreter path");
        ElfWriter two = ElfWriter.pie("/lib/ld.so");
        two.phdr(ElfWriter.PT_INTERP, 4, 0x300, 0x300, 11, 11, 1);
        expect(two, ENOEXEC, "more than one PT_INTERP");
    }

    @Test
    void interpreterPathStopsAtTheFirstNulAndKeepsEveryByte() {
        ElfWriter w = ElfWriter.pie("/lib/ld.so");
        w.put(0x300 + 3, new byte[] {0});
        assertEquals("/li", w.parse().interpreter());
        ElfWriter high = ElfWriter.pie("/x");
        high.put(0x301, new byte[] {(byte) 0xc3, (byte) 0xa9});
        high.phdrs.get(1)[4] = 4;
        assertEquals("/\u00c3\u00a9", high.parse().interpreter());
    }

    @Test
    void secondPhdrOrTlsAndBadTls() {
        ElfWriter phdr = ElfWriter.pie("/ld.so");
        phdr.phdr(ElfWriter.PT_PHDR, 4, 64, 64, 56, 56, 8);
        expect(phdr, ENOEXEC, "more than one PT_PHDR");
        ElfWriter tls = ElfWriter.pie("/ld.so");
        tls.phdr(ElfWriter.PT_TLS, 4, 0x1800, 0x2800, 8, 8, 8);
        expect(tls, ENOEXEC, "more than one PT_TLS");
        ElfWriter tlsSizes = ElfWriter.pie("/ld.so");
        tlsSizes.phdrs.get(5)[4] = 0x40;
        expect(tlsSizes, ENOEXEC, "PT_TLS");
    }

    // ---- the source ----------------------------------------------------------------------------------

    @Test
    void readErrorsAndShortReads() {
        byte[] file = ElfWriter.pie("/lib/ld.so").build();
        ElfException e = assertThrows(ElfException.class, () -> ElfImage.parse(source(file, file.length, 100, -EIO)));
        assertEquals(EIO, e.errno());
        // A source that gives 7 bytes per call is read to the end.
        assertEquals("/lib/ld.so", ElfImage.parse(source(file, file.length, 7, 0)).interpreter());
        // A source whose size() lies (the file shrank): truncated, not a crash.
        e = assertThrows(ElfException.class, () -> ElfImage.parse(source(Arrays.copyOf(file, 80), file.length, 4096, 0)));
        assertEquals(ENOEXEC, e.errno());
    }

    /** size() reports `size`; each read gives at most `chunk` bytes, or `error` once past byte 200. */
    private static ElfSource source(byte[] bytes, long size, int chunk, int error) {
        ElfSource inner = ElfSource.of(bytes);
        return new ElfSource() {
            public long size() {
                return size;
            }

            public int read(long offset, byte[] dst, int off, int len) {
                if (error != 0 && offset >= 200) {
                    return error;
                }
                return inner.read(offset, dst, off, Math.min(len, chunk));
            }
        };
    }

    // ---- random corruption ---------------------------------------------------------------------

    @Test
    void randomCorruptionGivesOnlyElfExceptions() {
        Random rnd = new Random(99);
        byte[][] valid = {ElfWriter.staticExec().build(), ElfWriter.pie("/lib/ld-musl-x86_64.so.1").build()};
        int accepted = 0;
        for (int round = 0; round < 30_000; round++) {
            byte[] f = valid[round & 1].clone();
            int edits = 1 + rnd.nextInt(4);
            for (int k = 0; k < edits; k++) {
                int at = rnd.nextInt(64 + 7 * 56); // header and program headers: where parsing looks
                f[at] = rnd.nextInt(4) == 0 ? (byte) 0xff : (byte) rnd.nextInt(256);
            }
            if (rnd.nextInt(8) == 0) {
                f = Arrays.copyOf(f, rnd.nextInt(f.length));
            }
            try {
                ElfImage img = ElfImage.parse(ElfSource.of(f));
                accepted++;
                checkSane(img, f.length);
            } catch (ElfException e) {
                assertTrue(e.errno() == ENOEXEC || e.errno() == EINVAL || e.errno() == ENOMEM, e.getMessage());
                assertFalse(e.getMessage().isEmpty());
            }
        }
        assertTrue(accepted > 1000, "corruption of unused bytes should often leave a valid file: " + accepted);
    }

    private static void checkSane(ElfImage img, long fileSize) {
        long prevEnd = 0;
        for (ElfSegment s : img.segments()) {
            assertTrue(Long.compareUnsigned(s.filesz, s.memsz) <= 0);
            assertTrue(Long.compareUnsigned(s.offset + s.filesz, fileSize) <= 0 && Long.compareUnsigned(s.offset, fileSize) <= 0);
            assertTrue(Long.compareUnsigned(s.vaddr, prevEnd) >= 0);
            prevEnd = s.vaddr + s.memsz;
            assertTrue(Long.compareUnsigned(prevEnd, ElfImage.USER_LIMIT) <= 0 && Long.compareUnsigned(prevEnd, s.vaddr) >= 0);
            assertEquals(0, (s.offset - s.vaddr) & 0xfff);
        }
        assertTrue(Long.compareUnsigned(img.span(), ElfImage.USER_LIMIT) < 0);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static void rejectsHeader(Consumer<ElfWriter> change, String message) {
        ElfWriter w = ElfWriter.staticExec();
        change.accept(w);
        expect(w, ENOEXEC, message);
    }

    private static void expectLoad(int index, Consumer<long[]> change, int errno, String message) {
        ElfWriter w = ElfWriter.staticExec();
        int seen = -1;
        for (long[] p : w.phdrs) {
            if (p[0] == ElfWriter.PT_LOAD && ++seen == index) {
                change.accept(p);
            }
        }
        expect(w, errno, message);
    }

    static void expect(ElfWriter w, int errno, String message) {
        ElfException e = assertThrows(ElfException.class, w::parse);
        assertTrue(e.getMessage().contains(message), "message '" + e.getMessage() + "' lacks '" + message + "'");
        assertEquals(errno, e.errno(), e.getMessage());
    }

    @Test
    void littleEndianHelpersRoundTrip() {
        byte[] b = new byte[8];
        LittleEndian.put64(b, 0, 0x8877665544332211L);
        assertArrayEquals(new byte[] {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88}, b);
        assertEquals(0x8877665544332211L, LittleEndian.u64(b, 0));
        assertEquals(0x88776655L, LittleEndian.u32(b, 4));
        assertEquals(0x8877, LittleEndian.u16(b, 6));
        assertEquals(0x88, LittleEndian.u8(b, 7));
    }
}
