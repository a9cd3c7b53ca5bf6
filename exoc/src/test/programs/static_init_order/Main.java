// Static initialisation order exactly as the JVM does it: a class is initialised on the first
// static method call, static field read or write, or new; superclasses before subclasses;
// reading a compile-time constant does not initialise; a static field reached through a
// subclass initialises only the declaring class; arrays and class literals do not initialise;
// interfaces are initialised when a constant that is not compile-time is read.
public class Main {
    static StringBuilder log = new StringBuilder();

    static void note(String s) {
        log.append(s).append(' ');
        System.out.println("init " + s);
    }

    static class A {
        static final int CONST = 42; // compile-time constant: no initialisation
        static final String CONST_STR = "const";
        static final Integer BOXED = box(7); // not a constant
        static int counter = 5;

        static {
            note("A");
        }

        static int box(int v) {
            return v;
        }

        static void touch() {
            System.out.println("A.touch");
        }
    }

    static class B extends A {
        static int bField = 1;

        static {
            note("B");
        }

        B() {
            System.out.println("new B");
        }
    }

    static class C extends B {
        static {
            note("C");
        }
    }

    static class D {
        static {
            note("D");
        }

        static int value = 9;
    }

    static class E {
        static {
            note("E");
        }

        E() {
            System.out.println("new E");
        }
    }

    static class F {
        static int field;

        static {
            note("F");
        }
    }

    interface I {
        int K = 3; // constant
        Integer NONCONST = Main.trace("I.NONCONST", 11);
    }

    static class G implements I {
        static {
            note("G");
        }
    }

    static Integer trace(String what, int v) {
        note(what);
        return v;
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println("A.CONST " + A.CONST + " " + A.CONST_STR);
        System.out.println("C[] " + new C[3].length + " " + C.class.getName());
        System.out.println("B.counter " + B.counter); // only A is initialised
        System.out.println("A.BOXED " + A.BOXED);
        A.touch();
        System.out.println("B.bField " + B.bField);
        new C();
        new C();
        System.out.println("D.value " + D.value);
        new E();
        F.field = 3; // a static write initialises too
        System.out.println("F.field " + F.field);
        System.out.println("I.K " + I.K);
        new G(); // does not initialise I (no default methods)
        System.out.println("I.NONCONST " + I.NONCONST);
        System.out.println("log: " + log);
    }
}
