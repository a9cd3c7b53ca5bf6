/*
 * A collection that holds elements before processing. add/remove/element throw when they
 * cannot act; offer/poll/peek return false or null instead. Implemented by ArrayDeque,
 * LinkedList and PriorityQueue.
 */
package java.util;

public interface Queue<E> extends Collection<E> {
    boolean add(E e);

    boolean offer(E e);

    E remove();

    E poll();

    E element();

    E peek();
}
