/* A resource that try-with-resources closes. */
package java.lang;

public interface AutoCloseable {
    void close() throws Exception;
}
