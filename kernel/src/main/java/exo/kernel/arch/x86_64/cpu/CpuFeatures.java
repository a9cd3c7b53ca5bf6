/*
 * Turns on the CPU features the page tables rely on, once at boot: CR0.WP (the kernel honours
 * read-only pages too, which copy-on-write will need), CR4.PGE (GLOBAL pages stay in the TLB
 * across CR3 switches) and EFER.NXE (the NX bit is honoured; without it NX is a reserved bit
 * and any entry carrying it faults). Each is enabled only when CPUID reports it.
 */
package exo.kernel.arch.x86_64.cpu;

import exo.hw.Cpu;
import exo.kernel.arch.x86_64.regs.ControlRegs;

public final class CpuFeatures {
    private CpuFeatures() {}


    private static boolean nx;

    /** Enables WP, PGE and NXE as available; returns a summary for the boot log. */
    public static String enable() {
        Cpu.writeCr0(Cpu.readCr0() | ControlRegs.CR0_WP);
        StringBuilder sb = new StringBuilder("WP");
        if ((Cpu.cpuid(1, 0, 3) & ControlRegs.CPUID_1_EDX_PGE) != 0) {
            Cpu.writeCr4(Cpu.readCr4() | ControlRegs.CR4_PGE);
            sb.append(" PGE");
        }
        long maxExtended = Cpu.cpuid(0x80000000, 0, 0) & 0xFFFFFFFFL;
        if (maxExtended >= 0x80000001L && (Cpu.cpuid(0x80000001, 0, 3) & ControlRegs.CPUID_EXT_EDX_NX) != 0) {
            Cpu.wrmsr(ControlRegs.MSR_EFER, Cpu.rdmsr(ControlRegs.MSR_EFER) | ControlRegs.EFER_NXE);
            nx = true;
            sb.append(" NX");
        }
        return sb.toString();
    }

    /** True once NXE is on: only then may page-table entries carry NX. */
    public static boolean nxEnabled() {
        return nx;
    }
}
