/*
 * The terminal layouts and numbers against the C compiler: a program built with the kernel's
 * own <asm/termbits.h> and <asm/ioctls.h> prints the offset and size of each field of struct
 * termios, termios2 and winsize and the value of every flag, control-character index and
 * ioctl number the Java side uses; they must agree. Skipped when no C compiler is installed.
 * Also a round trip of the encoding and the CBAUD speed decoding.
 */
package exo.kernel.tty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import exo.kernel.fs.abi.Field;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermiosLayoutTest {
    @TempDir
    Path tmp;

    private Map<String, Long> runC(String program) throws IOException, InterruptedException {
        Path src = tmp.resolve("t.c");
        Path exe = tmp.resolve("t");
        Files.writeString(src, program);
        Process p;
        try {
            p = new ProcessBuilder("gcc", "-o", exe.toString(), src.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no C compiler: " + e.getMessage());
            return null;
        }
        String gccOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), gccOut);
        Process run = new ProcessBuilder(exe.toString()).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor());
        Map<String, Long> m = new HashMap<>();
        for (String line : out.split("\n")) {
            int sp = line.lastIndexOf(' ');
            m.put(line.substring(0, sp), Long.parseLong(line.substring(sp + 1)));
        }
        return m;
    }

    private static void fields(StringBuilder c, String type, Field[] fields) {
        for (Field f : fields) {
            c.append("  printf(\"").append(type).append('.').append(f.name).append(" %zu\\n\", offsetof(")
                    .append(type).append(", ").append(f.name).append("));\n");
            c.append("  printf(\"").append(type).append('.').append(f.name).append(".size %zu\\n\", sizeof(((")
                    .append(type).append(" *)0)->").append(f.name).append("));\n");
        }
        c.append("  printf(\"").append(type).append(" %zu\\n\", sizeof(").append(type).append("));\n");
    }

    private static void check(Map<String, Long> c, String type, Field[] fields, int size) {
        for (Field f : fields) {
            assertEquals(c.get(type + "." + f.name), (long) f.offset, type + "." + f.name);
            assertEquals(c.get(type + "." + f.name + ".size"), (long) f.size, type + "." + f.name + " size");
        }
        assertEquals(c.get(type), (long) size, "sizeof " + type);
    }

    /** Every public static int of cls, printed by C under its own name (a few have Java-only names). */
    private static void constants(StringBuilder c, Class<?> cls, java.util.List<String> names) throws Exception {
        for (java.lang.reflect.Field f : cls.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isPublic(m) && f.getType() == int.class && !f.getName().equals("DISABLED")
                    && !f.getName().equals("MAX_ARG_BYTES")) {
                names.add(f.getName());
                c.append("  printf(\"").append(f.getName()).append(" %ld\\n\", (long) (unsigned) ").append(f.getName())
                        .append(");\n");
            }
        }
    }

    @Test
    void layoutsAndNumbersMatchTheKernelHeaders() throws Exception {
        StringBuilder c = new StringBuilder("#include <stdio.h>\n#include <stddef.h>\n#include <asm/termbits.h>\n"
                + "#include <asm/ioctls.h>\n"
                + "struct winsize { unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel; };\nint main(void) {\n");
        fields(c, "struct termios", TermiosLayout.TERMIOS_FIELDS);
        fields(c, "struct termios2", TermiosLayout.TERMIOS2_FIELDS);
        fields(c, "struct winsize", TermiosLayout.WINSIZE_FIELDS);
        java.util.List<String> names = new java.util.ArrayList<>();
        constants(c, Termios.class, names);
        constants(c, TtyIoctl.class, names);
        c.append("  return 0;\n}\n");
        Map<String, Long> gcc = runC(c.toString());
        check(gcc, "struct termios", TermiosLayout.TERMIOS_FIELDS, TermiosLayout.TERMIOS_SIZE);
        check(gcc, "struct termios2", TermiosLayout.TERMIOS2_FIELDS, TermiosLayout.TERMIOS2_SIZE);
        check(gcc, "struct winsize", TermiosLayout.WINSIZE_FIELDS, TermiosLayout.WINSIZE_SIZE);
        for (String n : names) {
            Class<?> owner = hasField(Termios.class, n) ? Termios.class : TtyIoctl.class;
            long java = owner.getField(n).getInt(null) & 0xFFFFFFFFL;
            assertEquals(gcc.get(n), java, n);
        }
    }

    private static boolean hasField(Class<?> c, String name) {
        try {
            c.getField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    @Test
    void encodingRoundTripsAndPutsEachFieldAtItsOffset() {
        Termios t = Termios.standard(Termios.B115200, 115200);
        byte[] b = TermiosLayout.encode(t, true);
        assertEquals(TermiosLayout.TERMIOS2_SIZE, b.length);
        assertEquals(Termios.ICRNL | Termios.IXON, b[0] & 0xFF | (b[1] & 0xFF) << 8);
        assertEquals(3, b[TermiosLayout.C_CC + Termios.VINTR]);
        assertEquals(0x7F, b[TermiosLayout.C_CC + Termios.VERASE]);
        assertEquals(115200, (b[TermiosLayout.C_OSPEED] & 0xFF) | (b[TermiosLayout.C_OSPEED + 1] & 0xFF) << 8
                | (b[TermiosLayout.C_OSPEED + 2] & 0xFF) << 16);
        Termios back = TermiosLayout.decode(b, true);
        assertArrayEquals(b, TermiosLayout.encode(back, true));
        Termios plain = TermiosLayout.decode(TermiosLayout.encode(t, false), false);
        assertEquals(115200, plain.ospeed); // from CBAUD
        assertEquals(38400, TermiosLayout.baudOf(Termios.B38400));
        assertEquals(9600, TermiosLayout.baudOf(Termios.B9600 | Termios.CS8));
        Winsize w = TermiosLayout.decodeWinsize(TermiosLayout.encode(new Winsize(25, 80, 640, 400)));
        assertEquals("25x80", w.toString());
        assertEquals(640, w.xpixels);
    }
}
