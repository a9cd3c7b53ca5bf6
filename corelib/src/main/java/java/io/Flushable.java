/* A destination whose buffered output can be pushed out with flush(). */
package java.io;

public interface Flushable {
    void flush() throws IOException;
}
