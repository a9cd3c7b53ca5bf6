/*
 * exosh as an interactive shell on a pseudo-terminal of the Linux host (util-linux `script`
 * provides it, with exosh as session leader and the terminal as controlling terminal): line
 * editing keys, history, Ctrl-R, tab completion, and Ctrl-C/Ctrl-Z reaching the foreground job
 * through its process group. Keys are typed in steps with pauses, so that each arrives when
 * the shell (or the job) is the one reading.
 */
package exo.userland;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractiveTest {
    static final String LEFT = "\033[D", UP = "\033[A", HOME = "\033[H", END = "\033[F", ENTER = "\r";

    /** Types each step (then waits pauseMs) into exosh on a terminal; returns all it printed. */
    private static String session(Path dir, long pauseMs, String... steps) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is needed for a terminal");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-q", "-c", Programs.exosh().toString(), "/dev/null")
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("TERM", "dumb");
        pb.environment().put("HOME", dir.toString());
        Path out = dir.resolve(".typescript");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        try (OutputStream keys = p.getOutputStream()) {
            Thread.sleep(pauseMs);
            for (String s : steps) {
                keys.write(s.getBytes(StandardCharsets.ISO_8859_1));
                keys.flush();
                Thread.sleep(pauseMs);
            }
            keys.write("exit\r".getBytes(StandardCharsets.ISO_8859_1));
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        return Files.readString(out, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    }

    private static void assertLine(String out, String line) {
        assertTrue(out.contains("\n" + line + "\n"), "no line '" + line + "' in:\n" + out);
    }

    @Test
    void editingKeys(@TempDir Path dir) throws Exception {
        String out = session(dir, 150,
                "echo abc" + LEFT + LEFT + "X" + ENTER,                  // cursor left, insert
                "cho 1" + HOME + "e" + END + "2" + ENTER,                // Home, End
                "cho 3\001e\0054" + ENTER,                               // Ctrl-A, Ctrl-E
                "echo 5678" + LEFT + LEFT + "\013" + ENTER,              // Ctrl-K
                "garbage words\025echo 9" + ENTER,                       // Ctrl-U
                "echo one two\027three" + ENTER);                        // Ctrl-W
        assertLine(out, "aXbc");
        assertLine(out, "12");
        assertLine(out, "34");
        assertLine(out, "56");
        assertLine(out, "9");
        assertLine(out, "one three");
    }

    @Test
    void historyAndReverseSearch(@TempDir Path dir) throws Exception {
        String out = session(dir, 150,
                "echo hist-1" + ENTER, UP + ENTER,
                "echo findme-77" + ENTER, "echo other" + ENTER, "\022findme", ENTER,
                "history" + ENTER);
        assertTrue(out.split("\nhist-1\n", -1).length >= 3, "up did not repeat the command:\n" + out);
        assertTrue(out.split("\nfindme-77\n", -1).length >= 3, "Ctrl-R did not find the command:\n" + out);
    }

    @Test
    void tabCompletesFileNamesAndCommands(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("uniquefile.txt"), "completed\n");
        String out = session(dir, 150, "cat uniq\t" + ENTER, "ech\t tab-cmd" + ENTER);
        assertLine(out, "completed");
        assertLine(out, "tab-cmd");
    }

    @Test
    void ctrlCInterruptsTheLineAndTheForegroundJob(@TempDir Path dir) throws Exception {
        String out = session(dir, 400, "echo partial\003", "echo after-c" + ENTER,
                "sleep 20" + ENTER, "\003", "echo status $?" + ENTER);
        assertTrue(!out.contains("\npartial\n"), out);
        assertLine(out, "after-c");
        assertLine(out, "status 130");
    }

    @Test
    void ctrlCAtTheContinuationPromptDropsTheCommand(@TempDir Path dir) throws Exception {
        String out = session(dir, 400, "echo 'open" + ENTER, "\003", "echo after" + ENTER);
        assertLine(out, "after");
        assertTrue(!out.contains("open\necho after"), "the quote still open after ^C:\n" + out);
    }

    @Test
    void ctrlZStopsTheJobAndBgFgWaitResumeIt(@TempDir Path dir) throws Exception {
        String out = session(dir, 400, "sleep 1; echo slept" + ENTER, "\032",
                "jobs" + ENTER, "fg" + ENTER, "", "",
                "sleep 20" + ENTER, "\032", "bg %1" + ENTER, "kill %1" + ENTER, "wait; echo waited $?" + ENTER);
        assertTrue(out.contains("Stopped"), out);
        assertLine(out, "slept");
        assertLine(out, "waited 0");
    }
}
