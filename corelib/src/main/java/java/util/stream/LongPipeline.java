/*
 * The LongStream implementation: stages wrap a PrimitiveIterator.OfLong, the terminal operation
 * pulls, as in ReferencePipeline but without boxing. Sums of longs are long (overflowing as in
 * the JDK); averages and statistics go through LongSummaryStatistics.
 */
package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

final class LongPipeline implements LongStream {
    private PrimitiveIterator.OfLong source;
    final PipelineState state;

    LongPipeline(PrimitiveIterator.OfLong source) {
        this(source, new PipelineState());
    }

    LongPipeline(PrimitiveIterator.OfLong source, PipelineState state) {
        this.source = source;
        this.state = state;
    }

    PrimitiveIterator.OfLong take() {
        PrimitiveIterator.OfLong it = source;
        if (it == null) {
            throw PipelineState.used();
        }
        source = null;
        return it;
    }

    private LongStream then(PrimitiveIterator.OfLong it) {
        return new LongPipeline(it, state);
    }

    static LongStream range(long from, long to, boolean closed) {
        return new LongPipeline(new Range(from, to, closed));
    }

    /** from..last (inclusive), with a flag for the end so that rangeClosed up to MAX_VALUE ends. */
    private static final class Range implements PrimitiveIterator.OfLong {
        private long next;
        private final long last;
        private boolean done;

        Range(long from, long end, boolean closed) {
            this.next = from;
            this.last = closed ? end : end - 1;
            this.done = closed ? from > end : from >= end;
        }

        @Override
        public boolean hasNext() {
            return !done;
        }

        @Override
        public long nextLong() {
            if (done) {
                throw new NoSuchElementException();
            }
            long v = next;
            if (v == last) {
                done = true;
            } else {
                next++;
            }
            return v;
        }
    }

    /** Over an array slice (Arrays.stream, builders). */
    static final class ArrayIterator implements PrimitiveIterator.OfLong {
        private final long[] array;
        private int index;
        private final int end;

        ArrayIterator(long[] array, int from, int end) {
            this.array = array;
            this.index = from;
            this.end = end;
        }

        @Override
        public boolean hasNext() {
            return index < end;
        }

        @Override
        public long nextLong() {
            if (index >= end) {
                throw new NoSuchElementException();
            }
            return array[index++];
        }
    }

    static final class ArrayBuilder implements LongStream.Builder {
        private long[] values = new long[8];
        private int count;
        private boolean built;

        @Override
        public void accept(long t) {
            if (built) {
                throw new IllegalStateException();
            }
            if (count == values.length) {
                values = java.util.Arrays.copyOf(values, count * 2);
            }
            values[count++] = t;
        }

