/*
 * The linux target: a static, libc-free x86_64 Linux executable. Entry at
 * `public static void main(String[])`; output through write(2), heap from mmap, the glue in
 * linux.c (raw syscalls, _start). No hardware intrinsics, one thread.
 */
package exo.compiler.target;

import exo.compiler.CompileError;
import exo.compiler.analysis.Reachability;
import exo.compiler.gen.CProgram;
import exo.compiler.gen.EntryGen;
import exo.compiler.gen.Gcc;
import exo.compiler.intrinsic.IntrinsicFamily;
import exo.compiler.intrinsic.LinuxPlatform;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import exo.compiler.model.MethodInfo;
import java.nio.file.Path;
import java.util.List;

final class LinuxTarget extends Target {
    private final IntrinsicFamily platform = new LinuxPlatform();

    @Override
    public String name() {
        return "linux";
    }

    @Override
    public MethodInfo entry(ClassInfo mainClass) throws CompileError {
        MethodInfo entry = mainClass.declaredMethod("main([Ljava/lang/String;)V");
        if (entry == null || !entry.isStatic()) {
            throw new CompileError("class " + mainClass.javaName() + " has no 'public static void main(String[])'");
        }
        return entry;
    }

    @Override
    public List<MethodInfo> addRoots(ClassPool pool, Reachability rta, List<Path> classPath, MethodInfo entry) {
        return List.of();
    }

    @Override
    public boolean hasHardware() {
        return false;
    }

    @Override
    public boolean hasCodeTable() {
        return false;
    }

    @Override
    public IntrinsicFamily platform() {
        return platform;
    }

    @Override
    public List<String> glueIncludes() {
        return List.of();
    }

    @Override
    public String entryCode(CProgram prog, MethodInfo main, long heapBytes, List<MethodInfo> exports) throws CompileError {
        return EntryGen.linux(prog, main, heapBytes);
    }

    @Override
    public void build(Path work, Path output, boolean debug) throws CompileError {
        Gcc.linkLinux(work, output, debug);
    }
}
