// Executors and futures: parallel sums on a fixed pool of 4 (submit, Future.get, invokeAll),
// a task that throws (ExecutionException with the cause), cancellation, a single-thread
// executor's order, CompletableFuture chains (supplyAsync, thenApply, thenCombine,
// thenCompose, exceptionally, handle, allOf), shutdown and awaitTermination. Results are
// printed by main in submission order, so the output is fixed.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class Main {
    static long sumRange(long from, long to) {
        long s = 0;
        for (long i = from; i < to; i++) {
            s += i * i % 1000;
        }
        return s;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> parts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            long from = i * 1_000_000L;
            parts.add(pool.submit(() -> sumRange(from, from + 1_000_000L)));
        }
        long total = 0;
        for (Future<Long> f : parts) {
            total += f.get();
        }
        System.out.println("parallel sum " + total + " = sequential " + sumRange(0, 16_000_000L));

        List<Callable<String>> named = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            final int k = i;
            named.add(() -> "task " + k + " on a pool thread: " + Thread.currentThread().getName().startsWith("pool-1-thread-"));
        }
        for (Future<String> f : pool.invokeAll(named)) {
            System.out.println(f.get());
        }

        Future<Integer> failing = pool.submit(() -> {
            throw new IllegalArgumentException("bad input");
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("failed: " + e.getCause());
        }

        ExecutorService single = Executors.newSingleThreadExecutor();
        StringBuilder order = new StringBuilder();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            final int k = i;
            fs.add(single.submit(() -> order.append(k)));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        System.out.println("single executor order " + order);
        CountDownLatch started = new CountDownLatch(1);
        Future<?> blocked = single.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                System.out.println("sleeping task interrupted");
            }
        });
        started.await();   // the worker is in the task before shutdownNow interrupts it
        Future<?> queued = single.submit(() -> System.out.println("never runs"));
        System.out.println("cancel queued: " + queued.cancel(false) + ", cancelled " + queued.isCancelled());
        single.shutdownNow();
        System.out.println("single terminated: " + single.awaitTermination(5, TimeUnit.SECONDS));

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 6);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> 7, pool);
        System.out.println("combined " + a.thenCombine(b, (x, y) -> x * y).thenApply(v -> "answer " + v).join());
        System.out.println("composed " + a.thenCompose(x -> CompletableFuture.supplyAsync(() -> x + 100, pool)).get());
        CompletableFuture<Integer> bad = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("no value");
        }, pool);
        System.out.println("exceptionally " + bad.exceptionally(t -> -1).join());
        System.out.println("handle " + bad.handle((v, t) -> t == null ? "ok" : "failed: " + t.getClass().getSimpleName()).join());
        try {
            bad.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e.getCause());
        }
        List<CompletableFuture<Long>> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            final long from = i * 100_000L;
            many.add(CompletableFuture.supplyAsync(() -> sumRange(from, from + 100_000L), pool));
        }
        CompletableFuture.allOf(many.toArray(new CompletableFuture[0])).join();
        long sum = 0;
        for (CompletableFuture<Long> f : many) {
            sum += f.getNow(0L);
        }
        System.out.println("allOf sum " + sum);
        pool.shutdown();
        System.out.println("pool terminated: " + pool.awaitTermination(5, TimeUnit.SECONDS) + " " + pool.isTerminated());
    }
}
