/*
 * exoc must reject what it cannot compile with a CompileError whose message says what is
 * wrong and where, and must leave no output file behind. Each case is a directory
 * exoc/src/test/errors/<case>/ with Java sources (main class Main unless a file `main` names
 * another) and a file `expect` whose lines must all occur in the error message. Optional
 * files: `javac` (extra javac options, one a line, e.g. --enable-preview; ${corelib} is the
 * core library's classes, for exoc's annotations) and `delete` (class
 * files to remove after javac, to simulate a class missing from the class path).
 * Uses DifferentialTest's javac and directory helpers.
 */
package exo.compiler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

public class BadInputTest {
    @TestFactory
    Stream<DynamicTest> badInputs() throws IOException {
        Path cases = DifferentialTest.root().resolve("exoc/src/test/errors");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(cases)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
            }
        }
        return tests.stream();
    }

    private static void check(Path caseDir) throws Exception {
        String name = caseDir.getFileName().toString();
        List<String> expect = DifferentialTest.lines(caseDir.resolve("expect")).stream().filter(l -> !l.isBlank()).toList();
        assertFalse(expect.isEmpty(), name + ": the case has no `expect` lines");
        Path work = DifferentialTest.freshDir(DifferentialTest.root().resolve("exoc/target/exoc-errors").resolve(name));
        Path classes = work.resolve("classes");
        String javacErrors = DifferentialTest.javac(caseDir, classes, DifferentialTest.javacOptions(caseDir));
        assertNull(javacErrors, name + ": javac failed on the case itself");
        for (String f : DifferentialTest.lines(caseDir.resolve("delete"))) {
            Path victim = classes.resolve(f.trim());
            assertTrue(Files.deleteIfExists(victim), name + ": `delete` names " + f + " but javac did not produce it");
        }
        Path output = work.resolve(name);
        String message = null;
        try {
            Exoc.compile(DifferentialTest.options(DifferentialTest.mainClassOf(caseDir), classes, output, DifferentialTest.DEFAULT_HEAP));
        } catch (CompileError e) {
            message = e.getMessage();
        }
        if (message == null) {
            fail(name + ": exoc compiled the program instead of rejecting it");
        }
        List<String> missing = new ArrayList<>();
        for (String s : expect) {
            if (!message.contains(s)) {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            fail(name + ": the error message lacks " + missing + "\nmessage: " + message);
        }
        assertFalse(Files.exists(output), name + ": exoc failed but left the output file " + output);
    }
}
