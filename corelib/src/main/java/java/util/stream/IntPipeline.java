/*
 * The IntStream implementation: stages wrap a PrimitiveIterator.OfInt, the terminal operation
 * pulls, as in ReferencePipeline but without boxing. Sums of ints are int (overflowing as in
 * the JDK); averages and statistics go through IntSummaryStatistics.
 */
package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

final class IntPipeline implements IntStream {
    private PrimitiveIterator.OfInt source;
    final PipelineState state;

    IntPipeline(PrimitiveIterator.OfInt source) {
        this(source, new PipelineState());
    }

    IntPipeline(PrimitiveIterator.OfInt source, PipelineState state) {
        this.source = source;
        this.state = state;
    }

    PrimitiveIterator.OfInt take() {
        PrimitiveIterator.OfInt it = source;
        if (it == null) {
            throw PipelineState.used();
        }
        source = null;
        return it;
    }

    private IntStream then(PrimitiveIterator.OfInt it) {
        return new IntPipeline(it, state);
    }

    static IntStream range(int from, int to) {
        return new IntPipeline(new Range(from, to));
    }

    static IntStream rangeClosed(int from, int to) {
        return new IntPipeline(new Range(from, (long) to + 1));
    }

    /** [next, end) counted in a long, so that rangeClosed up to MAX_VALUE ends. */
    private static final class Range implements PrimitiveIterator.OfInt {
        private long next;
        private final long end;

        Range(long from, long end) {
            this.next = from;
            this.end = end;
        }

        @Override
        public boolean hasNext() {
            return next < end;
        }

        @Override
        public int nextInt() {
            if (next >= end) {
                throw new NoSuchElementException();
            }
            return (int) next++;
        }
    }

    /** Over an array slice (Arrays.stream, builders). */
    static final class ArrayIterator implements PrimitiveIterator.OfInt {
        private final int[] array;
        private int index;
        private final int end;

        ArrayIterator(int[] array, int from, int end) {
            this.array = array;
            this.index = from;
            this.end = end;
        }

        @Override
        public boolean hasNext() {
            return index < end;
        }

        @Override
        public int nextInt() {
            if (index >= end) {
                throw new NoSuchElementException();
            }
            return array[index++];
        }
    }

    static final class ArrayBuilder implements IntStream.Builder {
        private int[] values = new int[8];
        private int count;
        private boolean built;

        @Override
        public void accept(int t) {
            if (built) {
                throw new IllegalStateException();
            }
            if (count == values.length) {
                values = java.util.Arrays.copyOf(values, count * 2);
            }
            values[count++] = t;
        }

