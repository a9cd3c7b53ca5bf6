/*
 * exo.hw for the kernel target: each intrinsic is one instruction of inline assembly
 * (Intel SDM vol. 2 for each). Their Java bodies (kernel/src/main/java/exo/hw) simulate the
 * same effect for host tests.
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import java.util.List;

final class HwIntrinsics {
    private HwIntrinsics() {}

    static String expr(String owner, String name, List<String> a, String where) throws CompileError {
        switch (owner.substring("exo/hw/".length()) + "." + name) {
            case "Cpu.cli": return "__asm__ volatile(\"cli\" ::: \"memory\")";
            case "Cpu.sti": return "__asm__ volatile(\"sti\" ::: \"memory\")";
            case "Cpu.hlt": return "__asm__ volatile(\"hlt\" ::: \"memory\")";
            case "Cpu.pause": return "__builtin_ia32_pause()";
            case "Cpu.interruptsEnabled": return "exo_hw_interrupts_enabled()";
            case "Cpu.rdtsc": return "((jlong)__builtin_ia32_rdtsc())";
            case "Cpu.cpuid": return "exo_hw_cpuid(" + a.get(0) + ", " + a.get(1) + ", " + a.get(2) + ")";
            case "Cpu.readCr0": return "exo_hw_read_cr(0)";
            case "Cpu.readCr2": return "exo_hw_read_cr(2)";
            case "Cpu.readCr3": return "exo_hw_read_cr(3)";
            case "Cpu.readCr4": return "exo_hw_read_cr(4)";
            case "Cpu.writeCr0": return "__asm__ volatile(\"mov %0, %%cr0\" :: \"r\"(" + a.get(0) + ") : \"memory\")";
            case "Cpu.writeCr3": return "__asm__ volatile(\"mov %0, %%cr3\" :: \"r\"(" + a.get(0) + ") : \"memory\")";
            case "Cpu.writeCr4": return "__asm__ volatile(\"mov %0, %%cr4\" :: \"r\"(" + a.get(0) + ") : \"memory\")";
            case "Cpu.invlpg": return "__asm__ volatile(\"invlpg (%0)\" :: \"r\"(" + a.get(0) + ") : \"memory\")";
            case "Cpu.rdmsr": return "exo_hw_rdmsr(" + a.get(0) + ")";
            case "Cpu.wrmsr": return "exo_hw_wrmsr(" + a.get(0) + ", " + a.get(1) + ")";
            case "Cpu.lgdt": return "__asm__ volatile(\"lgdt (%0)\" :: \"r\"(" + a.get(0) + ") : \"memory\")";
            case "Cpu.lidt": return "__asm__ volatile(\"lidt (%0)\" :: \"r\"(" + a.get(0) + ") : \"memory\")";
            case "Cpu.ltr": return "__asm__ volatile(\"ltr %w0\" :: \"r\"(" + a.get(0) + ") : \"memory\")";
            case "Cpu.reloadSegments": return "exo_hw_reload_segments(" + a.get(0) + ", " + a.get(1) + ")";
            case "Cpu.readGs64": return "({ jlong gsv_; __asm__ volatile(\"movq %%gs:(%1), %0\" : \"=r\"(gsv_) : \"r\"((uint64_t)(int64_t)(" + a.get(0) + ")) : \"memory\"); gsv_; })";
            case "Cpu.writeGs64": return "__asm__ volatile(\"movq %1, %%gs:(%0)\" :: \"r\"((uint64_t)(int64_t)(" + a.get(0) + ")), \"r\"((uint64_t)(" + a.get(1) + ")) : \"memory\")";
            case "Cpu.switchStacks": return "exo_switch_stacks((uint64_t *)(uintptr_t)(" + a.get(0) + "), (uint64_t)(" + a.get(1) + "))";
            case "Port.inb": return "exo_hw_inb(" + a.get(0) + ")";
            case "Port.outb": return "exo_hw_outb(" + a.get(0) + ", " + a.get(1) + ")";
            case "Port.inw": return "exo_hw_inw(" + a.get(0) + ")";
            case "Port.outw": return "exo_hw_outw(" + a.get(0) + ", " + a.get(1) + ")";
            case "Port.inl": return "exo_hw_inl(" + a.get(0) + ")";
            case "Port.outl": return "exo_hw_outl(" + a.get(0) + ", " + a.get(1) + ")";
            case "Memory.read8": return "(*(volatile int8_t *)(uintptr_t)(" + a.get(0) + "))";
            case "Memory.read16": return "(*(volatile int16_t *)(uintptr_t)(" + a.get(0) + "))";
            case "Memory.read32": return "(*(volatile jint *)(uintptr_t)(" + a.get(0) + "))";
            case "Memory.read64": return "(*(volatile jlong *)(uintptr_t)(" + a.get(0) + "))";
            case "Memory.write8": return "(*(volatile int8_t *)(uintptr_t)(" + a.get(0) + ") = (int8_t)(" + a.get(1) + "))";
            case "Memory.write16": return "(*(volatile int16_t *)(uintptr_t)(" + a.get(0) + ") = (int16_t)(" + a.get(1) + "))";
            case "Memory.write32": return "(*(volatile jint *)(uintptr_t)(" + a.get(0) + ") = (" + a.get(1) + "))";
            case "Memory.write64": return "(*(volatile jlong *)(uintptr_t)(" + a.get(0) + ") = (" + a.get(1) + "))";
            default:
                throw new CompileError(where + ": unknown hardware intrinsic " + owner.replace('/', '.') + "." + name);
        }
    }
}
