/*
 * The generated layout.h: every constant the boot assembly uses comes from it (or from a macro
 * defined in that very file), its values are those of the Java classes, and a few are pinned
 * bit for bit against the manuals (the boot GDT's descriptors, the page-table entry words).
 */
package exo.kernel.arch.x86_64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.arch.x86_64.trap.TrapFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LayoutHeaderTest {
    private static final Pattern DEFINE = Pattern.compile("^#define\\s+(\\w+)(?:\\(\\w+\\))?\\s+(.*)$", Pattern.MULTILINE);

    /** Macro name -> its text, from a header or an assembly file. */
    static Map<String, String> defines(String text) {
        Map<String, String> m = new HashMap<>();
        Matcher d = DEFINE.matcher(text);
        while (d.find()) {
            m.put(d.group(1), d.group(2).trim());
        }
        return m;
    }

    static Path archDir() {
        return Path.of(System.getProperty("exo.root", "..")).resolve("kernel/arch/x86_64").toAbsolutePath().normalize();
    }

    @Test
    void everyConstantTheAssemblyUsesIsDefined() throws IOException {
        Map<String, String> header = defines(LayoutHeader.header());
        List<Path> sources;
        try (Stream<Path> s = Files.list(archDir())) {
            sources = s.filter(p -> p.toString().endsWith(".S")).sorted().toList();
        }
        assertTrue(sources.size() >= 4, "the boot assembly files");
        List<String> undefined = new ArrayList<>();
        for (Path f : sources) {
            String text = Files.readString(f);
            Map<String, String> local = defines(text);
            String code = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                    .replaceAll("(?m)^#include.*$", "");
            Matcher m = Pattern.compile("(?<![\\w.$])([A-Z][A-Z0-9_]{2,})\\b").matcher(code);
            while (m.find()) {
                String name = m.group(1);
                if (!header.containsKey(name) && !local.containsKey(name)) {
                    undefined.add(f.getFileName() + ": " + name);
                }
            }
        }
        assertEquals(List.of(), undefined);
    }

    @Test
    void valuesAreTheJavaClassesAndTheManuals() {
        Map<String, String> h = defines(LayoutHeader.header());
        assertEquals("EXO_U64(0xAF9B000000FFFF)", h.get("GDT_KERNEL_CODE64"));   // SDM 3A fig. 3-8: P S E R A, G L
        assertEquals("EXO_U64(0xCF93000000FFFF)", h.get("GDT_KERNEL_DATA"));     // P S W A, G D/B
        assertEquals("3", h.get("PTE_TABLE"));                                   // present | writable
        assertEquals("0x83", h.get("PTE_2MIB"));                                 // + page size
        assertEquals("EXO_U64(0xC0000080)", h.get("MSR_EFER"));
        assertEquals("EXO_U64(0xE85250D6)", h.get("MB2_HEADER_MAGIC"));
        assertEquals("0x36D76289", h.get("MB2_BOOT_MAGIC"));
        assertEquals("EXO_U64(0xFFFFFFFF80000000)", h.get("KERNEL_VMA"));
        assertEquals(Integer.toString(TrapFrame.SIZE), h.get("FRAME_SIZE"));
        assertEquals(Integer.toString(TrapFrame.ERROR_CODE), h.get("FRAME_ERROR"));
        assertEquals("0xF4", h.get("QEMU_EXIT_PORT"));
    }

    @Test
    void theScriptsGetQemusExitStatuses() {
        assertEquals("EXO_EXIT_PASS=33\nEXO_EXIT_FAIL=35\n", LayoutHeader.shell());
    }
}
