/*
 * The linux target: a static, libc-free x86_64 Linux executable. Entry at
 * `public static void main(String[])`; output through write(2), heap from mmap, the glue in
 * linux.c (raw syscalls, _start) and linux_threads.c (threads on clone and futex). No
 * hardware intrinsics. A program that can start a thread gets thread support; one that
 * cannot runs without monitors, safepoint polls or fences.
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

    /** Threads.start is reachable: the program may start threads (java.lang.Thread.start). */
    @Override
    public boolean threaded(ClassPool pool, Reachability rta) throws CompileError {
        ClassInfo threads = pool.find("exo/rt/Threads");
        MethodInfo start = threads == null ? null : threads.declaredMethod("start(Ljava/lang/Thread;)V");
        return start != null && rta.methods().contains(start);
    }

    // A program that starts threads needs the new threads' Java entry and real monitors.
    @Override
    public void addLateRoots(ClassPool pool, Reachability rta) throws CompileError {
        if (threaded(pool, rta)) {
            for (MethodInfo m : threadRuntime(pool)) {
                rta.addRoot(m);
            }
        }
    }

    /**
     * Threads.run (a new thread's Java side), Monitors.enter and Monitors.exit, Heap.helpCollect,
     * Monitors.lockedHash (the identity hash of a locked object, called by exo_rt.c).
     */
    private static List<MethodInfo> threadRuntime(ClassPool pool) throws CompileError {
        ClassInfo threads = pool.get("exo/rt/Threads", "exoc's runtime");
        ClassInfo monitors = pool.get("exo/rt/Monitors", "exoc's runtime");
        MethodInfo run = threads.declaredMethod("run(Ljava/lang/Thread;)V");
        MethodInfo enter = monitors.declaredMethod("enter(Ljava/lang/Object;)V");
        MethodInfo exit = monitors.declaredMethod("exit(Ljava/lang/Object;)V");
        MethodInfo help = pool.get("exo/rt/Heap", "exoc's runtime").declaredMethod("helpCollect()V");
        MethodInfo hash = monitors.declaredMethod("lockedHash(Ljava/lang/Object;I)I");
        if (run == null || enter == null || exit == null || help == null || hash == null) {
            throw new CompileError("core library: exo.rt.Threads.run, exo.rt.Monitors.enter/exit/lockedHash or exo.rt.Heap.helpCollect is missing");
        }
        return List.of(run, enter, exit, help, hash);
    }

    @Override
    public List<MethodInfo> monitorMethods(ClassPool pool, Reachability rta) throws CompileError {
        if (!threaded(pool, rta)) {
            return List.of();   // one thread: synchronized costs nothing
        }
        List<MethodInfo> m = threadRuntime(pool);
        return List.of(m.get(1), m.get(2));
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
    public String entryCode(CProgram prog, MethodInfo main, long heapBytes, long heapAt, List<MethodInfo> exports) throws CompileError {
        if (heapAt != 0) {
            throw new CompileError("--heap-at is for the kernel target (a Linux program's heap is an anonymous mapping)");
        }
        return EntryGen.linux(prog, main, heapBytes);
    }

    @Override
    public void build(Path work, Path output, boolean debug) throws CompileError {
        Gcc.linkLinux(work, output, debug);
    }
}
