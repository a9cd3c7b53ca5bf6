/**
 * The Exo-OS kernel. Boot (exo_kernel_main) brings the machine up; Platform is the runtime's
 * window on it (console output, exit, clocks); Kernel holds the long-lived subsystem objects;
 * Fmt formats numbers without String.format. Subsystems: boot (multiboot2, command line), mm
 * (frames, buddy, page tables), arch.x86_64 (descriptor tables, PIC, PIT, TSC, RTC), trap
 * (dispatch, IRQs, panic), dev and console (drivers, log), time, and test (in-kernel suites run
 * by test= in QEMU). All of it is compiled by exoc to C; it uses java.lang, java.util
 * collections and exo.hw only.
 */
package exo.kernel;
