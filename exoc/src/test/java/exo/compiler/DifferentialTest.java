/*
 * The differential test of exoc: every program under exoc/src/test/programs/<name>/ is
 * compiled by javac, run on the JVM, compiled by exoc and run natively, and the two runs must
 * agree on stdout, on the exit status and, when the JVM wrote to stderr (an uncaught
 * exception), on stderr's first line, the "Caused by:"/"Suppressed:" lines and the stack frames
 * of the program's own classes. JDK frames are ignored: the JVM prints them as
 * "\tat java.base/...", exoc prints its core library's frames instead.
 *
 * A program directory holds Java sources (default package), optionally a file `main` naming
 * the main class (default Main), `args` (one argument per line), `repeat` (runs of the native
 * executable, each compared with the JVM's run: 20 for multi-threaded programs), `heap` (e.g. 64m; exoc's
 * default here is 256m; the JVM then runs with the same -Xmx) and `javac` (extra javac
 * options, one a line; ${corelib} stands for the core library's classes, for programs that
 * use exoc's annotations such as @exo.rt.Word). Work files go to exoc/target/exoc-tests/<name>/.
 *
 * Programs are prepared (javac, JVM run, exoc, native run) by a pool of two threads ahead of
 * the tests, which then only assert on the stored results, so that one program's failure or a
 * compiler crash fails only that program's test. -Dexoc.only=a,b restricts the run;
 * -Dexoc.threads (default 2), -Dexoc.runTimeout (seconds a run may take, default 60) and
 * -Dexoc.prepareTimeout (seconds a test waits for its preparation, default 900) tune it.
 * BadInputTest shares the javac and set-up helpers below.
 */
package exo.compiler;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

public class DifferentialTest {
    /** JVM flags: no helpful NPE texts (exoc has none), a big stack, fixed locale and encoding. */
    static final List<String> JVM_FLAGS = List.of(
            "-XX:-ShowCodeDetailsInExceptionMessages", "-Xss8m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
            "-Duser.language=en", "-Duser.country=US");
    static final long DEFAULT_HEAP = 256L << 20;

    /** One corpus program as described by its directory. */
    record Program(String name, Path dir, String mainClass, List<String> args, long heapBytes, int repeat) {}

    /** A finished process: exit status, both streams, whether it was killed for taking too long. */
    record Run(int exit, String stdout, String stderr, boolean timedOut) {}

    /** Everything prepared for one test; setupError is set when javac or exoc failed. */
    record Outcome(Run jvm, Run exe, String setupError, Set<String> ownClasses) {}

    static Path root() {
        return Path.of(System.getProperty("exo.root", "..")).toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        Path corpus = root().resolve("exoc/src/test/programs");
        List<Program> programs = selected(corpus);
        if (programs.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("no program selected",
                    () -> fail("no program in " + corpus + " matches -Dexoc.only=" + System.getProperty("exoc.only"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("exoc.threads", 2), r -> {
            Thread t = new Thread(r, "exoc-differential");
            t.setDaemon(true);
            return t;
        });
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Program p : programs) {
            futures.add(pool.submit(() -> prepare(p)));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            Program p = programs.get(i);
            Future<Outcome> f = futures.get(i);
            tests.add(DynamicTest.dynamicTest(p.name(), () -> check(p, await(f))));
        }
        return tests.stream();
    }

    private static List<Program> selected(Path corpus) throws IOException {
        String only = System.getProperty("exoc.only", "").trim();
        Set<String> wanted = only.isEmpty() ? null : new HashSet<>(Arrays.asList(only.split("\\s*,\\s*")));
        List<Program> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(corpus)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = d.getFileName().toString();
                if (wanted == null || wanted.contains(name)) {
                    out.add(new Program(name, d, mainClassOf(d), lines(d.resolve("args")), heapOf(d), repeatOf(d)));
                }
            }
        }
        return out;
    }

    static String mainClassOf(Path dir) throws IOException {
        List<String> m = lines(dir.resolve("main"));
        return m.isEmpty() ? "Main" : m.get(0).trim();
    }

