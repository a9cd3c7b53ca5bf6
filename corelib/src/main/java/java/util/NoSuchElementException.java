/*
 * Thrown when asking an iterator past its end, or for the first/last element of an empty
 * collection (Deque.getFirst, TreeMap.firstKey, Optional.get, ...).
 */
package java.util;

public class NoSuchElementException extends RuntimeException {
    public NoSuchElementException() {
    }

    public NoSuchElementException(String s) {
        super(s);
    }

    public NoSuchElementException(String s, Throwable cause) {
        super(s, cause);
    }

    public NoSuchElementException(Throwable cause) {
        super(cause);
    }
}
