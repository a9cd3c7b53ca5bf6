/*
 * Runs a session script (SessionScript) against a live shell and writes its transcript:
 *   exo   Exo-OS booted as `./exo run` boots it (tools/boot/run without a command: the Java
 *         init as PID 1, exosh on the serial console); the keys go to QEMU's serial chardev
 *         through its standard input and the console is read from its standard output.
 *   host  exosh on a pseudo-terminal of the Linux host (util-linux `script`), with PATH set to
 *         a directory of the same programs (tools/boot/system-root's bin: exosh and busybox).
 * tools/boot/tty-test session runs both and compares the transcripts.
 *
 *   java -cp userland/target/test-classes exo.userland.session.SessionMain
 *        exo|host SCRIPT TRANSCRIPT [--root DIR] [--bin DIR]
 *
 * Prints PASS or FAIL with each failure (the script line, what was missing, the screen's end);
 * every byte the session printed is kept in TRANSCRIPT.raw. Exit status 0 on PASS, 1 on FAIL,
 * 2 on bad arguments or a bad script.
 */
package exo.userland.session;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public final class SessionMain {
    private SessionMain() {}

    /** The scratch directory of a session on Exo-OS (its tmpfs). */
    static final String EXO_DIR = "/tmp/session";

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    static int run(String[] args) throws Exception {
        if (args.length < 3 || !(args[0].equals("exo") || args[0].equals("host"))) {
            System.err.println("usage: SessionMain exo|host SCRIPT TRANSCRIPT [--root DIR] [--bin DIR]");
            return 2;
        }
        Path root = Path.of(".").toAbsolutePath().normalize();
        Path bin = null;
        for (int i = 3; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[i + 1]).toAbsolutePath();
                case "--bin" -> bin = Path.of(args[i + 1]).toAbsolutePath();
                default -> {
                    System.err.println("SessionMain: unknown option " + args[i]);
                    return 2;
                }
            }
        }
        SessionScript script;
        try {
            script = SessionScript.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            System.err.println(args[1] + ": " + e.getMessage());
            return 2;
        }
        Path transcript = Path.of(args[2]);
        boolean exo = args[0].equals("exo");
        if (!exo && bin == null) {
            System.err.println("SessionMain: host needs --bin DIR (exosh and the programs the script runs)");
            return 2;
        }
        Path scratch = exo ? null : Files.createTempDirectory("exo-session");
        String dir = exo ? EXO_DIR : scratch.resolve("s").toString();
        Process p = exo ? startExo(root, transcript) : startHost(bin, scratch);
        boolean ok;
        SessionRun r;
        try (OutputStream raw = new FileOutputStream(transcript + ".raw")) {
            r = new SessionRun(script, args[0], dir, p, raw);
            ok = r.run();
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
        Files.write(transcript, r.transcript(), StandardCharsets.UTF_8);
        report(args[0] + " session " + args[1], ok, r.failures());
        return ok ? 0 : 1;
    }

    private static Process startExo(Path root, Path transcript) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("tools/boot/run").toString()).directory(root.toFile());
        pb.redirectError(new File(transcript + ".boot"));
        return pb.start();
    }

    /** exosh as the session leader of a new pseudo-terminal, in / like init's shells. */
    private static Process startHost(Path bin, Path scratch) throws IOException {
        Path home = Files.createDirectories(scratch.resolve("home"));
        ProcessBuilder pb = new ProcessBuilder("script", "-q", "-e", "-c", bin.resolve("exosh").toString(), "/dev/null")
                .directory(new File("/"));
        pb.environment().clear();
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("TERM", "linux");
        pb.redirectErrorStream(true);
        return pb.start();
    }

    private static void report(String what, boolean ok, List<SessionRun.Failure> failures) {
        System.out.println((ok ? "PASS " : "FAIL ") + what);
        for (SessionRun.Failure f : failures) {
            System.out.println("  line " + f.line() + ": " + f.what());
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
