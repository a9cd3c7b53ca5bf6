/**
 * Device drivers of the PC platform used from boot: the COM1 16550 UART, VGA text mode, the
 * PS/2 keyboard with its layouts, and the interrupt-safe RingBuffer they share. Drivers talk to
 * hardware only through exo.hw and register their IRQ handler with exo.kernel.irq.Irqs; the
 * console policy (what goes where, log levels) is in exo.kernel.console.
 */
package exo.kernel.dev;
