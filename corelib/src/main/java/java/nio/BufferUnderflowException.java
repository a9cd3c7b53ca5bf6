/* Thrown by a buffer operation: see java.nio.Buffer. */
package java.nio;

public class BufferUnderflowException extends RuntimeException {
    public BufferUnderflowException() {}
}
