/*
 * A set kept in the order of its elements' natural ordering or of a comparator, with range
 * views. Implemented by TreeSet (through NavigableSet).
 */
package java.util;

public interface SortedSet<E> extends Set<E> {
    Comparator<? super E> comparator();

    SortedSet<E> subSet(E fromElement, E toElement);

    SortedSet<E> headSet(E toElement);

    SortedSet<E> tailSet(E fromElement);

    E first();

    E last();
}
