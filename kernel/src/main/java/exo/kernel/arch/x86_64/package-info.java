/**
 * The x86_64-specific half of the kernel: descriptor formats and tables (Descriptors, Gdt, Tss,
 * Idt), the trap frame layout shared with the assembly stubs (TrapFrame), and the legacy PC
 * devices every x86 machine has (8259 PIC, 8254 PIT, TSC calibration, CMOS RTC). Generic code
 * (trap, console, Boot) uses these through small static entry points; nothing here knows about
 * drivers or policy.
 */
package exo.kernel.arch.x86_64;
