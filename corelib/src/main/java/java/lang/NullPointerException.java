/*
 * Thrown on a null dereference. The runtime raises it for null receivers and array accesses;
 * library code throws it with the JDK's messages where the JDK has explicit ones.
 */
package java.lang;

public class NullPointerException extends RuntimeException {
    public NullPointerException() {
        super();
    }

    public NullPointerException(String message) {
        super(message);
    }
}
