/* Marker kept for API compatibility: there is no serialization in the core library. */
package java.io;

public interface Serializable {
}
