/* Thrown by a buffer operation: see java.nio.Buffer. */
package java.nio;

public class BufferOverflowException extends RuntimeException {
    public BufferOverflowException() {}
}
