/*
 * Thrown by Future.get when the task threw: the task's exception is the cause.
 */
package java.util.concurrent;

public class ExecutionException extends Exception {
    public ExecutionException() {
        super();
    }

    public ExecutionException(String message) {
        super(message);
    }

    public ExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExecutionException(Throwable cause) {
        super(cause);
    }
}
