/*
 * A growable buffer of elements: Stream.builder() and the collect-then-stream barriers
 * (mapMulti). Named after the JDK's internal class; here it is a plain array list.
 */
package java.util.stream;

import java.util.ArrayList;

final class SpinedBuffer<T> implements Stream.Builder<T> {
    private final ArrayList<T> elements = new ArrayList<>();
    private boolean built;

    @Override
    public void accept(T t) {
        if (built) {
            throw new IllegalStateException();
        }
        elements.add(t);
    }

    @Override
    public Stream<T> build() {
        if (built) {
            throw new IllegalStateException();
        }
        built = true;
        return stream();
    }

    Stream<T> stream() {
        return new ReferencePipeline<>(elements.iterator());
    }
}
