/*
 * Spliterators from iterators and collections, and iterators back from spliterators: the
 * bridge between Iterable/Collection and StreamSupport. None of them split.
 */
package java.util;

import java.util.function.Consumer;

public final class Spliterators {
    private Spliterators() {}

    public static <T> Spliterator<T> spliterator(Collection<? extends T> c, int characteristics) {
        return new IteratorSpliterator<T>(c.iterator(), c.size(), characteristics | Spliterator.SIZED);
    }

    public static <T> Spliterator<T> spliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        return new IteratorSpliterator<>(iterator, size, characteristics | Spliterator.SIZED);
    }

    public static <T> Spliterator<T> spliteratorUnknownSize(Iterator<? extends T> iterator, int characteristics) {
        return new IteratorSpliterator<>(iterator, Long.MAX_VALUE, characteristics & ~Spliterator.SIZED);
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int characteristics) {
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(array);
        return spliterator(list, characteristics);
    }

    public static <T> Spliterator<T> emptySpliterator() {
        return new IteratorSpliterator<>(Collections.emptyIterator(), 0, Spliterator.SIZED);
    }

    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        Objects.requireNonNull(spliterator);
        if (spliterator instanceof IteratorSpliterator) {
            @SuppressWarnings("unchecked")
            Iterator<T> it = (Iterator<T>) ((IteratorSpliterator<?>) spliterator).it;
            return it;
        }
        return new Iterator<T>() {
            boolean ready;
            T next;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    ready = spliterator.tryAdvance(t -> next = t);
                }
                return ready;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return next;
            }
        };
    }

    static final class IteratorSpliterator<T> implements Spliterator<T> {
        final Iterator<? extends T> it;
        private long size;
        private final int characteristics;

        IteratorSpliterator(Iterator<? extends T> it, long size, int characteristics) {
            this.it = it;
            this.size = size;
            this.characteristics = characteristics;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (!it.hasNext()) {
                return false;
            }
            action.accept(it.next());
            return true;
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            it.forEachRemaining(action);
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return size;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }
    }
}
