/**
 * In-kernel test suites, run after a full boot when the command line says test=NAME, and ended
 * through isa-debug-exit with PASS or FAIL (see KernelTests). They check what host tests cannot:
 * the real memory map, the real MMU, real interrupts and the compiled runtime's collector.
 */
package exo.kernel.test;
