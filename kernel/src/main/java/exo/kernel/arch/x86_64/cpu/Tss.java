/*
 * The 64-bit task-state segment layout (Intel SDM vol. 3A, 7.7, figure 7-11), written once: in
 * long mode the TSS only holds stack pointers, rsp0-2 for privilege changes and IST1-7 for
 * interrupts that must run on a known-good stack (double fault, NMI). Offsets are not 8-byte
 * aligned (rsp0 is at 4), which is why fields are written with Memory at these exact offsets.
 * Gdt creates the one TSS of the CPU.
 */
package exo.kernel.arch.x86_64.cpu;

import exo.hw.Memory;

public final class Tss {
    private Tss() {}

    public static final int RSP0 = 4;
    public static final int RSP1 = 12;
    public static final int RSP2 = 20;
    public static final int IST1 = 36;
    public static final int IO_MAP_BASE = 102;
    public static final int SIZE = 104;

    /** Zeroes a TSS and points its I/O permission map past the end (no port is allowed). */
    public static void init(long tss) {
        for (int i = 0; i < SIZE; i++) {
            Memory.write8(tss + i, (byte) 0);
        }
        Memory.write16(tss + IO_MAP_BASE, (short) SIZE);
    }

    public static void setRsp0(long tss, long stackTop) {
        Memory.write64(tss + RSP0, stackTop);
    }

    /** Sets IST n (1-7). */
    public static void setIst(long tss, int n, long stackTop) {
        Memory.write64(tss + IST1 + 8L * (n - 1), stackTop);
    }

    public static long ist(long tss, int n) {
        return Memory.read64(tss + IST1 + 8L * (n - 1));
    }

    public static long rsp0(long tss) {
        return Memory.read64(tss + RSP0);
    }
}
