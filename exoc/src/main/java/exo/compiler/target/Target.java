/*
 * What a compilation target decides: the program's entry point and the extra roots of
 * reachability, which platform binds exo.rt.VM's hooks, whether hardware intrinsics (exo.hw)
 * are allowed, which C glue is included, the C entry code, and how gcc builds the output.
 * Exoc picks the target by name (--target); CProgram, Invoke and the intrinsic families ask it
 * instead of comparing target names. Two targets: LinuxTarget and KernelTarget.
 */
package exo.compiler.target;

import exo.compiler.CompileError;
import exo.compiler.analysis.Reachability;
import exo.compiler.gen.CProgram;
import exo.compiler.intrinsic.IntrinsicFamily;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import exo.compiler.model.MethodInfo;
import java.nio.file.Path;
import java.util.List;

public abstract class Target {
    /** The target called name on the command line. */
    public static Target named(String name) throws CompileError {
        switch (name) {
            case "linux": return new LinuxTarget();
            case "kernel": return new KernelTarget();
            default: throw new CompileError("unknown target '" + name + "' (linux or kernel)");
        }
    }

    /** "linux" or "kernel", as on the command line. */
    public abstract String name();

    /** The method the program starts in, checked against the target's convention. */
    public abstract MethodInfo entry(ClassInfo mainClass) throws CompileError;

    /**
     * Adds to rta the methods the runtime calls (platform hooks) and returns the methods that
     * code outside Java calls through an exported C wrapper; Exoc adds them as roots after
     * the entry.
     */
    public abstract List<MethodInfo> addRoots(ClassPool pool, Reachability rta, List<Path> classPath, MethodInfo entry)
            throws CompileError;

    /**
     * After the entry and exports are roots: what the runtime needs only because of what
     * the program turned out to use (linux: thread support once a thread can start).
     */
    public void addLateRoots(ClassPool pool, Reachability rta) throws CompileError {
    }

    /**
     * Can the program run Java threads (then exoc emits safepoint polls and fences, and
     * `synchronized` takes real monitors)? The kernel's threads are its own business.
     */
    public boolean threaded(ClassPool pool, Reachability rta) throws CompileError {
        return false;
    }

    /** May the program use the hardware intrinsics of exo.hw? */
    public abstract boolean hasHardware();

    /**
     * Is the program compiled for general registers only, with its floating-point functions
     * fenced by an FPU save and restore (gen.KernelFpu)? The kernel is: its entry paths then
     * need not save the interrupted user code's FPU/SSE state.
     */
    public boolean fpuFenced() {
        return false;
    }

    /** Does the program get a table of method code addresses (frame-pointer stack walks)? */
    public abstract boolean hasCodeTable();

    /** The family lowering exo.rt.VM's platform hooks. */
    public abstract IntrinsicFamily platform();

    /** The methods `synchronized` calls to enter and leave a monitor, or none (a no-op). */
    public List<MethodInfo> monitorMethods(ClassPool pool, Reachability rta) throws CompileError {
        return List.of();
    }

    /**
     * The Java method a native of exo.rt.VM runs as on this target (for the call graph of
     * the execution-context check), or null when it is C glue.
     */
    public MethodInfo platformMethod(ClassPool pool, MethodInfo nativeMethod) throws CompileError {
        return null;
    }

    /** Runtime C files included in program.c after exo_rt.c. */
    public abstract List<String> glueIncludes();

    /** The C entry point: heap set-up, class initialisation, the call of main. */
    public abstract String entryCode(CProgram prog, MethodInfo main, long heapBytes, long heapAt, List<MethodInfo> exports) throws CompileError;

    /** Runs gcc on the generated C in work, writing output. */
    public abstract void build(Path work, Path output, boolean debug) throws CompileError;

    @Override
    public String toString() {
        return name();
    }
}
