/*
 * The kernel target: freestanding code linked with the boot assembly by tools/boot. Entry at
 * the kernel's `static void main(long)` exported as a C symbol (@exo.hw.Export), every other
 * @Export method gets a C-ABI wrapper; exo.rt.VM's hooks go to exo.kernel.Platform
 * (KernelPlatform), whose static methods are all roots; hardware intrinsics are allowed; the
 * code address table lets Throwable walk the machine stack (frame pointers kept).
 */
package exo.compiler.target;

import exo.compiler.CompileError;
import exo.compiler.analysis.Reachability;
import exo.compiler.gen.CProgram;
import exo.compiler.gen.EntryGen;
import exo.compiler.gen.Gcc;
import exo.compiler.intrinsic.IntrinsicFamily;
import exo.compiler.intrinsic.KernelPlatform;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import exo.compiler.model.MethodInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

final class KernelTarget extends Target {
    private final IntrinsicFamily platform = new KernelPlatform();

    @Override
    public String name() {
        return "kernel";
    }

    @Override
    public MethodInfo entry(ClassInfo mainClass) throws CompileError {
        MethodInfo entry = mainClass.declaredMethod("main(J)V");
        if (entry == null) {
            throw new CompileError("kernel target: class " + mainClass.javaName() + " has no 'static void main(long)'");
        }
        return entry;
    }

    @Override
    public List<MethodInfo> addRoots(ClassPool pool, Reachability rta, List<Path> classPath, MethodInfo entry)
            throws CompileError {
        ClassInfo platformClass = pool.get(KernelPlatform.PLATFORM_CLASS, "the kernel target");
        for (MethodInfo m : platformClass.declaredMethods()) {
            if (m.isStatic() && !m.isClassInit()) {
                rta.addRoot(m);
            }
        }
        List<MethodInfo> exports = findExports(pool, classPath);
        // A test image's entry exports the same symbol as the production entry it wraps.
        String entrySymbol = CProgram.exportName(entry);
        exports.removeIf(m -> m != entry && entrySymbol != null && entrySymbol.equals(CProgram.exportName(m)));
        return exports;
    }

    /** Every @exo.hw.Export method in the program's own class files. */
    private static List<MethodInfo> findExports(ClassPool pool, List<Path> classPath) throws CompileError {
        List<MethodInfo> out = new ArrayList<>();
        for (Path dir : classPath) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            } catch (IOException e) {
                throw new CompileError("cannot read " + dir + ": " + e.getMessage(), e);
            }
            for (Path f : files) {
                String rel = dir.relativize(f).toString();
                ClassInfo c = pool.find(rel.substring(0, rel.length() - ".class".length()).replace('\\', '/'));
                if (c == null) {
                    continue;
                }
                for (MethodInfo m : c.declaredMethods()) {
                    if (CProgram.exportName(m) != null) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    @Override
    public boolean hasHardware() {
        return true;
    }

    @Override
    public boolean hasCodeTable() {
        return true;
    }

    @Override
    public boolean fpuFenced() {
        return true;
    }

    @Override
    public IntrinsicFamily platform() {
        return platform;
    }

    @Override
    public List<MethodInfo> monitorMethods(ClassPool pool, Reachability rta) throws CompileError {
        return KernelPlatform.monitorMethods(pool, rta);
    }

    @Override
    public MethodInfo platformMethod(ClassPool pool, MethodInfo nativeMethod) throws CompileError {
        if (!nativeMethod.owner.name.equals("exo/rt/VM")) {
            return null;
        }
        MethodInfo m = KernelPlatform.declared(pool, nativeMethod.key());
        return m != null && m.isStatic() ? m : null;
    }

    @Override
    public List<String> glueIncludes() {
        return List.of("exo_kernel.c");
    }

    @Override
    public String entryCode(CProgram prog, MethodInfo main, long heapBytes, long heapAt, List<MethodInfo> exports) throws CompileError {
        return EntryGen.kernel(prog, main, heapBytes, heapAt, exports);
    }

    @Override
    public void build(Path work, Path output, boolean debug) throws CompileError {
        Gcc.compileKernel(work, output);
    }
}
