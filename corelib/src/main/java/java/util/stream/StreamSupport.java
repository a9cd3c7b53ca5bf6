/*
 * Streams from spliterators (the idiom StreamSupport.stream(iterable.spliterator(), false)).
 */
package java.util.stream;

import java.util.Objects;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;

public final class StreamSupport {
    private StreamSupport() {}

    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        Stream<T> s = new ReferencePipeline<>(Spliterators.iterator(spliterator));
        return parallel ? s.parallel() : s;
    }

    public static <T> Stream<T> stream(Supplier<? extends Spliterator<T>> supplier, int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return stream(supplier.get(), parallel);
    }

    public static IntStream intStream(Spliterator.OfInt spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        IntStream s = new IntPipeline(new PrimitiveIterator.OfInt() {
            private boolean ready;
            private int next;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    ready = spliterator.tryAdvance((int v) -> next = v);
                }
                return ready;
            }

            @Override
            public int nextInt() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ready = false;
                return next;
            }
        });
        return parallel ? s.parallel() : s;
    }
}
