// Instance initialisation order: field initialisers and instance initialiser blocks run in
// textual order after the superclass constructor and before the constructor body; this(...)
// chaining runs them once; a virtual method called from the superclass constructor sees the
// subclass's fields still at their default values; final fields set in every constructor.
public class Main {
    static StringBuilder log = new StringBuilder();

    static int note(String s, int v) {
        log.append(s).append(' ');
        return v;
    }

    static class Base {
        int baseField = note("Base.field", 1);

        {
            note("Base.block", 0);
        }

        Base() {
            note("Base()", 0);
            describe();
        }

        void describe() {
            note("Base.describe", 0);
        }
    }

    static class Derived extends Base {
        int x = note("Derived.x", 42);
        String name = "derived";
        final int fin;

        {
            note("Derived.block1 x=" + x, 0);
        }

        int y = note("Derived.y", x + 1);

        {
            note("Derived.block2 y=" + y, 0);
        }

        Derived() {
            this(7);
            note("Derived()", 0);
        }

        Derived(int f) {
            super();
            fin = f;
            note("Derived(int) fin=" + fin, 0);
        }

        @Override
        void describe() {
            note("Derived.describe x=" + x + " name=" + name, 0);
        }
    }

    static class Counter {
        static int instances;
        final int serial;

        {
            serial = ++instances;
        }

        Counter() {}

        Counter(String ignored) {
            this();
        }
    }

    public static void main(String[] args) {
        new Derived();
        System.out.println(log.toString().trim());
        log.setLength(0);
        Derived d = new Derived(3);
        System.out.println(log.toString().trim());
        System.out.println(d.x + " " + d.y + " " + d.fin + " " + d.name + " " + d.baseField);
        Counter c1 = new Counter();
        Counter c2 = new Counter("x");
        Counter c3 = new Counter();
        System.out.println(c1.serial + " " + c2.serial + " " + c3.serial + " " + Counter.instances);
    }
}
