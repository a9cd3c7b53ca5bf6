/*
 * ElfImage on real executables of the host, checked against readelf's reading of the same
 * file: the type, entry point, every PT_LOAD (offset, address, sizes, flags, alignment), the
 * interpreter path, PT_TLS, PT_GNU_STACK and the AT_PHDR address. The files are whatever the
 * host has (glibc's /bin/true and its dynamic loader, musl's loader) plus programs musl-gcc
 * and gcc build into a temporary directory (static, PIE, dynamic); each one that is missing is
 * skipped through an assumption, and so is the whole class without readelf.
 */
package exo.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElfHostBinariesTest {
    private static final Pattern PHDR_LINE = Pattern.compile(
            "^\\s+(\\w+)\\s+0x(\\p{XDigit}+) 0x(\\p{XDigit}+) 0x\\p{XDigit}+ 0x(\\p{XDigit}+) 0x(\\p{XDigit}+) ([RWE ]{3}) 0x(\\p{XDigit}+)$",
            Pattern.MULTILINE);

    @TempDir
    static Path scratch;

    @ParameterizedTest
    @ValueSource(strings = {"/bin/true", "/bin/ls", "/lib64/ld-linux-x86-64.so.2", "/lib/ld-musl-x86_64.so.1",
        "musl-gcc -static", "musl-gcc", "musl-gcc -static-pie", "gcc -static", "gcc -static-pie", "gcc -no-pie"})
    void matchesReadelf(String what) throws Exception {
        assumeTrue(run("readelf", "--version") != null, "readelf missing");
        Path file = what.startsWith("/") ? Path.of(what) : build(what);
        assumeTrue(file != null && Files.isRegularFile(file), what + " not available");
        byte[] bytes = Files.readAllBytes(file.toRealPath());
        String out = run("readelf", "-hlW", file.toRealPath().toString());
        ElfImage img = ElfImage.parse(ElfSource.of(bytes));

        assertEquals(field(out, "Type:").startsWith("DYN") ? ElfImage.ET_DYN : ElfImage.ET_EXEC, img.type(), what);
        assertEquals(Long.decode(field(out, "Entry point address:")), img.entry(), what);
        assertEquals(Integer.parseInt(field(out, "Number of program headers:")), img.phnum(), what);
        List<String> expected = new ArrayList<>();
        String interp = null;
        long phdr = -1;
        String tls = "none";
        boolean execStack = false;
        Matcher m = PHDR_LINE.matcher(out);
        while (m.find()) {
            long off = Long.parseLong(m.group(2), 16);
            long vaddr = Long.parseLong(m.group(3), 16);
            long filesz = Long.parseLong(m.group(4), 16);
            long memsz = Long.parseLong(m.group(5), 16);
            int flags = flags(m.group(6));
            long align = Long.parseLong(m.group(7), 16);
            switch (m.group(1)) {
                case "LOAD" -> expected.add(describe(vaddr, off, filesz, memsz, flags, align));
                case "PHDR" -> phdr = vaddr;
                case "TLS" -> tls = vaddr + "/" + filesz + "/" + memsz + "/" + align;
                case "GNU_STACK" -> execStack = (flags & ElfSegment.PF_X) != 0;
                case "INTERP" -> interp = new String(bytes, (int) off, (int) filesz - 1, StandardCharsets.ISO_8859_1);
                default -> { }
            }
        }
        List<String> actual = new ArrayList<>();
        for (ElfSegment s : img.segments()) {
            actual.add(describe(s.vaddr, s.offset, s.filesz, s.memsz, s.flags, s.align));
        }
        assertEquals(expected, actual, what);
        assertEquals(interp, img.interpreter(), what);
        assertEquals(tls, img.hasTls() ? img.tlsVaddr() + "/" + img.tlsFilesz() + "/" + img.tlsMemsz() + "/" + img.tlsAlign() : "none", what);
        assertEquals(execStack, img.stackExecutable(), what);
        if (phdr < 0) { // Linux's rule: the PT_LOAD whose file bytes hold e_phoff
            long phoff = Long.parseLong(field(out, "Start of program headers:").split(" ")[0]);
            ElfSegment first = img.segment(0);
            phdr = first.offset <= phoff && phoff < first.offset + first.filesz ? first.vaddr + phoff - first.offset : 0;
        }
        assertEquals(phdr, img.phdrAddress(), what);
        if (img.positionIndependent()) {
            assertEquals(0x5555_5555_4000L - img.lowestAddress(), img.loadBias(0x5555_5555_4000L), what);
        }
    }

    private static String describe(long vaddr, long off, long filesz, long memsz, int flags, long align) {
        return Long.toHexString(vaddr) + " @" + Long.toHexString(off) + " " + Long.toHexString(filesz) + "/"
                + Long.toHexString(memsz) + " f" + flags + " a" + Long.toHexString(align);
    }

    private static int flags(String rwe) {
        return (rwe.charAt(0) == 'R' ? ElfSegment.PF_R : 0) | (rwe.charAt(1) == 'W' ? ElfSegment.PF_W : 0)
                | (rwe.charAt(2) == 'E' ? ElfSegment.PF_X : 0);
    }

    private static String field(String readelf, String name) {
        int at = readelf.indexOf(name);
        int end = readelf.indexOf('\n', at);
        return readelf.substring(at + name.length(), end).trim();
    }

    /** Compiles a hello-world with "compiler [flags]"; null when the compiler or its libc is missing. */
    private static Path build(String command) throws IOException, InterruptedException {
        Path src = scratch.resolve("hello.c");
        Files.writeString(src, "#include <stdio.h>\n__thread int t = 5;\nint main(void) { printf(\"%d\\n\", t); return 0; }\n");
        Path out = scratch.resolve(command.replaceAll("\\W", "_"));
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("-O1", "-o", out.toString(), src.toString()));
        return run(args.toArray(new String[0])) == null ? null : out;
    }

    /** stdout of a command, or null when it cannot run or fails. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return null;
        }
        return out;
    }
}
