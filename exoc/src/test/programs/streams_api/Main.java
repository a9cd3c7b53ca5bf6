// java.util.stream: sources, intermediate and terminal operations, primitive streams,
// collectors (grouping, partitioning, joining, toMap with duplicates), laziness and
// short-circuiting (the order of side effects), Optional and String streams.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

public class Main {
    record Person(String name, String city, int age, double salary) {}

    static void show(String label, Object o) {
        System.out.println(label + ": " + o);
    }

    public static void main(String[] args) {
        List<Person> people = List.of(
                new Person("Ann", "Paris", 31, 4200.5), new Person("Bob", "Lyon", 25, 3100.0),
                new Person("Cid", "Paris", 45, 5100.25), new Person("Dee", "Nice", 25, 2900.75),
                new Person("Eve", "Lyon", 38, 4700.0), new Person("Fay", "Paris", 29, 3900.0));

        show("names", people.stream().map(Person::name).collect(Collectors.toList()));
        show("filter", people.stream().filter(p -> p.age() > 30).map(Person::name).collect(Collectors.joining(", ", "[", "]")));
        show("sorted", people.stream().sorted(Comparator.comparingInt(Person::age).thenComparing(Person::name, Comparator.reverseOrder()))
                .map(p -> p.name() + p.age()).toList());
        show("groupingBy", new TreeMap<>(people.stream().collect(Collectors.groupingBy(Person::city))).keySet());
        show("grouping counting", people.stream().collect(Collectors.groupingBy(Person::city, Collectors.counting())));
        show("grouping mapping", people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.mapping(Person::name, Collectors.joining("/")))));
        show("grouping avg", people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.averagingDouble(Person::salary))));
        show("partitioning", people.stream().collect(Collectors.partitioningBy(p -> p.salary() > 4000, Collectors.mapping(Person::name, Collectors.toList()))));
        show("toMap", people.stream().collect(Collectors.toMap(Person::name, Person::age, (a, b) -> a, LinkedHashMap::new)));
        show("summing", people.stream().collect(Collectors.summingInt(Person::age)) + " " + people.stream().mapToDouble(Person::salary).sum());
        show("stats", people.stream().mapToInt(Person::age).summaryStatistics());
        DoubleSummaryStatistics ds = people.stream().collect(Collectors.summarizingDouble(Person::salary));
        show("dstats", ds);
        show("max", people.stream().max(Comparator.comparingDouble(Person::salary)).map(Person::name).orElse("none"));
        show("minBy", people.stream().collect(Collectors.minBy(Comparator.comparingInt(Person::age))).get().name());
        show("reduce", Stream.of(1, 2, 3, 4).reduce(0, Integer::sum) + " " + Stream.of(1, 2, 3, 4).reduce(Integer::max).get()
                + " " + Stream.of("a", "bb", "ccc").reduce(0, (acc, s) -> acc + s.length(), Integer::sum));
        show("collectingAndThen", people.stream().map(Person::city).collect(Collectors.collectingAndThen(Collectors.toSet(), Set::size)));
        show("teeing", Stream.of(3, 1, 4, 1, 5).collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(x -> x), (c, s) -> s + "/" + c)));
        show("filtering", people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
                Collectors.filtering(p -> p.age() < 30, Collectors.mapping(Person::name, Collectors.toList())))));
        show("flatMapping", Stream.of("ab", "cd").collect(Collectors.flatMapping(s -> s.chars().mapToObj(c -> (char) c), Collectors.toList())));
        try {
            Stream.of("a", "b", "a").collect(Collectors.toMap(Function.identity(), String::length));
        } catch (IllegalStateException e) {
            show("duplicate", e.getMessage());
        }

        show("range", IntStream.range(0, 5).boxed().toList() + " " + IntStream.rangeClosed(1, 5).sum() + " " + LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b));
        show("iterate", Stream.iterate(1, x -> x * 3).limit(6).toList() + " " + IntStream.iterate(1, i -> i < 100, i -> i * 2).boxed().toList());
        show("generate", Stream.generate(() -> "z").limit(3).collect(Collectors.joining()));
        show("distinct", Stream.of(3, 1, 3, 2, 1).distinct().toList() + " " + IntStream.of(5, 5, 1, 5).distinct().count());
        show("skip/limit", IntStream.range(0, 20).skip(5).limit(4).boxed().toList());
        show("takeWhile", Stream.of(1, 2, 3, 10, 1).takeWhile(x -> x < 5).toList() + " " + Stream.of(1, 2, 3, 10, 1).dropWhile(x -> x < 5).toList());
        show("flatMap", Stream.of(List.of(1, 2), List.of(3), List.<Integer>of()).flatMap(List::stream).map(x -> x * 10).toList());
        show("mapMulti", Stream.of(1, 2, 3).<String>mapMulti((x, sink) -> {
            for (int i = 0; i < x; i++) {
                sink.accept("" + x);
            }
        }).collect(Collectors.joining()));
        show("anyMatch", IntStream.of(1, 3, 5).anyMatch(x -> x % 2 == 0) + " " + IntStream.of(1, 3, 5).allMatch(x -> x % 2 == 1) + " " + Stream.empty().noneMatch(x -> true));
        show("findFirst", Stream.of("x", "y").findFirst().get() + " " + IntStream.empty().findFirst().isPresent());
        show("average", IntStream.of(1, 2, 4).average().getAsDouble() + " " + IntStream.empty().average());
        show("doubles", DoubleStream.of(0.1, 0.2, 0.3).sum() + " " + DoubleStream.of(0.1, 0.2, 0.3).average().getAsDouble()
                + " " + DoubleStream.of(1.5, -2, 7).max().getAsDouble());
        show("toArray", Arrays.toString(Stream.of("b", "a").sorted().toArray(String[]::new)) + Arrays.toString(IntStream.of(3, 1, 2).sorted().toArray()));
        show("arrays", Arrays.stream(new int[] {4, 5, 6}, 1, 3).map(x -> x * x).sum() + " " + Arrays.stream(new String[] {"p", "q"}).count());
        show("chars", "hello".chars().filter(c -> c == 'l').count() + " " + "abc".chars().mapToObj(c -> String.valueOf((char) (c + 1))).collect(Collectors.joining()));
        show("codePoints", "a😀b".codePoints().count() + " " + "a😀b".chars().count());
        show("concat", Stream.concat(Stream.of(1), Stream.of(2, 3)).toList() + " " + IntStream.concat(IntStream.of(1), IntStream.of(9)).sum());
        show("optional stream", Optional.of(5).stream().count() + " " + Optional.empty().stream().count());
        show("spliterator", StreamSupport.stream(List.of(7, 8, 9).spliterator(), false).map(x -> x + 1).toList());
        show("iterator", Stream.of("i", "j").iterator().next());
        show("parallel", IntStream.rangeClosed(1, 1000).parallel().sum() + " " + List.of(1, 2, 3).parallelStream().map(x -> x * 2).toList());
        show("boxed sorted", IntStream.of(5, 3, 9).boxed().sorted(Comparator.reverseOrder()).toList());
        show("mapToObj", IntStream.range(0, 3).mapToObj(i -> "#" + i).collect(Collectors.toCollection(ArrayList::new)));
        show("asDouble", IntStream.of(1, 2).asDoubleStream().map(Math::sqrt).boxed().toList());
        show("long stats", LongStream.of(5, 10).summaryStatistics());
        show("int stats", new IntSummaryStatistics());

        // Laziness: peek and map run element by element, limit stops the pull.
        List<String> trace = new ArrayList<>();
        Stream.of("a", "b", "c", "d").peek(s -> trace.add("peek " + s)).map(String::toUpperCase)
                .filter(s -> !s.equals("B")).limit(2).forEach(s -> trace.add("got " + s));
        show("trace", trace);
        List<Integer> pulled = new ArrayList<>();
        Stream.iterate(1, x -> x + 1).peek(pulled::add).anyMatch(x -> x == 4);
        show("short-circuit", pulled);
        Stream<String> used = Stream.of("x");
        used.count();
        try {
            used.count();
        } catch (IllegalStateException e) {
            show("reuse", e.getMessage());
        }
        List<String> closed = new ArrayList<>();
        try (Stream<String> s = Stream.of("q").onClose(() -> closed.add("closed"))) {
            s.forEach(closed::add);
        }
        show("onClose", closed);
        Map<Boolean, Long> empty = Stream.<Integer>empty().collect(Collectors.partitioningBy(x -> x > 0, Collectors.counting()));
        show("empty partition", empty);
    }
}
