/*
 * exo.hw.Cpu for the kernel target: each privileged instruction becomes one instruction of
 * inline assembly (Intel SDM vol. 2) or a helper of exo_kernel.c; switchStacks is the context
 * switch of switch.S; symbolAddress is the address of a linker symbol named by a literal.
 * The Java bodies in kernel/src/main/java/exo/hw simulate the same effects for host tests.
 */
package exo.compiler.intrinsic;

import exo.compiler.CompileError;
import java.util.List;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;

final class CpuIntrinsics implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("exo/hw/Cpu");
    }

    @Override
    public boolean replacesBodies() {
        return true;
    }

    @Override
    public boolean needsHardware() {
        return true;
    }

    @Override
    public Lowered lower(IntrinsicCall c) throws CompileError {
        switch (c.name()) {
            case "cli": return asm("cli");
            case "sti": return asm("sti");
            case "hlt": return asm("hlt");
            case "pause": return Lowered.pure("__builtin_ia32_pause()");
            // A lock word in an int[] (mm.FrameLock): lock cmpxchg, and a release store.
            case "compareAndSwap":
                return Lowered.pure("({ jint cas_ = (" + c.arg(1) + "); __atomic_compare_exchange_n(&ELEM(" + c.arg(0)
                        + ", jint, 0), &cas_, (jint)(" + c.arg(2) + "), 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); cas_; })");
            case "storeRelease":
                return Lowered.pure("__atomic_store_n(&ELEM(" + c.arg(0) + ", jint, 0), (jint)(" + c.arg(1) + "), __ATOMIC_RELEASE)");
            case "interruptsEnabled": return Lowered.pure("exo_hw_interrupts_enabled()");
            case "rdtsc": return Lowered.pure("((jlong)__builtin_ia32_rdtsc())");
            case "cpuid": return Lowered.pure("exo_hw_cpuid(" + c.arg(0) + ", " + c.arg(1) + ", " + c.arg(2) + ")");
            case "readCr0": return Lowered.pure("exo_hw_read_cr(0)");
            case "readCr2": return Lowered.pure("exo_hw_read_cr(2)");
            case "readCr3": return Lowered.pure("exo_hw_read_cr(3)");
            case "readCr4": return Lowered.pure("exo_hw_read_cr(4)");
            case "writeCr0": return asmIn("mov %0, %%cr0", c.arg(0));
            case "writeCr3": return asmIn("mov %0, %%cr3", c.arg(0));
            case "writeCr4": return asmIn("mov %0, %%cr4", c.arg(0));
            case "invlpg": return asmIn("invlpg (%0)", c.arg(0));
            case "fxsave": return asmIn("fxsave64 (%0)", c.arg(0));
            case "fxrstor": return asmIn("fxrstor64 (%0)", c.arg(0));
            case "rdmsr": return Lowered.pure("exo_hw_rdmsr(" + c.arg(0) + ")");
            case "wrmsr": return Lowered.pure("exo_hw_wrmsr(" + c.arg(0) + ", " + c.arg(1) + ")");
            case "lgdt": return asmIn("lgdt (%0)", c.arg(0));
            case "lidt": return asmIn("lidt (%0)", c.arg(0));
            case "ltr": return asmIn("ltr %w0", c.arg(0));
            case "reloadSegments": return Lowered.pure("exo_hw_reload_segments(" + c.arg(0) + ", " + c.arg(1) + ")");
            // The per-CPU area: a 64-bit load or store at an offset from the GS base. The offset
            // is "er" and printed with %a: a constant one (PerCpuArea's, nearly always) goes into
            // the instruction as its displacement (movq %gs:0x40, %rax), not into a register first.
            case "readGs64":
                return Lowered.pure("({ jlong gsv_; __asm__ volatile(\"movq %%gs:%a1, %0\" : \"=r\"(gsv_) : \"er\"((uint64_t)(int64_t)("
                        + c.arg(0) + ")) : \"memory\"); gsv_; })");
            case "writeGs64":
                return Lowered.pure("__asm__ volatile(\"movq %1, %%gs:%a0\" :: \"er\"((uint64_t)(int64_t)(" + c.arg(0)
                        + ")), \"r\"((uint64_t)(" + c.arg(1) + ")) : \"memory\")");
            // An object reference kept in the per-CPU area (the collector moves nothing). The
            // read is not volatile: gcc may merge two reads in one function, which is right for
            // what it is used for, a slot that stays the same for the running thread (its Task).
            case "readGsObject":
                return Lowered.pure("((jobj)({ uint64_t gso_; __asm__(\"movq %%gs:%a1, %0\" : \"=r\"(gso_) : \"er\"((uint64_t)(int64_t)("
                        + c.arg(0) + "))); (uintptr_t)gso_; }))");
            case "writeGsObject":
                return Lowered.pure("__asm__ volatile(\"movq %1, %%gs:%a0\" :: \"er\"((uint64_t)(int64_t)(" + c.arg(0)
                        + ")), \"r\"((uint64_t)(uintptr_t)(" + c.arg(1) + ")) : \"memory\")");
            // Into user mode from a trap frame (syscall.S); never returns.
            case "enterUser": return Lowered.pure("exo_enter_user((uint64_t)(" + c.arg(0) + "))");
            case "switchStacks":
                return Lowered.pure("exo_switch_stacks((uint64_t *)(uintptr_t)(" + c.arg(0) + "), (uint64_t)(" + c.arg(1) + "))");
            case "symbolAddress": return symbolAddress(c);
            default: return null;
        }
    }

    private static Lowered asm(String insn) {
        return Lowered.pure("__asm__ volatile(\"" + insn + "\" ::: \"memory\")");
    }

    private static Lowered asmIn(String template, String operand) {
        return Lowered.pure("__asm__ volatile(\"" + template + "\" :: \"r\"(" + operand + ") : \"memory\")");
    }

    /** The symbol must be a literal: it names a linker symbol, not a runtime string. */
    private static Lowered symbolAddress(IntrinsicCall c) throws CompileError {
        AbstractInsnNode arg = c.insn() == null ? null : c.insn().getPrevious();
        while (arg != null && arg.getOpcode() < 0) {
            arg = arg.getPrevious();   // labels and line numbers between the ldc and the call
        }
        if (!(arg instanceof LdcInsnNode) || !(((LdcInsnNode) arg).cst instanceof String)) {
            throw new CompileError(c.where() + ": Cpu.symbolAddress needs a string literal argument");
        }
        String sym = (String) ((LdcInsnNode) arg).cst;
        if (!sym.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new CompileError(c.where() + ": '" + sym + "' is not a linker symbol name");
        }
        return Lowered.pure("({ extern char " + sym + "[]; (jlong)(uintptr_t)" + sym + "; })");
    }
}
