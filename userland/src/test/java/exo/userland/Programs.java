/*
 * Builds the userland's programs for the tests: javac (for test programs) and exoc's linux
 * target, each executable once per JVM, under userland/target/exe/. The shell and init come
 * from userland/target/classes, which Maven has just compiled.
 */
package exo.userland;

import exo.compiler.Exoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

final class Programs {
    private Programs() {}

    private static final Map<String, Path> built = new HashMap<>();

    static Path root() {
        return Path.of(System.getProperty("exo.root", "..")).toAbsolutePath().normalize();
    }

    /** exosh, compiled by exoc. */
    static synchronized Path exosh() throws Exception {
        return compile("exosh", "exo.userland.sh.Main", root().resolve("userland/target/classes"));
    }

    /** init, compiled by exoc. */
    static synchronized Path init() throws Exception {
        return compile("init", "exo.userland.init.Init", root().resolve("userland/target/classes"));
    }

    /** The test program in userland/src/test/programs/NAME (class mainClass), compiled. */
    static synchronized Path testProgram(String name, String mainClass) throws Exception {
        Path classes = root().resolve("userland/target/exe/" + name + "-classes");
        javac(root().resolve("userland/src/test/programs/" + name), classes);
        return compile(name, mainClass, classes);
    }

    private static Path compile(String name, String mainClass, Path classes) throws Exception {
        Path exe = built.get(name);
        if (exe != null) {
            return exe;
        }
        exe = root().resolve("userland/target/exe/" + name);
        Files.createDirectories(exe.getParent());
        Exoc.Options o = new Exoc.Options();
        o.target = "linux";
        o.mainClass = mainClass;
        o.classPath = List.of(classes);
        o.output = exe;
        o.heapBytes = 256L << 20;
        o.root = root();
        Exoc.compile(o);
        built.put(name, exe);
        return exe;
    }

    private static void javac(Path dir, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-g", "-XDstringConcat=inline", "-encoding", "UTF-8", "-nowarn",
                "-cp", root().resolve("corelib/target/classes").toString(), "-d", out.toString()));
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        if (javac.run(null, null, null, args.toArray(new String[0])) != 0) {
            throw new IOException("javac failed for " + dir);
        }
    }

    /** A finished run: exit status and both streams. */
    record Run(int exit, String stdout, String stderr) {}

    /** Runs cmd in dir with stdin (null: /dev/null), killed after timeoutSeconds. */
    static Run run(List<String> cmd, Path dir, String stdin, Map<String, String> env, int timeoutSeconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        if (env != null) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        Path out = Files.createTempFile("exo-out", ".txt");
        Path err = Files.createTempFile("exo-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process p = pb.start();
        if (stdin != null) {
            try (var w = p.getOutputStream()) {
                w.write(stdin.getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException closedEarly) {
                // the program did not read all of its input: that is its business
            }
        }
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
        String o = Files.readString(out, StandardCharsets.ISO_8859_1);
        String e = Files.readString(err, StandardCharsets.ISO_8859_1);
        Files.delete(out);
        Files.delete(err);
        return new Run(done ? p.exitValue() : -1, o, done ? e : e + "\n[killed after " + timeoutSeconds + " s]");
    }
}
