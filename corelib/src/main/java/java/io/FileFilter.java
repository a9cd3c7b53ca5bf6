/* Chooses directory entries by File (File.listFiles). */
package java.io;

@FunctionalInterface
public interface FileFilter {
    boolean accept(File pathname);
}
