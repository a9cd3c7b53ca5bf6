/* Chooses directory entries by name (File.list, File.listFiles). */
package java.io;

@FunctionalInterface
public interface FilenameFilter {
    boolean accept(File dir, String name);
}
