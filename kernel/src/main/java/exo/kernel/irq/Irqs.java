/*
 * The sixteen legacy IRQ lines (vectors 32-47 after the PIC remap): drivers register a handler
 * for their line, which unmasks it at the PIC. handle() first filters spurious IRQ 7/15 (no
 * handler, no EOI), then runs the handler and sends the EOI. The EOI goes after the handler;
 * that is safe because interrupt gates keep IF clear until iretq, so the same line cannot
 * re-enter. A thread switch caused by the interrupt happens after this returns (Traps.dispatch
 * calls the scheduler after the EOI), so the next thread keeps receiving interrupts.
 * Called by Traps.dispatch.
 */
package exo.kernel.irq;

import exo.kernel.arch.x86_64.pc.Pic8259;
import exo.rt.AllocOk;
import exo.rt.IrqContext;

@AllocOk("initialised at boot when the first driver registers its handler, before interrupts are on")
public final class Irqs {
    private Irqs() {}

    public static final int LINES = 16;

    private static final IrqHandler[] handlers = new IrqHandler[LINES];
    private static final long[] counts = new long[LINES];
    private static long unhandled;

    public static void register(int irq, IrqHandler handler) {
        handlers[irq] = handler;
        Pic8259.unmask(irq);
    }

    public static void unregister(int irq) {
        handlers[irq] = null;
        Pic8259.mask(irq);
    }

    /** The handler registered for a line, or null. */
    public static IrqHandler handler(int irq) {
        return handlers[irq];
    }

    /** Handles one IRQ: spurious check, handler, EOI. */
    @IrqContext
    public static void handle(int irq, long frame) {
        if (Pic8259.isSpurious(irq)) {
            return;
        }
        counts[irq]++;
        IrqHandler h = handlers[irq];
        if (h != null) {
            h.handleIrq(irq, frame);
        } else {
            unhandled++;
        }
        Pic8259.eoi(irq);
    }

    /** How many non-spurious interrupts a line delivered. */
    public static long count(int irq) {
        return counts[irq];
    }

    public static long unhandledCount() {
        return unhandled;
    }

    /** Forgets every handler and count (tests). */
    public static void reset() {
        for (int i = 0; i < LINES; i++) {
            handlers[i] = null;
            counts[i] = 0;
        }
        unhandled = 0;
    }
}
