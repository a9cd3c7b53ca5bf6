/*
 * The simulated machine behind the intrinsics' Java bodies, for host tests only: exoc ignores
 * those bodies, so nothing here is ever compiled into the kernel and it may use the whole JDK.
 *
 * It holds sparse byte-addressed memory (4 KiB pages created on first write, zero when never
 * written), port devices that tests attach, a fake TSC, CR0-CR4, MSRs, the interrupt flag,
 * cpuid answers, linker symbols, and a log of port writes and of the descriptor-table and TLB
 * instructions (lgdt, lidt, ltr, invlpg, reloadSegments) and of context switches
 * (switchStacks) for tests to inspect. There is no MMU: Memory addresses are used as they are.
 * Once a hlt stops the CPU for good (interrupts off, or the test's hlt budget spent) the machine
 * counts as off: Halted may unwind through the kernel's catch-all handlers, but their port
 * writes (console, exit) no longer happen, as on real hardware nothing would run. Tests call
 * reset() before each case.
 */
package exo.hw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class Sim {
    private Sim() {}

    /** A device on one or more I/O ports; width is 1, 2 or 4 bytes. */
    public interface PortDevice {
        int in(int port, int width);

        void out(int port, int width, int value);
    }

    /** Thrown by hlt when the simulated CPU would stop for good (interrupts off). */
    public static final class Halted extends RuntimeException {
        Halted(String why) {
            super(why);
        }
    }

    /** Thrown for an access the real CPU would fault on (non-canonical address: #GP). */
    public static final class Fault extends RuntimeException {
        public final int vector;

        Fault(int vector, String why) {
            super(why);
            this.vector = vector;
        }
    }

    /** One out instruction, as recorded in portWrites(). */
    public static final class PortWrite {
        public final int port;
        public final int width;
        public final int value;

        PortWrite(int port, int width, int value) {
            this.port = port;
            this.width = width;
            this.value = value;
        }

        @Override
        public String toString() {
            return String.format("out%s 0x%x <- 0x%x", width == 1 ? "b" : width == 2 ? "w" : "l", port, value);
        }
    }

    private static final Map<Long, byte[]> pages = new HashMap<>();
    private static final Map<Integer, PortDevice> devices = new HashMap<>();
    private static final List<PortWrite> portWrites = new ArrayList<>();
    private static final List<String> callOps = new ArrayList<>();
    private static final List<Long> callArgs = new ArrayList<>();
    private static final Map<Integer, Long> msrs = new HashMap<>();
    private static final Map<String, Long> symbols = new HashMap<>();
    private static final Map<Long, int[]> cpuidAnswers = new HashMap<>();
    /** Object references in the per-CPU area (Cpu.writeGsObject), by address. */
    private static final Map<Long, Object> gsObjects = new HashMap<>();
    private static final long[] crs = new long[5];
    private static boolean interruptFlag;
    private static long tsc;
    private static long tscStep;
    private static long hltCount;
    private static long hltLimit;
    private static Runnable onHlt;
    private static Runnable onSwitch;
    private static boolean stopped;

    /** Forgets everything: memory, devices, logs, registers, symbols, hooks. */
    public static void reset() {
        SimCode.reset();
        SimMmu.reset();
        pages.clear();
        devices.clear();
        portWrites.clear();
        callOps.clear();
        callArgs.clear();
        msrs.clear();
        symbols.clear();
        // uaccess.S's exception table: empty on the host (SimMmu stands for the copies).
        symbols.put("exo_uaccess_table", 0L);
        symbols.put("exo_uaccess_table_end", 0L);
        cpuidAnswers.clear();
        gsObjects.clear();
        java.util.Arrays.fill(crs, 0);
        interruptFlag = false;
        tsc = 0;
        tscStep = 1;
        hltCount = 0;
        hltLimit = 1_000_000;
        onHlt = null;
        onSwitch = null;
        stopped = false;
    }

    static {
        reset();
    }

    // ---- memory -------------------------------------------------------------------------

    static Object gsObject(long addr) {
        return gsObjects.get(addr);
    }

    static void setGsObject(long addr, Object value) {
        gsObjects.put(addr, value);
    }

    static long read(long addr, int size) {
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (readByte(addr + i) & 0xFF);
        }
        return value;
    }

    static void write(long addr, int size, long value) {
        for (int i = 0; i < size; i++) {
            writeByte(addr + i, (byte) (value >>> (8 * i)));
        }
    }

    private static byte readByte(long addr) {
        checkCanonical(addr);
        byte[] page = pages.get(addr >>> 12);
        return page == null ? 0 : page[(int) (addr & 0xFFF)];
    }

    private static void writeByte(long addr, byte b) {
        checkCanonical(addr);
        pages.computeIfAbsent(addr >>> 12, k -> new byte[4096])[(int) (addr & 0xFFF)] = b;
    }

    private static void checkCanonical(long addr) {
        if ((addr >> 47) != 0 && (addr >> 47) != -1) {
            throw new Fault(13, String.format("#GP: non-canonical address 0x%016x", addr));
        }
    }

    /** Number of 4 KiB pages ever written (tests use it to check sparse behaviour). */
    public static int pagesTouched() {
        return pages.size();
    }

    // ---- ports --------------------------------------------------------------------------

    /** Attaches a device to ports [firstPort, firstPort + count). */
    public static void attach(int firstPort, int count, PortDevice device) {
        for (int p = firstPort; p < firstPort + count; p++) {
            devices.put(p, device);
        }
    }

    static int portIn(int port, int width) {
        PortDevice d = devices.get(port & 0xFFFF);
        int mask = width == 4 ? -1 : (1 << (8 * width)) - 1;
        // An unattached port reads as a floating bus: all ones.
        return d == null ? mask : d.in(port & 0xFFFF, width) & mask;
    }

    static void portOut(int port, int width, int value) {
        if (stopped) {
            return; // the machine is off: Halted unwinding through catch-all handlers changes nothing
        }
        int mask = width == 4 ? -1 : (1 << (8 * width)) - 1;
        portWrites.add(new PortWrite(port & 0xFFFF, width, value & mask));
        PortDevice d = devices.get(port & 0xFFFF);
        if (d != null) {
            d.out(port & 0xFFFF, width, value & mask);
        }
    }

    /** Every out since the last reset or clearPortWrites, oldest first. */
    public static List<PortWrite> portWrites() {
        return new ArrayList<>(portWrites);
    }

    /** The values written to one port, oldest first. */
    public static List<Integer> portWrites(int port) {
        List<Integer> out = new ArrayList<>();
        for (PortWrite w : portWrites) {
            if (w.port == port) {
                out.add(w.value);
            }
        }
        return out;
    }

    public static void clearPortWrites() {
        portWrites.clear();
    }

    // ---- CPU state ----------------------------------------------------------------------

    static void setInterruptFlag(boolean on) {
        interruptFlag = on;
    }

    static boolean interruptFlag() {
        return interruptFlag;
    }

    public static boolean interruptsEnabled() {
        return interruptFlag;
    }

    /** Runs at every hlt, e.g. to deliver a simulated interrupt by calling the dispatcher. */
    public static void onHlt(Runnable hook) {
        onHlt = hook;
    }

    /**
     * Runs hook at every context switch (Cpu.switchStacks): what the other threads do while the
     * switching one is suspended, since on the host the switch returns at once.
     */
    public static void onSwitch(Runnable hook) {
        onSwitch = hook;
    }

    static void switched() {
        if (onSwitch != null) {
            onSwitch.run();
        }
    }

    /** Stops the simulated machine for good (as a final hlt would): throws Halted. */
    public static void powerOff(String why) {
        stopped = true;
        throw new Halted(why);
    }

    /** How many hlt instructions may run before the test is declared stuck. */
    public static void hltLimit(long limit) {
        hltLimit = limit;
    }

    /** True once the simulated CPU stopped for good; port writes are ignored from then on. */
    public static boolean stopped() {
        return stopped;
    }

    public static long hltCount() {
        return hltCount;
    }

    static void hlt() {
        hltCount++;
        if (!interruptFlag || stopped) {
            stopped = true;
            throw new Halted("hlt with interrupts disabled: the CPU stops here");
        }
        if (hltCount > hltLimit) {
            stopped = true;
            throw new Halted("more than " + hltLimit + " hlt instructions: the test is stuck");
        }
        if (onHlt != null) {
            onHlt.run();
        }
    }

    static void pause() {
        tsc += 10;
    }

    /** The TSC advances by step on every rdtsc (default 1). */
    public static void tscStep(long step) {
        tscStep = step;
    }

    public static void advanceTsc(long cycles) {
        tsc += cycles;
    }

    public static long tsc() {
        return tsc;
    }

    static long rdtsc() {
        long now = tsc;
        tsc += tscStep;
        return now;
    }

    public static void setCpuid(int leaf, int subleaf, int eax, int ebx, int ecx, int edx) {
        cpuidAnswers.put(((long) leaf << 32) | (subleaf & 0xFFFFFFFFL), new int[] {eax, ebx, ecx, edx});
    }

    static int cpuid(int leaf, int subleaf, int reg) {
        int[] regs = cpuidAnswers.get(((long) leaf << 32) | (subleaf & 0xFFFFFFFFL));
        return regs == null ? 0 : regs[reg];
    }

    public static void setCr(int n, long value) {
        crs[n] = value;
    }

    static long readCr(int n) {
        return crs[n];
    }

    static void writeCr(int n, long value) {
        crs[n] = value;
        record("writeCr" + n, value);
    }

    static long rdmsr(int msr) {
        Long v = msrs.get(msr);
        return v == null ? 0 : v;
    }

    static void wrmsr(int msr, long value) {
        msrs.put(msr, value);
    }

    public static long msr(int msr) {
        return rdmsr(msr);
    }

    // ---- symbols and the instruction log --------------------------------------------------

    public static void defineSymbol(String name, long address) {
        symbols.put(name, address);
    }

    static long symbol(String name) {
        Long v = symbols.get(name);
        if (v == null) {
            throw new IllegalStateException("Sim: linker symbol " + name + " not defined by the test");
        }
        return v;
    }

    static void record(String op, long arg) {
        callOps.add(op);
        callArgs.add(arg);
    }

    /** Arguments of every recorded call of op ("lgdt", "lidt", "ltr", "invlpg", ...). */
    public static List<Long> calls(String op) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < callOps.size(); i++) {
            if (callOps.get(i).equals(op)) {
                out.add(callArgs.get(i));
            }
        }
        return out;
    }
}
