/*
 * java.util.function.IntFunction: a function of one int argument.
 * Used by lambdas and method references in programs and throughout java.util;
 * the default and static methods behave as the JDK's.
 */
package java.util.function;

@FunctionalInterface
public interface IntFunction<R> {
    R apply(int value);
}
