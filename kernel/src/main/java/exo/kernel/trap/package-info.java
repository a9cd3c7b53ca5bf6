/**
 * Interrupts and exceptions: Traps.dispatch (exported as exo_trap_dispatch) receives every
 * vector from the assembly stubs; CPU exceptions become a Panic report, IRQs go to the handlers
 * drivers registered with Irqs; Timer keeps the global tick count. Execution context: all of
 * this runs with interrupts disabled.
 */
package exo.kernel.trap;
