/*
 * The collectors of Collectors that build maps: groupingBy (a map of downstream containers,
 * finished in place), partitioningBy (a two-entry map printed {false=..., true=...}), toMap
 * with unique keys, and teeing. Split from Collectors to keep both short.
 */
package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

final class Grouping {
    private Grouping() {}

    static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(Function<? super T, ? extends K> classifier,
            Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        Supplier<A> downstreamSupplier = downstream.supplier();
        BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        BiConsumer<Map<K, A>, T> accumulator = (m, t) -> {
            K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
            A container = m.computeIfAbsent(key, k -> downstreamSupplier.get());
            downstreamAccumulator.accept(container, t);
        };
        @SuppressWarnings("unchecked")
        Supplier<Map<K, A>> mangledFactory = (Supplier<Map<K, A>>) mapFactory;
        return new Collectors.CollectorImpl<T, Map<K, A>, M>(mangledFactory, accumulator, (m1, m2) -> m1, m -> finishAll(m, downstream),
                Collectors.CH_NOID);
    }

    @SuppressWarnings("unchecked")
    private static <K, A, D, M extends Map<K, D>> M finishAll(Map<K, A> m, Collector<?, A, D> downstream) {
        if (!downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            Function<A, A> f = (Function<A, A>) downstream.finisher();
            m.replaceAll((k, v) -> f.apply(v));
        }
        return (M) m;
    }

    static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
            Collector<? super T, A, D> downstream) {
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        BiConsumer<Partition<A>, T> accumulator = (result, t) -> acc.accept(predicate.test(t) ? result.forTrue : result.forFalse, t);
        Supplier<Partition<A>> supplier = () -> new Partition<>(downstream.supplier().get(), downstream.supplier().get());
        return new Collectors.CollectorImpl<T, Partition<A>, Map<Boolean, D>>(supplier, accumulator, (l, r) -> l,
                par -> new Partition<>(Collectors.finish(downstream, par.forTrue), Collectors.finish(downstream, par.forFalse)),
                Collectors.CH_NOID);
    }

    /** The map partitioningBy returns: exactly the keys false and true, in that order. */
    static final class Partition<T> extends AbstractMap<Boolean, T> implements Map<Boolean, T> {
        final T forTrue;
        final T forFalse;

        Partition(T forTrue, T forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }

        @Override
        public Set<Map.Entry<Boolean, T>> entrySet() {
            return new AbstractSet<Map.Entry<Boolean, T>>() {
                @Override
                public Iterator<Map.Entry<Boolean, T>> iterator() {
                    Map.Entry<Boolean, T> falseEntry = new SimpleImmutableEntry<>(false, forFalse);
                    Map.Entry<Boolean, T> trueEntry = new SimpleImmutableEntry<>(true, forTrue);
                    return java.util.List.of(falseEntry, trueEntry).iterator();
                }

                @Override
                public int size() {
                    return 2;
                }
            };
        }
    }

    static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> uniqueKeys(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, Supplier<M> mapFactory) {
        BiConsumer<M, T> accumulator = (map, element) -> {
            K k = keyMapper.apply(element);
            U v = Objects.requireNonNull(valueMapper.apply(element));
            U u = map.putIfAbsent(k, v);
            if (u != null) {
                throw new IllegalStateException("Duplicate key " + k + " (attempted merging values " + u + " and " + v + ")");
            }
        };
        return new Collectors.CollectorImpl<>(mapFactory, accumulator, (m1, m2) -> m1, Collectors.CH_ID);
    }

    @SuppressWarnings("unchecked")
    static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> c1, Collector<? super T, ?, R2> c2,
            BiFunction<? super R1, ? super R2, R> merger) {
        Collector<T, Object, R1> d1 = (Collector<T, Object, R1>) c1;
        Collector<T, Object, R2> d2 = (Collector<T, Object, R2>) c2;
        Objects.requireNonNull(merger, "merger");
        return new Collectors.CollectorImpl<T, Object[], R>(() -> new Object[] {d1.supplier().get(), d2.supplier().get()},
                (a, t) -> {
                    d1.accumulator().accept(a[0], t);
                    d2.accumulator().accept(a[1], t);
                }, (a, b) -> a, a -> merger.apply(Collectors.finish(d1, a[0]), Collectors.finish(d2, a[1])), Collectors.CH_NOID);
    }
}