    /** `repeat`: how many times the native executable runs (multi-threaded programs: 20). */
    private static int repeatOf(Path dir) throws IOException {
        List<String> r = lines(dir.resolve("repeat"));
        return r.isEmpty() ? 1 : Integer.parseInt(r.get(0).trim());
    }

    private static long heapOf(Path dir) throws IOException {
        List<String> h = lines(dir.resolve("heap"));
        return h.isEmpty() ? DEFAULT_HEAP : parseSize(h.get(0).trim());
    }

    /** "64m", "1g", "512k" or a plain byte count. */
    static long parseSize(String s) {
        char unit = Character.toLowerCase(s.charAt(s.length() - 1));
        int shift = unit == 'k' ? 10 : unit == 'm' ? 20 : unit == 'g' ? 30 : 0;
        String digits = shift == 0 ? s : s.substring(0, s.length() - 1);
        return Long.parseLong(digits) << shift;
    }

    /** The lines of an optional file (missing file: none); a final empty line is not an argument. */
    static List<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static Outcome await(Future<Outcome> f) throws Exception {
        try {
            return f.get(Long.getLong("exoc.prepareTimeout", 900), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return new Outcome(null, null, "preparing the program did not finish in time (javac, JVM run, exoc and native run)", Set.of());
        }
    }

    /** javac, JVM run, exoc, native run; never throws: failures become the outcome's setupError. */
    private static Outcome prepare(Program p) {
        try {
            Path work = freshDir(root().resolve("exoc/target/exoc-tests").resolve(p.name()));
            Path classes = work.resolve("classes");
            String javacErrors = javac(p.dir(), classes, javacOptions(p.dir()));
            if (javacErrors != null) {
                return new Outcome(null, null, "javac failed:\n" + javacErrors, Set.of());
            }
            Set<String> own = classNames(classes);
            List<String> jvmCmd = new ArrayList<>();
            jvmCmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            jvmCmd.addAll(JVM_FLAGS);
            if (p.heapBytes() != DEFAULT_HEAP) {
                jvmCmd.add("-Xmx" + (p.heapBytes() >> 10) + "k");   // the same limit for OutOfMemoryError
            }
            jvmCmd.addAll(List.of("-cp", classes.toString(), p.mainClass()));
            jvmCmd.addAll(p.args());
            Path stdin = stdinOf(p, classes, work);
            Run jvm = run(jvmCmd, workingDir(p, work, "jvm"), work, "jvm", stdin);
            Path exe = work.resolve(p.name());
            try {
                Exoc.compile(options(p.mainClass(), classes, exe, p.heapBytes()));
            } catch (CompileError e) {
                return new Outcome(jvm, null, "exoc: " + e.getMessage(), own);
            } catch (Throwable t) {
                return new Outcome(jvm, null, "exoc crashed: " + stackTrace(t), own);
            }
            if (!Files.isExecutable(exe)) {
                return new Outcome(jvm, null, "exoc reported success but wrote no executable " + exe, own);
            }
            List<String> exeCmd = new ArrayList<>();
            exeCmd.add(exe.toString());
            exeCmd.addAll(p.args());
            // Each run must agree with the JVM's; the first that does not is the one reported.
            Run exeRun = run(exeCmd, workingDir(p, work, "exe"), work, "exe", stdin);
            for (int i = 1; i < p.repeat() && agrees(jvm, exeRun, own); i++) {
                exeRun = run(exeCmd, workingDir(p, work, "exe"), work, "exe", stdin);
            }
            return new Outcome(jvm, exeRun, null, own);
        } catch (Throwable t) {
            return new Outcome(null, null, "test harness failed: " + stackTrace(t), Set.of());
        }
    }

    static Exoc.Options options(String mainClass, Path classes, Path output, long heapBytes) {
        Exoc.Options o = new Exoc.Options();
        o.target = "linux";
        o.mainClass = mainClass;
        o.classPath = List.of(classes);
        o.output = output;
        o.heapBytes = heapBytes;
        o.root = root();
        return o;
    }

    /** The extra javac options of a program or case directory (file `javac`), ${corelib} expanded. */
    static List<String> javacOptions(Path dir) throws IOException {
        String corelib = root().resolve("corelib/target/classes").toString();
        return lines(dir.resolve("javac")).stream().map(l -> l.replace("${corelib}", corelib)).toList();
    }

    /** Compiles every .java file of dir into out with -g; returns null or the diagnostics. */
    static String javac(Path dir, Path out, List<String> extraOptions) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> sources;
        try (Stream<Path> s = Files.list(dir)) {
            sources = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        Files.createDirectories(out);
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, StandardCharsets.UTF_8)) {
            List<String> opts = new ArrayList<>(List.of("-g", "-encoding", "UTF-8", "-proc:none", "-nowarn", "-Xlint:none", "-d", out.toString()));
            opts.addAll(extraOptions);
            StringWriter messages = new StringWriter();
            boolean ok = javac.getTask(messages, fm, diags, opts, null, fm.getJavaFileObjectsFromPaths(sources)).call();
            if (ok) {
                return null;
            }
            StringBuilder sb = new StringBuilder(messages.toString());
            diags.getDiagnostics().forEach(d -> sb.append(d).append('\n'));
            return sb.toString();
        }
    }

    /** Binary names of the classes in a class directory (default package and packages). */
    static Set<String> classNames(Path classes) throws IOException {
        Set<String> out = new HashSet<>();
        try (Stream<Path> s = Files.walk(classes)) {
            s.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String rel = classes.relativize(f).toString();
                out.add(rel.substring(0, rel.length() - ".class".length()).replace('/', '.'));
            });
        }
        return out;
    }

    static Path freshDir(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** The program's standard input: its `stdin` file, the output of its `stdin-from` class, or /dev/null. */
    private static Path stdinOf(Program p, Path classes, Path work) throws IOException, InterruptedException {
        if (Files.exists(p.dir().resolve("stdin"))) {
            return p.dir().resolve("stdin");
        }
        List<String> from = lines(p.dir().resolve("stdin-from"));
        if (from.isEmpty()) {
            return Path.of("/dev/null");
        }
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classes.toString(),
                from.get(0).trim());
        Run gen = run(cmd, work, work, "stdin-gen", Path.of("/dev/null"));
        if (gen.exit() != 0 || gen.timedOut()) {
            throw new IOException("the stdin-from class " + from.get(0) + " failed: " + gen.stderr());
        }
        return work.resolve("stdin-gen.out");
    }

    /** Where a run happens: a fresh copy of the program's `files/` directory, or the work directory. */
    private static Path workingDir(Program p, Path work, String tag) throws IOException {
        Path files = p.dir().resolve("files");
        if (!Files.isDirectory(files)) {
            return work;
        }
        Path cwd = freshDir(work.resolve(tag + "-cwd"));
        try (Stream<Path> all = Files.walk(files)) {
            for (Path f : all.sorted().toList()) {
                Path to = cwd.resolve(files.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return cwd;
    }

    /** Runs a command in cwd with stdin from a file and both streams into files of work, killed on timeout. */
    private static Run run(List<String> cmd, Path cwd, Path work, String tag, Path stdin) throws IOException, InterruptedException {
        Path out = work.resolve(tag + ".out"), err = work.resolve(tag + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(stdin.toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process proc = pb.start();
        boolean done = proc.waitFor(Long.getLong("exoc.runTimeout", 60), TimeUnit.SECONDS);
        if (!done) {
            proc.descendants().forEach(ProcessHandle::destroyForcibly);
            proc.destroyForcibly();
            proc.waitFor();
        }
        return new Run(done ? proc.exitValue() : -1, read(out), read(err), !done);
    }

    private static String read(Path f) throws IOException {
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    }

    static String stackTrace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }

    private static void check(Program p, Outcome o) {
        // Surefire's XML report names every dynamic test after the factory method, so each
        // message starts with the program's name.
        if (o.jvm() != null && (o.jvm().timedOut() || o.jvm().stderr().startsWith("Error:"))) {
            fail(p.name() + ": the program itself does not run on the JVM:\n" + o.jvm().stderr());
        }
        if (o.setupError() != null) {
            fail(p.name() + ": " + o.setupError());
        }
        Run jvm = o.jvm(), exe = o.exe();
        List<String> problems = new ArrayList<>();
        if (exe.timedOut()) {
            problems.add("the native executable was killed after " + Long.getLong("exoc.runTimeout", 60) + " s");
        }
        if (!jvm.stdout().equals(exe.stdout())) {
            problems.add("stdout differs: " + firstDifference(jvm.stdout(), exe.stdout()));
        }
        if (jvm.exit() != exe.exit()) {
            problems.add("exit status: JVM " + jvm.exit() + ", exoc " + exe.exit());
        }
        problems.addAll(compareStderr(jvm.stderr(), exe.stderr(), o.ownClasses()));
        if (!problems.isEmpty()) {
            fail(p.name() + ": " + String.join("\n", problems) + "\n--- exoc stderr (first lines) ---\n" + head(exe.stderr(), 15));
        }
    }

    private static boolean agrees(Run jvm, Run exe, Set<String> own) {
        return !exe.timedOut() && jvm.stdout().equals(exe.stdout()) && jvm.exit() == exe.exit()
                && compareStderr(jvm.stderr(), exe.stderr(), own).isEmpty();
    }

    /** The stderr checks: none if the JVM wrote nothing, else first line and own frames. */
    static List<String> compareStderr(String jvm, String exe, Set<String> own) {
        List<String> problems = new ArrayList<>();
        if (jvm.isEmpty()) {
            if (!exe.isEmpty()) {
                problems.add("the JVM wrote nothing to stderr but exoc's executable did");
            }
            return problems;
        }
        String jvmFirst = jvm.lines().findFirst().orElse("");
        String exeFirst = exe.lines().findFirst().orElse("");
        if (!jvmFirst.equals(exeFirst)) {
            problems.add("stderr first line:\n  JVM:  " + jvmFirst + "\n  exoc: " + exeFirst);
        }
        List<String> jvmFrames = ownTrace(jvm, own), exeFrames = ownTrace(exe, own);
        if (!jvmFrames.equals(exeFrames)) {
            problems.add("stack trace (own frames, Caused by, Suppressed) differs:\n  JVM:  " + String.join("\n        ", jvmFrames)
                    + "\n  exoc: " + String.join("\n        ", exeFrames));
        }
        return problems;
    }

    private static final Pattern FRAME = Pattern.compile("at (?:[^\\s/()]+/)?([\\w$.]+)\\.([\\w$<>]+)\\((.*)\\)");

    /** "Caused by:"/"Suppressed:" lines and "at" lines of the program's classes, trimmed. */
    static List<String> ownTrace(String stderr, Set<String> own) {
        List<String> out = new ArrayList<>();
        stderr.lines().skip(1).map(String::trim).forEach(line -> {
            if (line.startsWith("Caused by:") || line.startsWith("Suppressed:")) {
                out.add(line);
                return;
            }
            Matcher m = FRAME.matcher(line);
            if (m.matches() && own.contains(m.group(1))) {
                out.add("at " + m.group(1) + "." + m.group(2) + "(" + m.group(3) + ")");
            }
        });
        return out;
    }

    /** "line N: JVM <...> / exoc <...>" for the first differing line, with line counts. */
    static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1), b = actual.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        String ea = i < a.length ? "'" + clip(a[i]) + "'" : "<end of output>";
        String eb = i < b.length ? "'" + clip(b[i]) + "'" : "<end of output>";
        return "first difference at line " + (i + 1) + " (JVM " + (a.length - 1) + " lines, exoc " + (b.length - 1) + " lines)\n  JVM:  " + ea
                + "\n  exoc: " + eb;
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static String head(String s, int lines) {
        List<String> l = s.lines().limit(lines).toList();
        return l.isEmpty() ? "(empty)" : String.join("\n", l);
    }
}
