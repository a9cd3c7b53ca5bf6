/* The uninstantiable placeholder for the void type (Void.TYPE is void.class). */
package java.lang;

public final class Void {
    public static final Class<Void> TYPE = void.class;

    private Void() {}
}
