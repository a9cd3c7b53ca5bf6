// Bad input: one of the classes an interface call can reach allocates (RTA targets count).
import exo.rt.NoAlloc;

public class Main {
    interface Handler {
        int handle(int irq);
    }

    static final class Quiet implements Handler {
        public int handle(int irq) {
            return irq;
        }
    }

    static final class Logging implements Handler {
        public int handle(int irq) {
            StringBuilder sb = new StringBuilder();
            sb.append(irq);
            return sb.length();
        }
    }

    static Handler[] handlers = {new Quiet(), new Logging()};

    @NoAlloc
    static int dispatch(Handler h, int irq) {
        return h.handle(irq);
    }

    public static void main(String[] args) {
        System.out.println(dispatch(handlers[0], 1) + dispatch(handlers[1], 2));
    }
}
