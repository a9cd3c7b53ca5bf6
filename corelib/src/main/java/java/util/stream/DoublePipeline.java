/*
 * The DoubleStream implementation: stages wrap a PrimitiveIterator.OfDouble, the terminal operation
 * pulls, as in ReferencePipeline but without boxing. Sums and averages are compensated
 * (Kahan) through DoubleSummaryStatistics, as in the JDK.
 */
package java.util.stream;

import java.util.DoubleSummaryStatistics;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

final class DoublePipeline implements DoubleStream {
    private PrimitiveIterator.OfDouble source;
    final PipelineState state;

    DoublePipeline(PrimitiveIterator.OfDouble source) {
        this(source, new PipelineState());
    }

    DoublePipeline(PrimitiveIterator.OfDouble source, PipelineState state) {
        this.source = source;
        this.state = state;
    }

    PrimitiveIterator.OfDouble take() {
        PrimitiveIterator.OfDouble it = source;
        if (it == null) {
            throw PipelineState.used();
        }
        source = null;
        return it;
    }

    private DoubleStream then(PrimitiveIterator.OfDouble it) {
        return new DoublePipeline(it, state);
    }

    /** Over an array slice (Arrays.stream, builders). */
    static final class ArrayIterator implements PrimitiveIterator.OfDouble {
        private final double[] array;
        private int index;
        private final int end;

        ArrayIterator(double[] array, int from, int end) {
            this.array = array;
            this.index = from;
            this.end = end;
        }

        @Override
        public boolean hasNext() {
            return index < end;
        }

        @Override
        public double nextDouble() {
            if (index >= end) {
                throw new NoSuchElementException();
            }
            return array[index++];
        }
    }

    static final class ArrayBuilder implements DoubleStream.Builder {
        private double[] values = new double[8];
        private int count;
        private boolean built;

        @Override
        public void accept(double t) {
            if (built) {
                throw new IllegalStateException();
            }
            if (count == values.length) {
                values = java.util.Arrays.copyOf(values, count * 2);
            }
            values[count++] = t;
        }

