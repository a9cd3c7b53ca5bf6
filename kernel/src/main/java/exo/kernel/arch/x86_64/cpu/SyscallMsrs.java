/*
 * Turns the syscall instruction on (Intel SDM vol. 3A, 5.8.8): EFER.SCE, STAR with the kernel's
 * code selector for syscall and the base from which sysretq derives the user selectors (SS =
 * base + 8, CS = base + 16, both with RPL 3: that is why the GDT puts user data before user
 * code), LSTAR = the entry (syscall.S, exo_syscall_entry), and SFMASK = the RFLAGS bits cleared
 * on entry: IF (the entry runs with interrupts off until it is on the kernel stack), TF, DF
 * (the C ABI wants it clear), AC (no user-mode alignment checks or SMAP override), NT. Each CPU
 * runs it once; Boot calls it for the boot CPU.
 */
package exo.kernel.arch.x86_64.cpu;

import exo.hw.Cpu;
import exo.kernel.arch.x86_64.regs.ControlRegs;

public final class SyscallMsrs {
    private SyscallMsrs() {}

    public static final long SFMASK = ControlRegs.RFLAGS_IF | ControlRegs.RFLAGS_TF | ControlRegs.RFLAGS_DF
            | ControlRegs.RFLAGS_AC | ControlRegs.RFLAGS_NT;

    /** STAR's value: syscall CS in bits 47-32, the sysret selector base in bits 63-48. */
    public static long star() {
        long sysretBase = (Gdt.USER_DATA & ~3) - 8;
        return (sysretBase << 48) | ((long) Gdt.KERNEL_CODE << 32);
    }

    public static void enable(long entryAddress) {
        Cpu.wrmsr(ControlRegs.MSR_STAR, star());
        Cpu.wrmsr(ControlRegs.MSR_LSTAR, entryAddress);
        Cpu.wrmsr(ControlRegs.MSR_SFMASK, SFMASK);
        Cpu.wrmsr(ControlRegs.MSR_EFER, Cpu.rdmsr(ControlRegs.MSR_EFER) | ControlRegs.EFER_SCE);
    }
}
