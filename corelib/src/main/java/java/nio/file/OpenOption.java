/* An option of Files.newInputStream/newOutputStream/write (StandardOpenOption, LinkOption). */
package java.nio.file;

public interface OpenOption {
}
