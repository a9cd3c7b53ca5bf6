/*
 * Bits of the x86_64 control registers, model-specific registers, RFLAGS and the CPUID leaves
 * the kernel reads (Intel SDM vol. 3A, 2.5 and 2.2.1; vol. 4 for the MSR numbers; vol. 2A for
 * CPUID). Written once here: the Java kernel uses them directly and the boot assembly gets them
 * through the generated layout.h (arch.x86_64.LayoutHeader).
 */
package exo.kernel.arch.x86_64.regs;

public final class ControlRegs {
    private ControlRegs() {}

    public static final long CR0_PE = 1L << 0;
    public static final long CR0_MP = 1L << 1;
    public static final long CR0_EM = 1L << 2;
    public static final long CR0_WP = 1L << 16;
    public static final long CR0_PG = 1L << 31;

    public static final long CR4_PAE = 1L << 5;
    public static final long CR4_PGE = 1L << 7;
    public static final long CR4_OSFXSR = 1L << 9;
    public static final long CR4_OSXMMEXCPT = 1L << 10;
    public static final long CR4_FSGSBASE = 1L << 16;
    public static final long CR4_SMEP = 1L << 20;
    public static final long CR4_SMAP = 1L << 21;

    public static final int MSR_EFER = 0xC0000080;
    public static final int MSR_STAR = 0xC0000081;
    public static final int MSR_LSTAR = 0xC0000082;
    public static final int MSR_SFMASK = 0xC0000084;
    public static final int MSR_FS_BASE = 0xC0000100;
    public static final int MSR_GS_BASE = 0xC0000101;
    public static final int MSR_KERNEL_GS_BASE = 0xC0000102;

    public static final long EFER_SCE = 1L << 0;
    public static final long EFER_LME = 1L << 8;
    public static final long EFER_NXE = 1L << 11;

    public static final long RFLAGS_CF = 1L << 0;
    public static final long RFLAGS_TF = 1L << 8;
    public static final long RFLAGS_IF = 1L << 9;
    public static final long RFLAGS_DF = 1L << 10;
    public static final long RFLAGS_IOPL = 3L << 12;
    public static final long RFLAGS_NT = 1L << 14;
    public static final long RFLAGS_AC = 1L << 18;
    public static final long RFLAGS_ID = 1L << 21;

    /** CPUID leaf 1, edx. */
    public static final int CPUID_1_EDX_PGE = 1 << 13;
    /** CPUID leaf 7 subleaf 0, ebx. */
    public static final int CPUID_7_EBX_FSGSBASE = 1 << 0;
    public static final int CPUID_7_EBX_SMEP = 1 << 7;
    public static final int CPUID_7_EBX_SMAP = 1 << 20;
    /** CPUID leaf 0x80000001, edx. */
    public static final int CPUID_EXT_EDX_SYSCALL = 1 << 11;
    public static final int CPUID_EXT_EDX_NX = 1 << 20;
    public static final int CPUID_EXT_EDX_LM = 1 << 29;
}
