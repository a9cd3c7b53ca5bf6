/*
 * A Future that is also the Runnable computing it (FutureTask).
 */
package java.util.concurrent;

public interface RunnableFuture<V> extends Runnable, Future<V> {
    void run();
}
