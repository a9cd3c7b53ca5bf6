/* A source of chars that can fill a CharBuffer (Reader; Scanner reads through it). */
package java.lang;

public interface Readable {
    int read(java.nio.CharBuffer cb) throws java.io.IOException;
}
