/* A closeable I/O resource; close() narrows AutoCloseable's exception to IOException. */
package java.io;

public interface Closeable extends AutoCloseable {
    void close() throws IOException;
}
