/*
 * exoc's command line as a new user meets it, run as a separate process from a scratch
 * directory: --help lists every option, relative -cp and -o are taken from the current
 * directory, jars work on the class path and --jar takes the main class from the manifest,
 * the generated C does not land beside the output, and bad command lines get clear errors.
 */
package exo.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MainTest {
    private static Path scratch;

    record Result(int exit, String out) {}

    @BeforeAll
    static void setUp() throws IOException {
        scratch = DifferentialTest.freshDir(DifferentialTest.root().resolve("exoc/target/exoc-cli"));
        Path src = Files.createDirectories(scratch.resolve("src"));
        Files.writeString(src.resolve("Hello.java"), "public class Hello { public static void main(String[] a) {"
                + " System.out.println(\"hello \" + a.length); } }");
        assertEquals(null, DifferentialTest.javac(src, scratch.resolve("cls"), List.of()));
    }

    static Result exoc(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "exo.compiler.Main", "--root", DifferentialTest.root().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(scratch.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    static String run(Path exe, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void helpListsEveryOption() throws Exception {
        Result r = exoc("--help");
        assertEquals(0, r.exit());
        for (String option : new String[] {"--main", "-cp", "--jar", "-o", "--target", "--heap", "--work-dir", "--debug", "--help"}) {
            assertTrue(r.out().contains(option), "--help does not mention " + option + ":\n" + r.out());
        }
    }

    @Test
    void relativePathsAreTakenFromTheCurrentDirectory() throws Exception {
        Result r = exoc("-cp", "cls", "--main", "Hello", "-o", "out/hello");
        assertEquals(0, r.exit(), r.out());
        assertEquals("hello 2\n", run(scratch.resolve("out/hello"), "a", "b"));
        try (Stream<Path> files = Files.list(scratch.resolve("out"))) {
            assertEquals(List.of("hello"), files.map(f -> f.getFileName().toString()).toList(),
                    "only the executable goes to the output directory");
        }
    }

    @Test
    void jarWithManifestNeedsNoMainOrOutput() throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
        try (OutputStream f = Files.newOutputStream(scratch.resolve("app.jar")); JarOutputStream jar = new JarOutputStream(f, m)) {
            jar.putNextEntry(new JarEntry("Hello.class"));
            jar.write(Files.readAllBytes(scratch.resolve("cls/Hello.class")));
        }
        Result r = exoc("--jar", "app.jar");
        assertEquals(0, r.exit(), r.out());
        assertEquals("hello 0\n", run(scratch.resolve("app")));
        Result cp = exoc("-cp", "app.jar", "-o", "fromcp");
        assertEquals(0, cp.exit(), cp.out());
        assertEquals("hello 1\n", run(scratch.resolve("fromcp"), "x"));
    }

    @Test
    void badCommandLinesGetClearErrors() throws Exception {
        Result none = exoc("-cp", "nowhere", "--main", "Hello");
        assertEquals(1, none.exit());
        assertTrue(none.out().contains("class path entry nowhere does not exist"), none.out());
        Result unknown = exoc("--frobnicate");
        assertTrue(unknown.out().contains("unknown option --frobnicate"), unknown.out());
        Result noMain = exoc("-cp", "cls");
        assertTrue(noMain.out().contains("no main class"), noMain.out());
        Result wrongMain = exoc("-cp", "cls", "--main", "Nope");
        assertTrue(wrongMain.out().contains("missing class Nope") && wrongMain.out().contains(scratch.resolve("cls").toString()),
                wrongMain.out());
    }
}