        @Override
        public IntStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return new IntPipeline(new ArrayIterator(values, 0, count));
        }
    }

    /** A lookahead primitive iterator (filter, distinct...). */
    private abstract static class Ahead implements PrimitiveIterator.OfInt {
        private int next;
        private boolean ready, done;

        abstract boolean advance();

        final boolean found(int v) {
            next = v;
            ready = true;
            return true;
        }

        @Override
        public final boolean hasNext() {
            if (!ready && !done && !advance()) {
                done = true;
            }
            return ready;
        }

        @Override
        public final int nextInt() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }

    // ---- intermediate operations --------------------------------------------------------

    @Override
    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfInt it = take();
        return then(new Ahead() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    int v = it.nextInt();
                    if (predicate.test(v)) {
                        return found(v);
                    }
                }
                return false;
            }
        });
    }

    @Override
    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt it = take();
        return then(new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                return mapper.applyAsInt(it.nextInt());
            }
        });
    }

    @Override
    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt it = take();
        return new ReferencePipeline<U>(new java.util.Iterator<U>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public U next() {
                return mapper.apply(it.nextInt());
            }
        }, state);
    }

    @Override
    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt it = take();
        return new LongPipeline(new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                return mapper.applyAsLong(it.nextInt());
            }
        }, state);
    }

    @Override
    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfInt it = take();
        return new DoublePipeline(new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                return mapper.applyAsDouble(it.nextInt());
            }
        }, state);
    }

    @Override
    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return boxed().flatMap(v -> {
            IntStream s = mapper.apply(v);
            return s == null ? null : s.boxed();
        }).mapToInt(Integer::intValue);
    }

    @Override
    public IntStream distinct() {
        return boxed().distinct().mapToInt(Integer::intValue);
    }

    @Override
    public IntStream sorted() {
        PrimitiveIterator.OfInt it = take();
        return then(new Ahead() {
            private int[] sorted;
            private int index;

            @Override
            boolean advance() {
                if (sorted == null) {
                    sorted = drain(it);
                    java.util.Arrays.sort(sorted);
                }
                return index < sorted.length && found(sorted[index++]);
            }
        });
    }

    private static int[] drain(PrimitiveIterator.OfInt it) {
        int[] a = new int[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = it.nextInt();
        }
        return java.util.Arrays.copyOf(a, n);
    }

    @Override
    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfInt it = take();
        return then(new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                int v = it.nextInt();
                action.accept(v);
                return v;
            }
        });
    }

    @Override
    public IntStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        PrimitiveIterator.OfInt it = take();
        return then(new PrimitiveIterator.OfInt() {
            private long left = maxSize;

            @Override
            public boolean hasNext() {
                return left > 0 && it.hasNext();
            }

            @Override
            public int nextInt() {
                if (left <= 0) {
                    throw new NoSuchElementException();
                }
                left--;
                return it.nextInt();
            }
        });
    }

    @Override
    public IntStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        PrimitiveIterator.OfInt it = take();
        return then(new Ahead() {
            private long toSkip = n;

            @Override
            boolean advance() {
                while (toSkip > 0 && it.hasNext()) {
                    it.nextInt();
                    toSkip--;
                }
                return it.hasNext() && found(it.nextInt());
            }
        });
    }

    // ---- terminal operations ----------------------------------------------------------

    @Override
    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfInt it = take();
        while (it.hasNext()) {
            action.accept(it.nextInt());
        }
    }

    @Override
    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    @Override
    public int[] toArray() {
        return drain(take());
    }

    @Override
    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int r = identity;
        PrimitiveIterator.OfInt it = take();
        while (it.hasNext()) {
            r = op.applyAsInt(r, it.nextInt());
        }
        return r;
    }

    @Override
    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfInt it = take();
        if (!it.hasNext()) {
            return OptionalInt.empty();
        }
        int r = it.nextInt();
        while (it.hasNext()) {
            r = op.applyAsInt(r, it.nextInt());
        }
        return OptionalInt.of(r);
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(combiner);
        R r = supplier.get();
        PrimitiveIterator.OfInt it = take();
        while (it.hasNext()) {
            accumulator.accept(r, it.nextInt());
        }
        return r;
    }

    @Override
    public int sum() {
        return reduce(0, Integer::sum);
    }

    @Override
    public OptionalInt min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalInt max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        long n = 0;
        PrimitiveIterator.OfInt it = take();
        while (it.hasNext()) {
            it.nextInt();
            n++;
        }
        return n;
    }

    @Override
    public OptionalDouble average() {
        IntSummaryStatistics s = summaryStatistics();
        return s.getCount() > 0 ? OptionalDouble.of(s.getAverage()) : OptionalDouble.empty();
    }

    @Override
    public IntSummaryStatistics summaryStatistics() {
        IntSummaryStatistics s = new IntSummaryStatistics();
        forEach(s);
        return s;
    }

    @Override
    public boolean anyMatch(IntPredicate predicate) {
        PrimitiveIterator.OfInt it = take();
        while (it.hasNext()) {
            if (predicate.test(it.nextInt())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean allMatch(IntPredicate predicate) {
        PrimitiveIterator.OfInt it = take();
        while (it.hasNext()) {
            if (!predicate.test(it.nextInt())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean noneMatch(IntPredicate predicate) {
        return !anyMatch(predicate);
    }

    @Override
    public OptionalInt findFirst() {
        PrimitiveIterator.OfInt it = take();
        return it.hasNext() ? OptionalInt.of(it.nextInt()) : OptionalInt.empty();
    }

    @Override
    public OptionalInt findAny() {
        return findFirst();
    }

    @Override
    public LongStream asLongStream() {
        return mapToLong(v -> (long) v);
    }

    @Override
    public DoubleStream asDoubleStream() {
        return mapToDouble(v -> (double) v);
    }

    @Override
    public Stream<Integer> boxed() {
        return mapToObj(Integer::valueOf);
    }

    // ---- BaseStream --------------------------------------------------------------------

    @Override
    public PrimitiveIterator.OfInt iterator() {
        return take();
    }

    @Override
    public Spliterator.OfInt spliterator() {
        PrimitiveIterator.OfInt it = take();
        return new Spliterator.OfInt() {
            @Override
            public boolean tryAdvance(IntConsumer action) {
                if (!it.hasNext()) {
                    return false;
                }
                action.accept(it.nextInt());
                return true;
            }

            @Override
            public Spliterator.OfInt trySplit() {
                return null;
            }

            @Override
            public long estimateSize() {
                return Long.MAX_VALUE;
            }

            @Override
            public int characteristics() {
                return Spliterator.ORDERED;
            }
        };
    }

    @Override
    public boolean isParallel() {
        return state.parallel;
    }

    @Override
    public IntStream sequential() {
        state.parallel = false;
        return this;
    }

    @Override
    public IntStream parallel() {
        state.parallel = true;
        return this;
    }

    @Override
    public IntStream unordered() {
        return this;
    }

    @Override
    public IntStream onClose(Runnable closeHandler) {
        state.onClose(closeHandler);
        return this;
    }

    @Override
    public void close() {
        state.close();
    }
}
