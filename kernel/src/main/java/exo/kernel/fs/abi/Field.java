/*
 * One field of a C structure layout: its C name, byte offset and size. Each layout class lists
 * its fields once (the constants its encoder uses), and the test compiles a C program with the
 * system's headers to check every offset and size against offsetof/sizeof.
 */
package exo.kernel.fs.abi;

public final class Field {
    public final String name;
    public final int offset;
    public final int size;

    public Field(String name, int offset, int size) {
        this.name = name;
        this.offset = offset;
        this.size = size;
    }
}
