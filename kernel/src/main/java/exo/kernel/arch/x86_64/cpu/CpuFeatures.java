/*
 * Turns on the CPU features the page tables rely on, once at boot: CR0.WP (the kernel honours
 * read-only pages too, which copy-on-write will need), CR4.PGE (GLOBAL pages stay in the TLB
 * across CR3 switches) and EFER.NXE (the NX bit is honoured; without it NX is a reserved bit
 * and any entry carrying it faults). Each is enabled only when CPUID reports it.
 */
package exo.kernel.arch.x86_64.cpu;

import exo.hw.Cpu;

public final class CpuFeatures {
    private CpuFeatures() {}

    public static final int MSR_EFER = 0xC0000080;
    public static final long EFER_NXE = 1L << 11;
    public static final long CR0_WP = 1L << 16;
    public static final long CR4_PGE = 1L << 7;
    private static final int CPUID_EDX_PGE = 1 << 13;
    private static final int CPUID_EXT_EDX_NX = 1 << 20;

    private static boolean nx;

    /** Enables WP, PGE and NXE as available; returns a summary for the boot log. */
    public static String enable() {
        Cpu.writeCr0(Cpu.readCr0() | CR0_WP);
        StringBuilder sb = new StringBuilder("WP");
        if ((Cpu.cpuid(1, 0, 3) & CPUID_EDX_PGE) != 0) {
            Cpu.writeCr4(Cpu.readCr4() | CR4_PGE);
            sb.append(" PGE");
        }
        long maxExtended = Cpu.cpuid(0x80000000, 0, 0) & 0xFFFFFFFFL;
        if (maxExtended >= 0x80000001L && (Cpu.cpuid(0x80000001, 0, 3) & CPUID_EXT_EDX_NX) != 0) {
            Cpu.wrmsr(MSR_EFER, Cpu.rdmsr(MSR_EFER) | EFER_NXE);
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
