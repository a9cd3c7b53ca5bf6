/*
 * Marker for lists with constant-time get(int) (ArrayList, Vector, List.of, Arrays.asList).
 * Collections' algorithms test it to choose between indexed access and iterators.
 */
package java.util;

public interface RandomAccess {
}
