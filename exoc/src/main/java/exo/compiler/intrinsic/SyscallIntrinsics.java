/*
 * exo.rt.Syscall, the linux target's one door to the kernel: syscall6(nr, a..f) becomes the
 * x86_64 `syscall` instruction made in native state (exo_syscall6_native in linux_threads.c,
 * so that a thread blocked in a system call does not hold up a collection), and environ() the
 * envp that _start found on the initial stack, and spawn(...) fork and exec with the child's
 * side in C (exo_spawn in linux.c: the child of a multi-threaded runtime must not run Java).
 * The core library's I/O, files, processes and environment
 * (exo.rt.Posix) are Java over these two; so will be the Exo-OS userland. The kernel target
 * has no such door: calling them there is a compile error.
 */
package exo.compiler.intrinsic;

import exo.compiler.CompileError;
import java.util.List;

final class SyscallIntrinsics implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("exo/rt/Syscall");
    }

    @Override
    public boolean replacesBodies() {
        return true;
    }

    @Override
    public Lowered lower(IntrinsicCall c) throws CompileError {
        if (c.target().hasHardware()) {   // the kernel target: it is the kernel
            throw new CompileError(c.where() + ": " + c.javaName() + " (a Linux system call) is only available to the linux target");
        }
        switch (c.name()) {
            case "syscall6": return Lowered.pure("exo_syscall6_native(" + String.join(", ", c.args()) + ")");
            case "environ": return Lowered.pure("((jlong)exo_envp)");
            case "spawn": return Lowered.pure("exo_spawn(" + String.join(", ", c.args()) + ")");
            default: return null;
        }
    }
}
