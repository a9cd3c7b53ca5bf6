/*
 * java.util.function.ObjIntConsumer: an operation on an object and an int.
 * Used by lambdas and method references in programs and throughout java.util;
 * the default and static methods behave as the JDK's.
 */
package java.util.function;

@FunctionalInterface
public interface ObjIntConsumer<T> {
    void accept(T t, int value);
}
