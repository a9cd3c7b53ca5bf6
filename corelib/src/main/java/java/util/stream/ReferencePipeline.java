/*
 * The Stream implementation: each stage wraps the iterator of the stage before it, and the
 * terminal operation pulls. Elements therefore flow one at a time through the whole chain as
 * in the JDK (peek and map side effects interleave the same way); sorted() is a barrier;
 * limit and the matching operations stop pulling early. Runs sequentially even when asked
 * to be parallel.
 */
package java.util.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

final class ReferencePipeline<T> implements Stream<T> {
    private Iterator<T> source;       // null once this stage has been used
    final PipelineState state;

    ReferencePipeline(Iterator<T> source) {
        this(source, new PipelineState());
    }

    ReferencePipeline(Iterator<T> source, PipelineState state) {
        this.source = source;
        this.state = state;
    }

    /** This stage's iterator; a stage can be used once. */
    Iterator<T> take() {
        Iterator<T> it = source;
        if (it == null) {
            throw PipelineState.used();
        }
        source = null;
        return it;
    }

    private <R> Stream<R> then(Iterator<R> it) {
        return new ReferencePipeline<>(it, state);
    }

    static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        Iterator<? extends T> ia = a.iterator(), ib = b.iterator();
        ReferencePipeline<T> out = new ReferencePipeline<>(new Iterator<T>() {
            @Override
            public boolean hasNext() {
                return ia.hasNext() || ib.hasNext();
            }

            @Override
            public T next() {
                return ia.hasNext() ? ia.next() : ib.next();
            }
        });
        out.state.parallel = a.isParallel() || b.isParallel();
        out.state.onClose(() -> {
            try {
                a.close();
            } finally {
                b.close();
            }
        });
        return out;
    }

    // ---- intermediate operations --------------------------------------------------------

    @Override
    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> it = take();
        return then(new Lookahead<T>() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    T e = it.next();
                    if (predicate.test(e)) {
                        return found(e);
                    }
                }
                return false;
            }
        });
    }

    @Override
    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> it = take();
        return then(new Iterator<R>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public R next() {
                return mapper.apply(it.next());
            }
        });
    }

    @Override
    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> it = take();
        return new IntPipeline(new java.util.PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                return mapper.applyAsInt(it.next());
            }
        }, state);
    }

    @Override
    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> it = take();
        return new LongPipeline(new java.util.PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                return mapper.applyAsLong(it.next());
            }
        }, state);
    }

    @Override
    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> it = take();
        return new DoublePipeline(new java.util.PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                return mapper.applyAsDouble(it.next());
            }
        }, state);
    }

    @Override
    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        Iterator<T> it = take();
        return then(new Lookahead<R>() {
            private Stream<? extends R> inner;
            private Iterator<? extends R> innerIt;

            @Override
            boolean advance() {
                while (true) {
                    if (innerIt != null && innerIt.hasNext()) {
                        return found(innerIt.next());
                    }
                    if (inner != null) {
                        inner.close();
                        inner = null;
                        innerIt = null;
                    }
                    if (!it.hasNext()) {
                        return false;
                    }
                    inner = mapper.apply(it.next());
                    if (inner != null) {
                        innerIt = inner.sequential().iterator();
                    }
                }
            }
        });
    }

    @Override
    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        return flatMap(t -> {
            IntStream s = mapper.apply(t);
            return s == null ? null : s.boxed();
        }).mapToInt(Integer::intValue);
    }

    @Override
    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        return flatMap(t -> {
            LongStream s = mapper.apply(t);
            return s == null ? null : s.boxed();
        }).mapToLong(Long::longValue);
    }

    @Override
    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        return flatMap(t -> {
            DoubleStream s = mapper.apply(t);
            return s == null ? null : s.boxed();
        }).mapToDouble(Double::doubleValue);
    }

    @Override
    public Stream<T> distinct() {
        Iterator<T> it = take();
        HashSet<T> seen = new HashSet<>();
        return then(new Lookahead<T>() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    T e = it.next();
                    if (seen.add(e)) {
                        return found(e);
                    }
                }
                return false;
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public Stream<T> sorted() {
        return sorted((Comparator<? super T>) Comparator.naturalOrder());
    }

    @Override
    public Stream<T> sorted(Comparator<? super T> comparator) {
        Iterator<T> it = take();
        return then(new Lookahead<T>() {
            private Iterator<T> sortedIt;

            @Override
            boolean advance() {
                if (sortedIt == null) {
                    ArrayList<T> all = new ArrayList<>();
                    it.forEachRemaining(all::add);
                    all.sort(comparator);
                    sortedIt = all.iterator();
                }
                return sortedIt.hasNext() && found(sortedIt.next());
            }
        });
    }

    @Override
    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> it = take();
        return then(new Iterator<T>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public T next() {
                T e = it.next();
                action.accept(e);
                return e;
            }
        });
    }

    @Override
    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        Iterator<T> it = take();
        return then(new Iterator<T>() {
            private long left = maxSize;

            @Override
            public boolean hasNext() {
                return left > 0 && it.hasNext();
            }

            @Override
            public T next() {
                if (left <= 0) {
                    throw new java.util.NoSuchElementException();
                }
                left--;
                return it.next();
            }
        });
    }

    @Override
    public Stream<T> skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        Iterator<T> it = take();
        return then(new Lookahead<T>() {
            private long toSkip = n;

            @Override
            boolean advance() {
                while (toSkip > 0 && it.hasNext()) {
                    it.next();
                    toSkip--;
                }
                return it.hasNext() && found(it.next());
            }
        });
    }

    Stream<T> takeWhileImpl(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> it = take();
        return then(new Lookahead<T>() {
            private boolean stopped;

            @Override
            boolean advance() {
                if (stopped || !it.hasNext()) {
                    return false;
                }
                T e = it.next();
                if (predicate.test(e)) {
                    return found(e);
                }
                stopped = true;
                return false;
            }
        });
    }

    Stream<T> dropWhileImpl(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Iterator<T> it = take();
        return then(new Lookahead<T>() {
            private boolean dropping = true;

            @Override
            boolean advance() {
                while (it.hasNext()) {
                    T e = it.next();
                    if (!dropping || !predicate.test(e)) {
                        dropping = false;
                        return found(e);
                    }
                }
                return false;
            }
        });
    }

    // ---- terminal operations ----------------------------------------------------------

    @Override
    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> it = take();
        while (it.hasNext()) {
            action.accept(it.next());
        }
    }

    @Override
    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    @Override
    public Object[] toArray() {
        ArrayList<T> all = new ArrayList<>();
        take().forEachRemaining(all::add);
        return all.toArray();
    }

    @Override
    public <A> A[] toArray(IntFunction<A[]> generator) {
        ArrayList<T> all = new ArrayList<>();
        take().forEachRemaining(all::add);
        A[] out = generator.apply(all.size());
        if (out.length != all.size()) {
            throw new IllegalStateException("Begin size " + all.size() + " is not equal to fixed size " + out.length);
        }
        Object[] dst = out;
        for (int i = 0; i < out.length; i++) {
            T e = all.get(i);
            if (e != null && !out.getClass().getComponentType().isInstance(e)) {
                throw new ArrayStoreException(e.getClass().getName());
            }
            dst[i] = e;
        }
        return out;
    }

    @Override
    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        T result = identity;
        Iterator<T> it = take();
        while (it.hasNext()) {
            result = accumulator.apply(result, it.next());
        }
        return result;
    }

    @Override
    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Iterator<T> it = take();
        if (!it.hasNext()) {
            return Optional.empty();
        }
        T result = it.next();
        while (it.hasNext()) {
            result = accumulator.apply(result, it.next());
        }
        return Optional.of(result);
    }

    @Override
    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        U result = identity;
        Iterator<T> it = take();
        while (it.hasNext()) {
            result = accumulator.apply(result, it.next());
        }
        return result;
    }

    @Override
    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(combiner);
        R container = supplier.get();
        Iterator<T> it = take();
        while (it.hasNext()) {
            accumulator.accept(container, it.next());
        }
        return container;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        A container = collector.supplier().get();
        BiConsumer<A, ? super T> acc = collector.accumulator();
        Iterator<T> it = take();
        while (it.hasNext()) {
            acc.accept(container, it.next());
        }
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) container : collector.finisher().apply(container);
    }

    @Override
    public Optional<T> min(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce(BinaryOperator.minBy(comparator));
    }

    @Override
    public Optional<T> max(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce(BinaryOperator.maxBy(comparator));
    }

    @Override
    public long count() {
        long n = 0;
        Iterator<T> it = take();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    @Override
    public boolean anyMatch(Predicate<? super T> predicate) {
        Iterator<T> it = take();
        while (it.hasNext()) {
            if (predicate.test(it.next())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean allMatch(Predicate<? super T> predicate) {
        Iterator<T> it = take();
        while (it.hasNext()) {
            if (!predicate.test(it.next())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean noneMatch(Predicate<? super T> predicate) {
        return !anyMatch(predicate);
    }

    @Override
    public Optional<T> findFirst() {
        Iterator<T> it = take();
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    @Override
    public Optional<T> findAny() {
        return findFirst();
    }

    // ---- BaseStream --------------------------------------------------------------------

    @Override
    public Iterator<T> iterator() {
        return take();
    }

    @Override
    public Spliterator<T> spliterator() {
        return Spliterators.spliteratorUnknownSize(take(), Spliterator.ORDERED);
    }

    @Override
    public boolean isParallel() {
        return state.parallel;
    }

    @Override
    public Stream<T> sequential() {
        state.parallel = false;
        return this;
    }

    @Override
    public Stream<T> parallel() {
        state.parallel = true;
        return this;
    }

    @Override
    public Stream<T> unordered() {
        return this;
    }

    @Override
    public Stream<T> onClose(Runnable closeHandler) {
        state.onClose(closeHandler);
        return this;
    }

    @Override
    public void close() {
        state.close();
    }
}
