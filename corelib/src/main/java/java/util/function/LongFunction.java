/*
 * java.util.function.LongFunction: a function of one long argument.
 * Used by lambdas and method references in programs and throughout java.util;
 * the default and static methods behave as the JDK's.
 */
package java.util.function;

@FunctionalInterface
public interface LongFunction<R> {
    R apply(long value);
}
