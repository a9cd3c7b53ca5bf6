/*
 * A task that returns a result and may throw (executors, FutureTask).
 */
package java.util.concurrent;

@FunctionalInterface
public interface Callable<V> {
    V call() throws Exception;
}
