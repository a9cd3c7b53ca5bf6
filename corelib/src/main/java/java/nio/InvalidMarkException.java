/* Thrown by a buffer operation: see java.nio.Buffer. */
package java.nio;

public class InvalidMarkException extends IllegalStateException {
    public InvalidMarkException() {}
}
