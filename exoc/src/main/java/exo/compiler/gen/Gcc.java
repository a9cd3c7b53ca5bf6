/*
 * Runs gcc on the generated C and the target's runtime glue. Java semantics need
 * -fwrapv (int overflow wraps), -fno-strict-aliasing (the heap is raw memory to the GC)
 * and -ffp-contract=off (no fused multiply-add: Java rounds each operation).
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import exo.compiler.model.ObjectLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

public final class Gcc {
    private Gcc() {}

    static final List<String> JAVA_SEMANTICS = List.of("-std=gnu11", "-O2", "-fwrapv", "-fno-strict-aliasing",
            "-ffp-contract=off", "-fno-math-errno", "-fno-stack-protector", "-fno-asynchronous-unwind-tables",
            "-ffreestanding", "-fno-tree-loop-distribute-patterns", "-w");

    /** Copies the runtime C files (exo.h, exo_rt.c, linux.c) into dir, and writes exo_layout.h. */
    public static void writeRuntime(Path dir) throws CompileError {
        try {
            Files.writeString(dir.resolve("exo_layout.h"), ObjectLayout.cHeader());
        } catch (IOException e) {
            throw new CompileError("cannot write exo_layout.h: " + e.getMessage(), e);
        }
        for (String f : new String[] {"exo.h", "exo_rt.c", "linux.c", "linux_threads.c", "exo_kernel.c"}) {
            try (InputStream in = Gcc.class.getResourceAsStream("/exo/runtime/" + f)) {
                if (in == null) {
                    throw new CompileError("exoc is missing its runtime file " + f);
                }
                Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new CompileError("cannot write " + f + ": " + e.getMessage(), e);
            }
        }
    }

    /** Compiles program.c, linux.c and linux_threads.c in dir into a static executable at output. */
    public static void linkLinux(Path dir, Path output, boolean debug) throws CompileError {
        dir = dir.toAbsolutePath();
        output = output.toAbsolutePath();
        Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
        List<String> cmd = new ArrayList<>(List.of("gcc"));
        cmd.addAll(JAVA_SEMANTICS);
        // No SLP vectorisation: in n-body's `a.vz -= ...; b.vx += dx * a.mass * mag` it loads
        // a.vz and a.mass as one 16-byte vector right after the 8-byte store of a.vz, and the
        // store cannot be forwarded to that load (a ~12-cycle stall per pair of bodies). Without
        // it n-body takes 0.60x the time (all five Benchmarks Game variants 0.58-0.97x);
        // mandelbrot, spectral-norm, fannkuch-redux and fasta do not change (BENCHMARKS.md).
        cmd.add("-fno-tree-slp-vectorize");
        cmd.addAll(List.of("-DEXO_LINUX", "-static", "-nostdlib", "-no-pie", "-fno-pic", "-ffunction-sections", "-fdata-sections",
                "-Wl,--gc-sections", "-Wl,-z,noexecstack"));
        if (debug) {
            cmd.add("-g");
        } else {
            cmd.add("-s");
        }
        cmd.addAll(List.of("-o", tmp.toString(), dir.resolve("program.c").toString(), dir.resolve("linux.c").toString(),
                dir.resolve("linux_threads.c").toString()));
        run(cmd, dir);
        try {
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CompileError("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    /** Compiles program.c in dir to an object for the kernel (linked by tools/boot). */
    public static void compileKernel(Path dir, Path object) throws CompileError {
        dir = dir.toAbsolutePath();
        object = object.toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of("gcc"));
        cmd.addAll(JAVA_SEMANTICS);
        // General registers only (the FPU-using functions are fenced: KernelFpu), so that the
        // entry paths need not save the user's FPU/SSE state.
        cmd.addAll(List.of("-mgeneral-regs-only", "-DEXO_FPU_FENCED"));
        cmd.addAll(List.of("-mcmodel=kernel", "-mno-red-zone", "-fno-omit-frame-pointer", "-fno-pic", "-fno-pie", "-nostdlib", "-c",
                "-o", object.toString(), dir.resolve("program.c").toString()));
        run(cmd, dir);
    }

    private static void run(List<String> cmd, Path dir) throws CompileError {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                String text = new String(out, StandardCharsets.UTF_8);
                if (text.length() > 4000) {
                    text = text.substring(0, 4000) + "\n...";
                }
                throw new CompileError("gcc failed on the generated C (a bug in exoc; files kept in " + dir + "):\n" + text);
            }
        } catch (IOException e) {
            throw new CompileError("cannot run gcc: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompileError("interrupted while running gcc", e);
        }
    }
}
