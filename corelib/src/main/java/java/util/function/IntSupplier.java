/*
 * java.util.function.IntSupplier: a supplier of int results.
 * Used by lambdas and method references in programs and throughout java.util;
 * the default and static methods behave as the JDK's.
 */
package java.util.function;

@FunctionalInterface
public interface IntSupplier {
    int getAsInt();
}
