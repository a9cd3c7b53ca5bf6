/*
 * Thrown by fail-fast iterators (ArrayList, HashMap, TreeMap, ...) when the collection they
 * walk was structurally modified behind their back, and by the Map default methods when an
 * entry disappears during iteration.
 */
package java.util;

public class ConcurrentModificationException extends RuntimeException {
    public ConcurrentModificationException() {
    }

    public ConcurrentModificationException(String message) {
        super(message);
    }

    public ConcurrentModificationException(Throwable cause) {
        super(cause);
    }

    public ConcurrentModificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
