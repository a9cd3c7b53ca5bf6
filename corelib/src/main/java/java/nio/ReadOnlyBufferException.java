/* Thrown by a buffer operation: see java.nio.Buffer. */
package java.nio;

public class ReadOnlyBufferException extends UnsupportedOperationException {
    public ReadOnlyBufferException() {}
}
