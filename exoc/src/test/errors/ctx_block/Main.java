// Bad input: a blocking primitive reachable from a @NoBlock method.
import exo.rt.Blocking;
import exo.rt.NoBlock;

public class Main {
    static int events;

    @Blocking
    static void waitForEvent() {
        events++;
    }

    static void drain() {
        waitForEvent();
    }

    @NoBlock
    static void poll() {
        drain();
    }

    public static void main(String[] args) {
        poll();
        System.out.println(events);
    }
}
