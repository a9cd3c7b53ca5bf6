/*
 * How the rest of the core library makes streams (Collection.stream, Arrays.stream,
 * String.chars, BufferedReader.lines...) without going through spliterators: straight from
 * an iterator or an array slice. Not JDK API: programs compiled against the JDK never see it.
 */
package java.util.stream;

import java.util.Iterator;
import java.util.PrimitiveIterator;

public final class Sources {
    private Sources() {}

    public static <T> Stream<T> of(Iterator<T> it, boolean parallel) {
        Stream<T> s = new ReferencePipeline<>(it);
        return parallel ? s.parallel() : s;
    }

    public static <T> Stream<T> ofArray(T[] array, int from, int to) {
        return new ReferencePipeline<>(new Iterator<T>() {
            private int index = from;

            @Override
            public boolean hasNext() {
                return index < to;
            }

            @Override
            public T next() {
                if (index >= to) {
                    throw new java.util.NoSuchElementException();
                }
                return array[index++];
            }
        });
    }

    public static IntStream ofInts(int[] array, int from, int to) {
        return new IntPipeline(new IntPipeline.ArrayIterator(array, from, to));
    }

    public static LongStream ofLongs(long[] array, int from, int to) {
        return new LongPipeline(new LongPipeline.ArrayIterator(array, from, to));
    }

    public static DoubleStream ofDoubles(double[] array, int from, int to) {
        return new DoublePipeline(new DoublePipeline.ArrayIterator(array, from, to));
    }

    public static IntStream ofInts(PrimitiveIterator.OfInt it) {
        return new IntPipeline(it);
    }

    public static LongStream ofLongs(PrimitiveIterator.OfLong it) {
        return new LongPipeline(it);
    }

    public static DoubleStream ofDoubles(PrimitiveIterator.OfDouble it) {
        return new DoublePipeline(it);
    }
}
