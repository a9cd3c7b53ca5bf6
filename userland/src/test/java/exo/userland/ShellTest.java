/*
 * exosh on the Linux host, compiled by exoc: the session scripts in userland/src/test/sessions
 * (NAME.sh run as `exosh NAME.sh` in an empty directory; its stdout must equal NAME.out, its
 * stderr be empty, its exit status the one a "# exit status: N" line names, else 0), then the
 * command-line forms and the hostile input the issue lists: the shell reports and stays up.
 * The expected files were checked against dash and bash --posix where they agree with POSIX.
 */
package exo.userland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class ShellTest {
    private static final Pattern STATUS = Pattern.compile("^# exit status: (\\d+)$", Pattern.MULTILINE);

    private static Map<String, String> env(Path home) {
        return Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", home.toString(), "LC_ALL", "C");
    }

    private static Programs.Run sh(Path dir, String stdin, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Programs.exosh().toString()));
        cmd.addAll(List.of(args));
        return Programs.run(cmd, dir, stdin, env(dir), 60);
    }

    @TestFactory
    Stream<DynamicTest> sessions() throws Exception {
        Path dir = Programs.root().resolve("userland/src/test/sessions");
        List<Path> scripts;
        try (Stream<Path> s = Files.list(dir)) {
            scripts = s.filter(f -> f.toString().endsWith(".sh")).sorted().toList();
        }
        assertTrue(scripts.size() >= 6, "session scripts missing in " + dir);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            Path work = Files.createTempDirectory("exosh-session");
            String name = script.getFileName().toString();
            String text = Files.readString(script);
            Files.writeString(work.resolve(name), text);
            Matcher m = STATUS.matcher(text);
            int status = m.find() ? Integer.parseInt(m.group(1)) : 0;
            Programs.Run r = sh(work, null, name);
            String expected = Files.readString(dir.resolve(name.replace(".sh", ".out")));
            assertEquals(expected, r.stdout(), name + " stdout (stderr: " + r.stderr() + ")");
            assertEquals("", r.stderr(), name + " stderr");
            assertEquals(status, r.exit(), name + " exit status");
        }));
    }

    @Test
    void dashCRunsOneCommandStringWithItsArguments(@TempDir Path dir) throws Exception {
        Programs.Run r = sh(dir, null, "-c", "echo \"$0:$1:$#\"; exit 4", "name", "arg");
        assertEquals("name:arg:1\n", r.stdout());
        assertEquals(4, r.exit());
    }

    @Test
    void scriptModePassesArguments(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("s.sh"), "echo \"$0 $# $2\"\n");
        Programs.Run r = sh(dir, null, "s.sh", "a", "b c");
        assertEquals("s.sh 2 b c\n", r.stdout());
        r = sh(dir, null, "missing.sh");
        assertEquals(127, r.exit());
        assertEquals("exosh: missing.sh: No such file or directory\n", r.stderr());
    }

    @Test
    void aMissingCommandExits127(@TempDir Path dir) throws Exception {
        Programs.Run r = sh(dir, null, "-c", "no_such_command_here");
        assertEquals(127, r.exit());
        assertEquals("exosh: line 1: no_such_command_here: not found\n", r.stderr());
    }

    @Test
    void anUnterminatedQuoteIsASyntaxError(@TempDir Path dir) throws Exception {
        Programs.Run r = sh(dir, null, "-c", "echo \"open");
        assertEquals(2, r.exit());
        assertEquals("exosh: line 1: unterminated double-quoted string\n", r.stderr());
        r = sh(dir, "echo 'open\necho after\n", "-i");
        assertTrue(r.stderr().contains("exosh: unterminated quoted string\n"), r.stderr());
    }

    @Test
    void aHundredThousandCharacterLineIsRead(@TempDir Path dir) throws Exception {
        String word = "x".repeat(100_000);
        Programs.Run r = sh(dir, "echo " + word + "\necho after\n");
        assertEquals(word + "\nafter\n", r.stdout());
        assertEquals(0, r.exit());
    }

    @Test
    void binaryGarbageGivesErrorsAndTheInteractiveShellStaysUp(@TempDir Path dir) throws Exception {
        for (int seed = 1; seed <= 3; seed++) {
            byte[] junk = new byte[4096];
            new Random(seed).nextBytes(junk);
            // Raw: a quote in the junk may rightly swallow the rest; it must end in an error, not a crash.
            Programs.Run raw = sh(dir, latin1(junk) + "\necho survived\n", "-i");
            assertTrue(raw.exit() == 0 || raw.exit() == 2, "exit " + raw.exit() + " " + raw.stderr());
            assertTrue(raw.stderr().contains("exosh: "), "the garbage must be reported");
            // Without quotes, backslashes and here-documents nothing can span lines: the shell goes on.
            for (int i = 0; i < junk.length; i++) {
                if ("'\"`\\<".indexOf(junk[i]) >= 0) {
                    junk[i] = '.';
                }
            }
            Programs.Run r = sh(dir, latin1(junk) + "\necho survived\n", "-i");
            assertTrue(r.stdout().endsWith("survived\n"), r.stdout());
            assertEquals(0, r.exit());
        }
    }

    private static String latin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void deepRecursionAndNestingAreErrorsNotCrashes(@TempDir Path dir) throws Exception {
        Programs.Run r = sh(dir, "f() { f; }; f\necho after $?\n" + "(".repeat(5000) + "echo deep" + ")".repeat(5000)
                + "\necho still here\n", "-i");
        assertTrue(r.stderr().contains("f: maximum function nesting level exceeded"), r.stderr());
        assertTrue(r.stderr().contains("nested too deeply"), r.stderr());
        assertTrue(r.stdout().contains("after 2\n"), r.stdout());
        assertTrue(r.stdout().contains("still here\n"), r.stdout());
        assertEquals(0, r.exit());
    }

    @Test
    void theInteractivePromptShowsTheDirectoryAndAFailedStatus(@TempDir Path dir) throws Exception {
        Programs.Run r = sh(dir, "false\ntrue\n", "-i");
        String d = dir.toRealPath().toString().replace(dir.toRealPath().toString(), "~");
        assertEquals(d + "# " + d + " [1]# " + d + "# exit\n", r.stderr());
    }
}
