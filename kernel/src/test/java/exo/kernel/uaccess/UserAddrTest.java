/*
 * UserAddr on the host (a plain object: equality, offsets), and the point of the
 * type: kernel code outside exo.kernel.uaccess that tries to dereference a user pointer does
 * not compile. That half runs javac on a small kernel class against the kernel's classes.
 */
package exo.kernel.uaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserAddrTest {
    @Test
    void valuesCompareByAddress() {
        UserAddr a = UserAddr.fromUser(0x400000);
        assertTrue(a.equals(UserAddr.fromUser(0x400000)));
        assertTrue(a.plus(16).equals(UserAddr.fromUser(0x400010)));
        assertFalse(a.isNull());
        assertTrue(UserAddr.fromUser(0).isNull());
        assertEquals("user 0x0000000000400000", a.toString());
    }

    @Test
    void kernelCodeCannotDereferenceAUserPointer(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/exo/kernel/sys"));
        Files.writeString(src.resolve("Peek.java"), String.join("\n",
                "package exo.kernel.sys;",
                "import exo.hw.Memory;",
                "import exo.kernel.uaccess.UserAddr;",
                "class Peek {",
                "    static long peek(UserAddr u) {",
                "        return Memory.read64(u.raw());",
                "    }",
                "}", ""));
        String errors = javac(src.resolve("Peek.java"), dir.resolve("out"));
        assertNotNull(errors, "javac compiled a dereference of a UserAddr");
        assertTrue(errors.contains("raw() is not public in UserAddr; cannot be accessed from outside package"), errors);
    }

    /** javac against the kernel's classes: null on success, else the diagnostics. */
    private static String javac(Path source, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path kernelClasses = Path.of(UserAddr.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        StringWriter messages = new StringWriter();
        List<String> options = List.of("-d", Files.createDirectories(out).toString(), "-cp", kernelClasses.toString(),
                "-proc:none", "-Xlint:none");
        boolean ok = javac.getTask(messages, null, null, options, null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile())).call();
        return ok ? null : messages.toString();
    }
}
