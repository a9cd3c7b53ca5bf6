/*
 * Thrown when a blocking operation times out (Future.get with a timeout, CyclicBarrier).
 */
package java.util.concurrent;

public class TimeoutException extends Exception {
    public TimeoutException() {
        super();
    }

    public TimeoutException(String message) {
        super(message);
    }
}