        @Override
        public DoubleStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return new DoublePipeline(new ArrayIterator(values, 0, count));
        }
    }

    /** A lookahead primitive iterator (filter, distinct...). */
    private abstract static class Ahead implements PrimitiveIterator.OfDouble {
        private double next;
        private boolean ready, done;

        abstract boolean advance();

        final boolean found(double v) {
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
        public final double nextDouble() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }

    // ---- intermediate operations --------------------------------------------------------

    @Override
    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        PrimitiveIterator.OfDouble it = take();
        return then(new Ahead() {
            @Override
            boolean advance() {
                while (it.hasNext()) {
                    double v = it.nextDouble();
                    if (predicate.test(v)) {
                        return found(v);
                    }
                }
                return false;
            }
        });
    }

    @Override
    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble it = take();
        return then(new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                return mapper.applyAsDouble(it.nextDouble());
            }
        });
    }

    @Override
    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble it = take();
        return new ReferencePipeline<U>(new java.util.Iterator<U>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public U next() {
                return mapper.apply(it.nextDouble());
            }
        }, state);
    }

    @Override
    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble it = take();
        return new LongPipeline(new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public long nextLong() {
                return mapper.applyAsLong(it.nextDouble());
            }
        }, state);
    }

    @Override
    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        PrimitiveIterator.OfDouble it = take();
        return new IntPipeline(new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public int nextInt() {
                return mapper.applyAsInt(it.nextDouble());
            }
        }, state);
    }

    @Override
    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return boxed().flatMap(v -> {
            DoubleStream s = mapper.apply(v);
            return s == null ? null : s.boxed();
        }).mapToDouble(Double::doubleValue);
    }

    @Override
    public DoubleStream distinct() {
        return boxed().distinct().mapToDouble(Double::doubleValue);
    }

    @Override
    public DoubleStream sorted() {
        PrimitiveIterator.OfDouble it = take();
        return then(new Ahead() {
            private double[] sorted;
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

    private static double[] drain(PrimitiveIterator.OfDouble it) {
        double[] a = new double[16];
        int n = 0;
        while (it.hasNext()) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = it.nextDouble();
        }
        return java.util.Arrays.copyOf(a, n);
    }

    @Override
    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfDouble it = take();
        return then(new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public double nextDouble() {
                double v = it.nextDouble();
                action.accept(v);
                return v;
            }
        });
    }

    @Override
    public DoubleStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        PrimitiveIterator.OfDouble it = take();
        return then(new PrimitiveIterator.OfDouble() {
            private long left = maxSize;

            @Override
            public boolean hasNext() {
                return left > 0 && it.hasNext();
            }

            @Override
            public double nextDouble() {
                if (left <= 0) {
                    throw new NoSuchElementException();
                }
                left--;
                return it.nextDouble();
            }
        });
    }

    @Override
    public DoubleStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        PrimitiveIterator.OfDouble it = take();
        return then(new Ahead() {
            private long toSkip = n;

            @Override
            boolean advance() {
                while (toSkip > 0 && it.hasNext()) {
                    it.nextDouble();
                    toSkip--;
                }
                return it.hasNext() && found(it.nextDouble());
            }
        });
    }

    // ---- terminal operations ----------------------------------------------------------

    @Override
    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        PrimitiveIterator.OfDouble it = take();
        while (it.hasNext()) {
            action.accept(it.nextDouble());
        }
    }

    @Override
    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    @Override
    public double[] toArray() {
        return drain(take());
    }

    @Override
    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double r = identity;
        PrimitiveIterator.OfDouble it = take();
        while (it.hasNext()) {
            r = op.applyAsDouble(r, it.nextDouble());
        }
        return r;
    }

    @Override
    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        PrimitiveIterator.OfDouble it = take();
        if (!it.hasNext()) {
            return OptionalDouble.empty();
        }
        double r = it.nextDouble();
        while (it.hasNext()) {
            r = op.applyAsDouble(r, it.nextDouble());
        }
        return OptionalDouble.of(r);
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(combiner);
        R r = supplier.get();
        PrimitiveIterator.OfDouble it = take();
        while (it.hasNext()) {
            accumulator.accept(r, it.nextDouble());
        }
        return r;
    }

    @Override
    public double sum() {
        return summaryStatistics().getSum();
    }

    @Override
    public OptionalDouble min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalDouble max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        long n = 0;
        PrimitiveIterator.OfDouble it = take();
        while (it.hasNext()) {
            it.nextDouble();
            n++;
        }
        return n;
    }

    @Override
    public OptionalDouble average() {
        DoubleSummaryStatistics s = summaryStatistics();
        return s.getCount() > 0 ? OptionalDouble.of(s.getAverage()) : OptionalDouble.empty();
    }

    @Override
    public DoubleSummaryStatistics summaryStatistics() {
        DoubleSummaryStatistics s = new DoubleSummaryStatistics();
        forEach(s);
        return s;
    }

    @Override
    public boolean anyMatch(DoublePredicate predicate) {
        PrimitiveIterator.OfDouble it = take();
        while (it.hasNext()) {
            if (predicate.test(it.nextDouble())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean allMatch(DoublePredicate predicate) {
        PrimitiveIterator.OfDouble it = take();
        while (it.hasNext()) {
            if (!predicate.test(it.nextDouble())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean noneMatch(DoublePredicate predicate) {
        return !anyMatch(predicate);
    }

    @Override
    public OptionalDouble findFirst() {
        PrimitiveIterator.OfDouble it = take();
        return it.hasNext() ? OptionalDouble.of(it.nextDouble()) : OptionalDouble.empty();
    }

    @Override
    public OptionalDouble findAny() {
        return findFirst();
    }

    @Override
    public Stream<Double> boxed() {
        return mapToObj(Double::valueOf);
    }

    // ---- BaseStream --------------------------------------------------------------------

    @Override
    public PrimitiveIterator.OfDouble iterator() {
        return take();
    }

    @Override
    public Spliterator.OfDouble spliterator() {
        PrimitiveIterator.OfDouble it = take();
        return new Spliterator.OfDouble() {
            @Override
            public boolean tryAdvance(DoubleConsumer action) {
                if (!it.hasNext()) {
                    return false;
                }
                action.accept(it.nextDouble());
                return true;
            }

            @Override
            public Spliterator.OfDouble trySplit() {
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
    public DoubleStream sequential() {
        state.parallel = false;
        return this;
    }

    @Override
    public DoubleStream parallel() {
        state.parallel = true;
        return this;
    }

    @Override
    public DoubleStream unordered() {
        return this;
    }

    @Override
    public DoubleStream onClose(Runnable closeHandler) {
        state.onClose(closeHandler);
        return this;
    }

    @Override
    public void close() {
        state.close();
    }
}
