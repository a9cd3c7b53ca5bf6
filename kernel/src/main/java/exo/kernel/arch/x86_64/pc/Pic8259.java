/*
 * Driver for the two cascaded 8259A interrupt controllers (Intel 8259A datasheet; master at
 * 0x20/0x21, slave at 0xA0/0xA1 on IRQ2). remap moves IRQ 0-15 to vectors 32-47, away from the
 * CPU exceptions that the BIOS setup (IRQ0 at vector 8) would collide with, and masks every
 * line except the cascade; drivers unmask their line when they register. Spurious interrupts:
 * a line raised and withdrawn before the CPU acknowledged it arrives as IRQ 7 (or 15 on the
 * slave) with its in-service bit clear; such an IRQ gets no handler and no EOI, except that a
 * spurious IRQ 15 still needs an EOI on the master, which did see a real IRQ2. Masks are kept
 * here rather than read back, so each change is one port write. Used by trap.Irqs.
 */
package exo.kernel.arch.x86_64.pc;

import exo.hw.Port;

public final class Pic8259 {
    private Pic8259() {}

    public static final int MASTER_CMD = 0x20;
    public static final int MASTER_DATA = 0x21;
    public static final int SLAVE_CMD = 0xA0;
    public static final int SLAVE_DATA = 0xA1;
    public static final int VECTOR_BASE = 32;
    public static final int CASCADE_IRQ = 2;

    private static final int ICW1_INIT_WITH_ICW4 = 0x11;
    private static final int ICW4_8086 = 0x01;
    private static final int CMD_EOI = 0x20;
    private static final int OCW3_READ_ISR = 0x0B;

    private static int masterMask = 0xFF;
    private static int slaveMask = 0xFF;
    private static long spuriousCount;

    /** Initialises both PICs with vectors masterBase.. and slaveBase..; masks all but IRQ2. */
    public static void remap(int masterBase, int slaveBase) {
        out(MASTER_CMD, ICW1_INIT_WITH_ICW4);
        out(SLAVE_CMD, ICW1_INIT_WITH_ICW4);
        out(MASTER_DATA, masterBase);          // ICW2: vector offset
        out(SLAVE_DATA, slaveBase);
        out(MASTER_DATA, 1 << CASCADE_IRQ);    // ICW3: master has a slave on IRQ2
        out(SLAVE_DATA, CASCADE_IRQ);          // ICW3: slave's cascade identity
        out(MASTER_DATA, ICW4_8086);
        out(SLAVE_DATA, ICW4_8086);
        masterMask = 0xFF & ~(1 << CASCADE_IRQ);
        slaveMask = 0xFF;
        Port.outb(MASTER_DATA, masterMask);
        Port.outb(SLAVE_DATA, slaveMask);
    }

    /** The standard remap to vectors 32-47. */
    public static void remap() {
        remap(VECTOR_BASE, VECTOR_BASE + 8);
    }

    /** Writes a command, then waits: old 8259s need a few microseconds between ICWs. */
    private static void out(int port, int value) {
        Port.outb(port, value);
        Port.outb(0x80, 0); // POST diagnostic port: an I/O write that takes about 1 us
    }

    public static void mask(int irq) {
        if (irq < 8) {
            masterMask |= 1 << irq;
            Port.outb(MASTER_DATA, masterMask);
        } else {
            slaveMask |= 1 << (irq - 8);
            Port.outb(SLAVE_DATA, slaveMask);
        }
    }

    public static void unmask(int irq) {
        if (irq < 8) {
            masterMask &= ~(1 << irq);
            Port.outb(MASTER_DATA, masterMask);
        } else {
            slaveMask &= ~(1 << (irq - 8));
            Port.outb(SLAVE_DATA, slaveMask);
        }
    }

    public static boolean isMasked(int irq) {
        return irq < 8 ? (masterMask & (1 << irq)) != 0 : (slaveMask & (1 << (irq - 8))) != 0;
    }

    /** End of interrupt: the slave first when it raised the IRQ, then the master. */
    public static void eoi(int irq) {
        if (irq >= 8) {
            Port.outb(SLAVE_CMD, CMD_EOI);
        }
        Port.outb(MASTER_CMD, CMD_EOI);
    }

    /**
     * True when IRQ 7 or 15 is spurious (its in-service bit is clear). For a spurious IRQ 15
     * this also sends the master its EOI. Other IRQs are never spurious.
     */
    public static boolean isSpurious(int irq) {
        if (irq != 7 && irq != 15) {
            return false;
        }
        int cmd = irq == 7 ? MASTER_CMD : SLAVE_CMD;
        Port.outb(cmd, OCW3_READ_ISR);
        boolean inService = (Port.inb(cmd) & 0x80) != 0;
        if (inService) {
            return false;
        }
        if (irq == 15) {
            Port.outb(MASTER_CMD, CMD_EOI);
        }
        spuriousCount++;
        return true;
    }

    public static long spuriousCount() {
        return spuriousCount;
    }
}
