/* An attribute to set when creating a file (Files.createFile...); none are supported here. */
package java.nio.file.attribute;

public interface FileAttribute<T> {
    String name();

    T value();
}
