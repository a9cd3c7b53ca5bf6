/*
 * The iterator protocol behind every for-each loop over a collection. remove() is optional:
 * the default throws UnsupportedOperationException("remove") as the JDK's does.
 */
package java.util;

import java.util.function.Consumer;

public interface Iterator<E> {
    boolean hasNext();

    E next();

    default void remove() {
        throw new UnsupportedOperationException("remove");
    }

    default void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        while (hasNext()) {
            action.accept(next());
        }
    }
}
