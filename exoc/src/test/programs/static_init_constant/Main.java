// Static initialisers that only store constants (exoc evaluates them at compile time:
// model.ConstantInit) next to ones that do not: the values of every field type, narrowing,
// the last of two stores winning, string literals keeping their identity, a constant class
// under a superclass with a real initialiser (which must still run first, once), a real
// initialiser under a constant superclass, and a constant class used in a hot loop.
public class Main {
    static void note(String s) {
        System.out.println(s);
    }

    static class Constants {
        static boolean flag = true;
        static byte b = (byte) 200;
        static char c = 'x';
        static short s = (short) -40000;
        static int i = 123456789;
        static long l = 1234567890123L;
        static float f = 1.5f;
        static double d = -0.1;
        static String text = "constant text";
        static Object nothing = null;
        static int twice = 1;
        static {
            twice = 2;
        }
        static int[] noArray = null;
    }

    static class Loud {
        static int base = 10;
        static { note("Loud init"); }
    }

    static class QuietUnderLoud extends Loud {
        static int quiet = 7;
    }

    static class Plain {
        static int seed = 3;
    }

    static class LoudUnderPlain extends Plain {
        static int value = seed * 2;
        static { note("LoudUnderPlain init, value " + value); }
    }

    static class Counter {
        static int last = 42;
        static int next() {
            return last = (last * 3877 + 29573) % 139968;
        }
    }

    public static void main(String[] args) {
        note("flag " + Constants.flag + " b " + Constants.b + " c " + Constants.c + " s " + Constants.s);
        note("i " + Constants.i + " l " + Constants.l + " f " + Constants.f + " d " + Constants.d);
        note("text " + Constants.text + " same literal " + (Constants.text == "constant text"));
        note("nothing " + Constants.nothing + " twice " + Constants.twice + " noArray " + Constants.noArray);
        Constants.i++;
        note("i after ++ " + Constants.i);
        note("before QuietUnderLoud");
        note("quiet " + QuietUnderLoud.quiet);
        note("base " + QuietUnderLoud.base);
        note("before LoudUnderPlain");
        note("value " + LoudUnderPlain.value + " seed " + Plain.seed);
        long sum = 0;
        for (int k = 0; k < 100000; k++) {
            sum += Counter.next();
        }
        note("counter sum " + sum + " last " + Counter.last);
    }
}
