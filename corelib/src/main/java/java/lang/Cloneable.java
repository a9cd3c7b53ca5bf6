/* Marker: Object.clone() copies instances of classes that implement it (docs/RUNTIME.md). */
package java.lang;

public interface Cloneable {
}
