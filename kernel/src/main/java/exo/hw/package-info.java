/**
 * Hardware intrinsics: the only door from kernel Java to the machine. Cpu (privileged
 * instructions), Port (in/out), Memory (raw virtual memory), CodeMap (code addresses to Java
 * methods and lines, for panic reports) and Export (C symbol of an entry point). exoc replaces each call with inline assembly; the Java bodies delegate to Sim, a
 * simulated machine, so the kernel logic runs unchanged under JUnit on the host JVM. Sim is
 * never compiled into the kernel.
 */
package exo.hw;
