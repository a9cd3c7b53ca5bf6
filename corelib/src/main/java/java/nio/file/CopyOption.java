/* An option of Files.copy/move (StandardCopyOption, LinkOption). */
package java.nio.file;

public interface CopyOption {
}
