/*
 * A bidirectional iterator over a List that can also replace and insert elements at the
 * cursor. Implemented by ArrayList, LinkedList and AbstractList's generic iterator.
 */
package java.util;

public interface ListIterator<E> extends Iterator<E> {
    boolean hasNext();

    E next();

    boolean hasPrevious();

    E previous();

    int nextIndex();

    int previousIndex();

    void remove();

    void set(E e);

    void add(E e);
}
