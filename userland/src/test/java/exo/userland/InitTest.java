/*
 * init on the Linux host, compiled by exoc and run as an ordinary process (not PID 1: it
 * becomes a child subreaper, leaves the mounts alone and exits instead of rebooting). The
 * "shells" it starts are small /bin/sh scripts that log to a file, so each test can see what
 * ran, in which order, and what init said about it.
 */
package exo.userland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitTest {
    private static Path script(Path dir, String name, String body) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        return f;
    }

    @Test
    void runsRcThenRestartsTheShellAndReapsOrphans(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log");
        Path rc = script(dir, "rc", "echo rc >> " + log + "\n(sleep 0.3; echo orphan >> " + log + ") &\n");
        Path shell = script(dir, "shell", "echo shell >> " + log + "\nexit 3\n");
        Programs.Run r = Programs.run(List.of(Programs.init().toString(), "--no-mount", "--verbose", "--rc", rc.toString(),
                "--shell", shell.toString(), "--console", "/dev/null", "--respawn", "2"), dir, null, null, 30);
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("rc\nshell\nshell\norphan\n", Files.readString(log));
        String said = r.stderr();
        assertTrue(said.startsWith("init: " + shell + " on /dev/null exited with status 3, starting it again\n"
                + "init: " + shell + " on /dev/null exited with status 3\n"), said);
        assertTrue(said.matches("(?s).*init: reaped orphan \\d+, exited with status 0\n.*"), said);
        assertTrue(said.endsWith("init: no console left to serve\n"), said);
    }

    @Test
    void theShellGetsTheConsoleAsItsDescriptorsInANewSession(@TempDir Path dir) throws Exception {
        Path console = dir.resolve("console");
        Files.writeString(console, "");
        Path shell = script(dir, "shell", "echo \"out $(cut -d' ' -f6 /proc/$$/stat) $$\"\necho err >&2\n");
        Programs.Run r = Programs.run(List.of(Programs.init().toString(), "--no-mount", "--rc", "none",
                "--shell", shell.toString(), "--console", console.toString(), "--respawn", "1"), dir, null, null, 30);
        assertEquals(0, r.exit(), r.stderr());
        String[] out = Files.readString(console).split("\n");
        String[] words = out[0].split(" ");
        assertEquals("out", words[0]);
        assertEquals(words[2], words[1], "the shell leads its own session");
        assertEquals("err", out[1]);
    }

    @Test
    void aPowerOffSignalEndsTheShellsAndInit(@TempDir Path dir) throws Exception {
        Path shell = script(dir, "shell", "exec sleep 30\n");
        Path out = dir.resolve("stderr");
        Process p = new ProcessBuilder(Programs.init().toString(), "--no-mount", "--rc", "none",
                "--shell", shell.toString(), "--console", "/dev/null")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        Thread.sleep(1000);
        long started = System.nanoTime();
        Runtime.getRuntime().exec(new String[] {"kill", "-USR2", Long.toString(p.pid())}).waitFor();
        boolean ended = p.waitFor(10, TimeUnit.SECONDS);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertTrue(ended, "init did not end after SIGUSR2");
        assertEquals(0, p.exitValue());
        assertTrue(System.nanoTime() - started < 5_000_000_000L);
        assertEquals("init: powering off\ninit: " + shell + " on /dev/null killed by SIGHUP\n",
                Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void badOptionsAreRefused(@TempDir Path dir) throws Exception {
        Programs.Run r = Programs.run(List.of(Programs.init().toString(), "--respawn", "many"), dir, null, null, 30);
        assertEquals(2, r.exit());
        assertEquals("init: --respawn many: not a number\n", r.stderr());
        r = Programs.run(List.of(Programs.init().toString(), "--bogus", "x"), dir, null, null, 30);
        assertEquals(2, r.exit());
        assertEquals("init: --bogus: unknown option\n", r.stderr());
    }
}
