/*
 * java.util.function.LongSupplier: a supplier of long results.
 * Used by lambdas and method references in programs and throughout java.util;
 * the default and static methods behave as the JDK's.
 */
package java.util.function;

@FunctionalInterface
public interface LongSupplier {
    long getAsLong();
}
