// A class whose static initialiser failed is erroneous (JVMS 5.5): its first use throws
// ExceptionInInitializerError, every later use NoClassDefFoundError "Could not initialize
// class X", whatever the use (static call, field read and write, new); a subclass whose
// superclass failed is erroneous too (its first use rethrows the superclass's error), and an
// Error thrown by an initialiser is passed on as it is. The last use (Last, the second pass
// of the loop) is not caught, so the uncaught report and the exit status are compared too;
// it is at the same line as the first use, whose frames the cause's trace then shares.
public class Main {
    static int attempts;

    static class Broken {
        static int value = fail("Broken");
        static int other;

        static int get() {
            return value;
        }
    }

    static class Base {
        static int base = fail("Base");
    }

    static class Derived extends Base {
        static int derived = 5;
    }

    static class Last {
        static int value = fail("Last");
    }

    static class Fatal {
        static int value = fatal();
    }

    static int fail(String who) {
        attempts++;
        if (attempts > 0) {
            throw new IllegalStateException(who + " cannot start");
        }
        return 1;
    }

    static int fatal() {
        attempts++;
        if (attempts > 0) {
            throw new AssertionError("fatal start");
        }
        return 2;
    }

    static void use(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (Throwable t) {
            Throwable c = t.getCause();
            System.out.println(what + ": " + t.getClass().getName() + ": " + t.getMessage()
                    + (c == null ? "" : " / cause " + c.getClass().getName() + ": " + c.getMessage()));
        }
    }

    public static void main(String[] args) {
        use("call", () -> Broken.get());
        use("call again", () -> Broken.get());
        use("read", () -> System.out.println(Broken.value));
        use("write", () -> Broken.other = 3);
        use("new", () -> new Broken());
        use("derived", () -> System.out.println(Derived.derived));
        use("derived again", () -> System.out.println(Derived.derived));
        use("base", () -> System.out.println(Base.base));
        use("fatal", () -> System.out.println(Fatal.value));
        use("fatal again", () -> System.out.println(Fatal.value));
        System.out.println("attempts " + attempts);
        for (int i = 0; i < 2; i++) {
            try {
                System.out.println(Last.value);
            } catch (ExceptionInInitializerError e) {
                System.out.println("last: " + e.getCause());
            }
        }
    }
}