        @Override
        public LongStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return new LongPipeline(new ArrayIterator(values, 0, count));
        }
    }

    /** A lookahead primitive iterator (filter, distinct...). */
    private abstract static class Ahead implements PrimitiveIterator.OfLong {
        private long next;
        private boolean ready, done;

        abstract boolean advance();

        final boolean found(long v) {
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
        public final long nextLong() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }

    // ---- intermediate operations --------------------------------------------------------

    @Override
    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfLong it = take();
        return then(new Ahead() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    long v = it.nextLong();
                    if (predicate.test(v)) {
                        return found(v);
                    }
                }
                return false;
            }
        });
    }

    @Override
    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong it = take();
        return then(new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                return mapper.applyAsLong(it.nextLong());
            }
        });
    }

    @Override
    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong it = take();
        return new ReferencePipeline<U>(new java.util.Iterator<U>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public U next() {
                return mapper.apply(it.nextLong());
            }
        }, state);
    }

    @Override
    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong it = take();
        return new IntPipeline(new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                return mapper.applyAsInt(it.nextLong());
            }
        }, state);
    }

    @Override
    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfLong it = take();
        return new DoublePipeline(new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                return mapper.applyAsDouble(it.nextLong());
            }
        }, state);
    }

    @Override
    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return boxed().flatMap(v -> {
            LongStream s = mapper.apply(v);
            return s == null ? null : s.boxed();
        }).mapToLong(Long::longValue);
    }

    @Override
    public LongStream distinct() {
        return boxed().distinct().mapToLong(Long::longValue);
    }

    @Override
    public LongStream sorted() {
        PrimitiveIterator.OfLong it = take();
        return then(new Ahead() {
            private long[] sorted;
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

    private static long[] drain(PrimitiveIterator.OfLong it) {
        long[] a = new long[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = it.nextLong();
        }
        return java.util.Arrays.copyOf(a, n);
    }

    @Override
    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfLong it = take();
        return then(new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                long v = it.nextLong();
                action.accept(v);
                return v;
            }
        });
    }

    @Override
    public LongStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        PrimitiveIterator.OfLong it = take();
        return then(new PrimitiveIterator.OfLong() {
            private long left = maxSize;

            @Override
            public boolean hasNext() {
                return left > 0 && it.hasNext();
            }

            @Override
            public long nextLong() {
                if (left <= 0) {
                    throw new NoSuchElementException();
                }
                left--;
                return it.nextLong();
            }
        });
    }

    @Override
    public LongStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        PrimitiveIterator.OfLong it = take();
        return then(new Ahead() {
            private long toSkip = n;

            @Override
            boolean advance() {
                while (toSkip > 0 && it.hasNext()) {
                    it.nextLong();
                    toSkip--;
                }
                return it.hasNext() && found(it.nextLong());
            }
        });
    }

    // ---- terminal operations ----------------------------------------------------------

    @Override
    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfLong it = take();
        while (it.hasNext()) {
            action.accept(it.nextLong());
        }
    }

    @Override
    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    @Override
    public long[] toArray() {
        return drain(take());
    }

    @Override
    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long r = identity;
        PrimitiveIterator.OfLong it = take();
        while (it.hasNext()) {
            r = op.applyAsLong(r, it.nextLong());
        }
        return r;
    }

    @Override
    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfLong it = take();
        if (!it.hasNext()) {
            return OptionalLong.empty();
        }
        long r = it.nextLong();
        while (it.hasNext()) {
            r = op.applyAsLong(r, it.nextLong());
        }
        return OptionalLong.of(r);
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(combiner);
        R r = supplier.get();
        PrimitiveIterator.OfLong it = take();
        while (it.hasNext()) {
            accumulator.accept(r, it.nextLong());
        }
        return r;
    }

    @Override
    public long sum() {
        return reduce(0, Long::sum);
    }

    @Override
    public OptionalLong min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalLong max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        long n = 0;
        PrimitiveIterator.OfLong it = take();
        while (it.hasNext()) {
            it.nextLong();
            n++;
        }
        return n;
    }

    @Override
    public OptionalDouble average() {
        LongSummaryStatistics s = summaryStatistics();
        return s.getCount() > 0 ? OptionalDouble.of(s.getAverage()) : OptionalDouble.empty();
    }

    @Override
    public LongSummaryStatistics summaryStatistics() {
        LongSummaryStatistics s = new LongSummaryStatistics();
        forEach(s);
        return s;
    }

    @Override
    public boolean anyMatch(LongPredicate predicate) {
        PrimitiveIterator.OfLong it = take();
        while (it.hasNext()) {
            if (predicate.test(it.nextLong())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean allMatch(LongPredicate predicate) {
        PrimitiveIterator.OfLong it = take();
        while (it.hasNext()) {
            if (!predicate.test(it.nextLong())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean noneMatch(LongPredicate predicate) {
        return !anyMatch(predicate);
    }

    @Override
    public OptionalLong findFirst() {
        PrimitiveIterator.OfLong it = take();
        return it.hasNext() ? OptionalLong.of(it.nextLong()) : OptionalLong.empty();
    }

    @Override
    public OptionalLong findAny() {
        return findFirst();
    }

    @Override
    public DoubleStream asDoubleStream() {
        return mapToDouble(v -> (double) v);
    }

    @Override
    public Stream<Long> boxed() {
        return mapToObj(Long::valueOf);
    }

    // ---- BaseStream --------------------------------------------------------------------

    @Override
    public PrimitiveIterator.OfLong iterator() {
        return take();
    }

    @Override
    public Spliterator.OfLong spliterator() {
        PrimitiveIterator.OfLong it = take();
        return new Spliterator.OfLong() {
            @Override
            public boolean tryAdvance(LongConsumer action) {
                if (!it.hasNext()) {
                    return false;
                }
                action.accept(it.nextLong());
                return true;
            }

            @Override
            public Spliterator.OfLong trySplit() {
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
    public LongStream sequential() {
        state.parallel = false;
        return this;
    }

    @Override
    public LongStream parallel() {
        state.parallel = true;
        return this;
    }

    @Override
    public LongStream unordered() {
        return this;
    }

    @Override
    public LongStream onClose(Runnable closeHandler) {
        state.onClose(closeHandler);
        return this;
    }

    @Override
    public void close() {
        state.close();
    }
}
