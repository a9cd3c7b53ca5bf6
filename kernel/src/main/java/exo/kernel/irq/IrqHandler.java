/*
 * A driver's interrupt handler, registered with Irqs for one PIC line. It runs with interrupts
 * disabled, on the interrupted code's stack, before the EOI: it must be short, must not block
 * and should not allocate (read the device, push to a ring buffer, count). `frame` is the trap
 * frame (TrapFrame offsets), for handlers that need the interrupted context.
 */
package exo.kernel.irq;

import exo.rt.IrqContext;

public interface IrqHandler {
    @IrqContext
    void handleIrq(int irq, long frame);
}
