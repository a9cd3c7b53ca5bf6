/*
 * exoc's API: class files in, native executable (linux target) or kernel object (kernel
 * target) out. The phases, in order: load classes (model), reach the program from its
 * entry points and lower invokedynamic on the way (analysis, lower), write C (gen), run gcc.
 */
package exo.compiler;

import exo.compiler.analysis.CallGraph;
import exo.compiler.analysis.ContextCheck;
import exo.compiler.analysis.Reachability;
import exo.compiler.gen.CProgram;
import exo.compiler.gen.Gcc;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import exo.compiler.model.MethodInfo;
import exo.compiler.model.MissingReport;
import exo.compiler.target.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public final class Exoc {
    private Exoc() {}

    public static final class Options {
        public String target = "linux";
        public String mainClass;
        public List<Path> classPath = new ArrayList<>();
        public Path output;
        public long heapBytes = 256L << 20;
        /**
         * Kernel target: the heap's virtual address, a window of heapBytes that the kernel
         * backs with frames on demand; 0 puts the heap in the image's .bss instead.
         */
        public long heapAt;
        /** Repository root: the core library is read from corelib/target/classes. */
        public Path root = Path.of(".");
        /** Where the generated C is kept (default: a temporary directory, removed after success). */
        public Path workDir;
        public boolean debug;
    }

    public static void compile(Options o) throws CompileError {
        if (o.mainClass == null || o.output == null || o.classPath.isEmpty()) {
            throw new CompileError("usage: exoc --target linux|kernel --main pkg.Main -cp DIR -o FILE");
        }
        Target target = Target.named(o.target);
        Path coreLib = o.root.resolve("corelib/target/classes");
        if (!Files.isDirectory(coreLib)) {
            throw new CompileError("core library not built: " + coreLib + " is missing (run ./exo setup)");
        }
        if (Files.isDirectory(o.output)) {
            throw new CompileError("output " + o.output + " is a directory");
        }
        try {
            Files.deleteIfExists(o.output);
            Path parent = o.output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new CompileError("cannot replace " + o.output + ": " + e.getMessage(), e);
        }
        ClassPool pool = new ClassPool(o.classPath, coreLib);
        String mainName = o.mainClass.replace('.', '/');
        if (pool.find(mainName) == null) {
            throw new CompileError("missing class " + o.mainClass + ", referenced by the command line (--main): not found in the class path "
                    + o.classPath.stream().map(p -> p.toAbsolutePath().normalize().toString()).collect(java.util.stream.Collectors.joining(":")));
        }
        ClassInfo mainClass = pool.get(mainName, "the command line (--main)");
        Reachability rta = new Reachability(pool);
        addRuntimeRoots(pool, rta);
        // From here on a missing class or member is recorded and the analysis goes on, so that
        // the error lists everything the program lacks at once.
        MissingReport missing = new MissingReport();
        pool.collectMissing(missing);
        MethodInfo entry = target.entry(mainClass);
        List<MethodInfo> exports = target.addRoots(pool, rta, o.classPath, entry);
        rta.addRoot(entry);
        for (MethodInfo m : exports) {
            rta.addRoot(m);
        }
        target.addLateRoots(pool, rta);
        if (!missing.isEmpty()) {
            throw new CompileError(missing.message());
        }
        pool.collectMissing(null);
        new ContextCheck(rta, new CallGraph(pool, rta, target)).run();
        CProgram program = new CProgram(pool, rta, target);
        String c = program.generate(entry, o.heapBytes, o.heapAt, exports);

        Path work;
        try {
            work = o.workDir != null ? Files.createDirectories(o.workDir) : Files.createTempDirectory("exoc-");
            Files.writeString(work.resolve("program.c"), c, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CompileError("cannot write generated C: " + e.getMessage(), e);
        }
        Gcc.writeRuntime(work);
        target.build(work, o.output, o.debug);
        if (o.workDir == null) {
            deleteTree(work);   // kept when gcc fails: its error names the directory
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private static void addRuntimeRoots(ClassPool pool, Reachability rta) throws CompileError {
        rta.addInstantiated(pool.get("java/lang/Object", "exoc's runtime"));   // arrays behave as Objects
        rta.addInstantiated(pool.get("java/lang/String", "exoc's runtime"));   // literals
        rta.addInstantiated(pool.get("java/lang/Class", "exoc's runtime"));    // class objects
        for (String m : new String[] {"init", "allocObject", "allocArray", "collect"}) {
            rta.addRoot(method(pool, "exo/rt/Heap", m));
        }
        for (MethodInfo m : pool.get("exo/rt/Runtime", "exoc's runtime").declaredMethods()) {
            if (m.isStatic() && !m.isClassInit()) {
                rta.addRoot(m);
            }
        }
        rta.addArrayType("[Ljava/lang/String;");
        rta.addArrayType("[I");
        rta.addArrayType("[C");
    }

    private static MethodInfo method(ClassPool pool, String cls, String name) throws CompileError {
        for (MethodInfo m : pool.get(cls, "exoc's runtime").declaredMethods()) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        throw new CompileError("core library: " + cls + "." + name + " is missing");
    }
}
