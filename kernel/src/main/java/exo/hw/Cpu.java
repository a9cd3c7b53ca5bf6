/*
 * Privileged x86_64 instructions, one static method each. exoc replaces every call with inline
 * assembly (one instruction or a short fixed sequence such as lgdt or the far return of
 * reloadSegments); the bodies here run on the host against exo.hw.Sim, which records what the
 * kernel asked of the CPU so that tests can check it.
 */
package exo.hw;

public final class Cpu {
    private Cpu() {}

    public static void cli() {
        Sim.setInterruptFlag(false);
    }

    public static void sti() {
        Sim.setInterruptFlag(true);
    }

    /** Waits for the next interrupt; with interrupts off it never returns (Sim throws Halted). */
    public static void hlt() {
        Sim.hlt();
    }

    public static void pause() {
        Sim.pause();
    }

    /**
     * `lock cmpxchg` on word[0]: stores value there if it holds expected, atomically for every
     * CPU (a full barrier); returns what it held. For the spinlocks below kernel.sync (e.g.
     * mm.FrameLock); word must be a non-empty int[] that lives as long as the lock.
     */
    public static int compareAndSwap(int[] word, int expected, int value) {
        synchronized (word) {
            int old = word[0];
            if (old == expected) {
                word[0] = value;
            }
            return old;
        }
    }

    /** A store to word[0] that no earlier load or store passes (the release of such a lock). */
    public static void storeRelease(int[] word, int value) {
        synchronized (word) {
            word[0] = value;
        }
    }

    public static boolean interruptsEnabled() {
        return Sim.interruptFlag();
    }

    public static long rdtsc() {
        return Sim.rdtsc();
    }

    /** One register (0=eax 1=ebx 2=ecx 3=edx) of cpuid(leaf, subleaf). */
    public static int cpuid(int leaf, int subleaf, int reg) {
        return Sim.cpuid(leaf, subleaf, reg);
    }

    public static long readCr0() {
        return Sim.readCr(0);
    }

    public static long readCr2() {
        return Sim.readCr(2);
    }

    public static long readCr3() {
        return Sim.readCr(3);
    }

    public static long readCr4() {
        return Sim.readCr(4);
    }

    public static void writeCr0(long value) {
        Sim.writeCr(0, value);
    }

    public static void writeCr3(long value) {
        Sim.writeCr(3, value);
    }

    public static void writeCr4(long value) {
        Sim.writeCr(4, value);
    }

    public static void invlpg(long vaddr) {
        Sim.record("invlpg", vaddr);
    }

    /**
     * Stores the FPU/SSE state into the 512-byte, 16-byte aligned area at addr (fxsave64). The
     * kernel is compiled for general registers only, so in thread context the registers hold
     * the running thread's user state. On the host it records the call: tests keep the image
     * in memory, where it stands for the registers.
     */
    public static void fxsave(long addr) {
        Sim.record("fxsave", addr);
    }

    /** Loads the FPU/SSE state from the 512-byte, 16-byte aligned area at addr (fxrstor64). */
    public static void fxrstor(long addr) {
        Sim.record("fxrstor", addr);
    }

    public static long rdmsr(int msr) {
        return Sim.rdmsr(msr);
    }

    public static void wrmsr(int msr, long value) {
        Sim.wrmsr(msr, value);
    }

    /** Loads GDTR from the 10-byte pseudo-descriptor (limit16, base64) at descriptorAddr. */
    public static void lgdt(long descriptorAddr) {
        Sim.record("lgdt", descriptorAddr);
    }

    /** Loads IDTR from the 10-byte pseudo-descriptor (limit16, base64) at descriptorAddr. */
    public static void lidt(long descriptorAddr) {
        Sim.record("lidt", descriptorAddr);
    }

    public static void ltr(int selector) {
        Sim.record("ltr", selector);
    }

    /** Reloads CS (far return) and DS, ES, SS, FS, GS with the given selectors. */
    public static void reloadSegments(int codeSel, int dataSel) {
        Sim.record("reloadSegments", ((long) codeSel << 16) | dataSel);
    }

    /**
     * The context switch (kernel/arch/x86_64/switch.S, exo_switch_stacks): pushes the
     * callee-saved registers and the FPU/SSE state on the current stack, stores the stack
     * pointer at saveRspAddr, loads newRsp and pops the other thread's registers and FPU/SSE
     * state from it, returning into that thread. Must be called with interrupts off. On the
     * host it records the call ("switchStacks.save", "switchStacks"), runs the test's
     * Sim.onSwitch hook and returns.
     */
    public static void switchStacks(long saveRspAddr, long newRsp) {
        Sim.record("switchStacks.save", saveRspAddr);
        Sim.record("switchStacks", newRsp);
        Sim.switched();
    }

    /**
     * Leaves the kernel for user mode with the registers of the trap frame at frameAddr
     * (kernel/arch/x86_64/syscall.S, exo_enter_user: pops the frame, swapgs, iretq); never
     * returns. On the host it records the call ("enterUser") and returns, so callers throw
     * after it.
     */
    public static void enterUser(long frameAddr) {
        Sim.record("enterUser", frameAddr);
    }

    /**
     * The 64-bit word at offset bytes into the GS segment: in the kernel, GS points at this
     * CPU's per-CPU area (exo.kernel.cpu.PerCpu), so this is how code finds its own CPU's data
     * with no global variable. One mov with a gs: prefix.
     */
    public static long readGs64(int offset) {
        return Sim.read(Sim.rdmsr(MSR_GS_BASE) + offset, 8);
    }

    /** Stores a 64-bit word at offset bytes into the GS segment (see readGs64). */
    public static void writeGs64(int offset, long value) {
        Sim.write(Sim.rdmsr(MSR_GS_BASE) + offset, 8, value);
    }

    /**
     * The object reference stored at offset bytes into the GS segment by writeGsObject (one
     * gs-relative mov). The collector does not scan the per-CPU area: only store objects that a
     * Java field also holds (it moves nothing, so the word stays valid while that field does).
     * Two reads in one method may become one: for slots that stay the same for the running
     * thread (its own Task), not for ones that change under it.
     */
    public static Object readGsObject(int offset) {
        return Sim.gsObject(Sim.rdmsr(MSR_GS_BASE) + offset);
    }

    /** Stores an object reference at offset bytes into the GS segment (see readGsObject). */
    public static void writeGsObject(int offset, Object value) {
        Sim.setGsObject(Sim.rdmsr(MSR_GS_BASE) + offset, value);
    }

    /** IA32_GS_BASE, the MSR behind GS (Intel SDM vol. 4); the host model reads it. */
    private static final int MSR_GS_BASE = 0xC0000101;

    /** Address of a linker symbol; exoc requires the argument to be a string literal. */
    public static long symbolAddress(String cSymbol) {
        return Sim.symbol(cSymbol);
    }
}
