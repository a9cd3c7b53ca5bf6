/**
 * Hardware intrinsics: the only door from kernel Java to the machine. exoc replaces each
 * method with inline assembly; the Java bodies simulate the hardware so kernel logic runs
 * under JUnit on the host JVM.
 */
package exo.hw;
