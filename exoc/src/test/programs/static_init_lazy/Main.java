// More static initialisation: static fields observed before their initialiser runs (default
// values) in an initialisation cycle between two classes, the textual order of static field
// initialisers and static blocks, a static initialiser running a virtual call, an enum's
// constants created before its static block, lazy holder classes, and interfaces with default
// methods initialised together with an implementing class.
public class Main {
    static class First {
        static int a = 1;
        static int fromSecond = Second.b; // starts Second, which reads First.a

        static {
            System.out.println("First done: a=" + a + " fromSecond=" + fromSecond);
        }
    }

    static class Second {
        static int b = 10 + First.a; // First is being initialised: sees a=1

        static int late = First.fromSecond; // default 0 while First is still initialising

        static {
            System.out.println("Second done: b=" + b + " late=" + late);
        }
    }

    static class Ordered {
        static int x = log("x", 1);

        static {
            log("block1", x);
        }

        static int y = log("y", x + 1);

        static {
            log("block2", y);
        }

        static int log(String name, int v) {
            System.out.println("  Ordered." + name + " = " + v);
            return v;
        }
    }

    enum Level {
        LOW, HIGH;

        static final String DESCRIPTION;

        static {
            DESCRIPTION = values().length + " levels";
            System.out.println("Level static block: " + DESCRIPTION);
        }

        Level() {
            System.out.println("Level constructor " + name());
        }
    }

    static class Holder {
        static final Holder INSTANCE = new Holder();

        static {
            System.out.println("Holder initialised");
        }

        Holder() {
            System.out.println("Holder constructed");
        }
    }

    interface WithDefault {
        Object MARK = Main.say("WithDefault initialised");

        default String hello() {
            return "hello";
        }
    }

    static class Impl implements WithDefault {
        static {
            System.out.println("Impl initialised");
        }
    }

    static Object say(String s) {
        System.out.println(s);
        return s;
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("First.fromSecond = " + First.fromSecond);
        System.out.println("Second.late = " + Second.late);
        System.out.println("Ordered.y = " + Ordered.y);
        System.out.println("before Level");
        System.out.println(Level.HIGH + " " + Level.DESCRIPTION);
        System.out.println("before Holder");
        Holder h = Holder.INSTANCE;
        System.out.println("got holder " + (h == Holder.INSTANCE));
        System.out.println("before Impl");
        System.out.println(new Impl().hello());
    }
}
