// String concatenation with every type: char, byte, short, int, long, float, double,
// boolean, null references, objects with toString, char arrays via String.valueOf, constant
// folding of compile-time constants, += in loops, and evaluation order of operands.
public class Main {
    static final String CONST = "con" + "st" + 1 + 'c' + 2.5 + true;
    static int calls;

    static class Thing {
        final int id;

        Thing(int id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "Thing#" + id;
        }
    }

    static class NullToString {
        @Override
        public String toString() {
            return null;
        }
    }

    static int next() {
        return ++calls;
    }

    public static void main(String[] args) {
        char c = 'x';
        byte b = -5;
        short s = 300;
        int i = -42;
        long l = 1234567890123L;
        float f = 1.25f;
        double d = -0.1;
        boolean z = false;
        String n = null;
        Object o = null;
        Thing t = new Thing(7);
        System.out.println("c=" + c + " b=" + b + " s=" + s + " i=" + i + " l=" + l + " f=" + f + " d=" + d + " z=" + z
                + " n=" + n + " o=" + o + " t=" + t);
        System.out.println(c + 1 + "|" + (char) (c + 1) + "|" + 'a' + 'b' + "|" + ('a' + 'b') + "|" + 1 + 2 + "|" + (1 + 2));
        System.out.println(CONST + " " + (CONST == "const1c2.5true"));
        System.out.println("" + Long.MIN_VALUE + Integer.MIN_VALUE + Double.MAX_VALUE + Float.MIN_VALUE + Double.NaN + (1.0 / 0));
        System.out.println("nested " + new NullToString() + " " + (Object) "obj" + " " + new StringBuilder("sb"));
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k;
            acc += ',';
        }
        acc += null;
        acc += 1.5f;
        System.out.println(acc);
        String order = "a" + next() + next() * 10 + "b" + (next() + next());
        System.out.println(order + " calls=" + calls);
        char[] chars = {'h', 'i'};
        System.out.println("chars " + String.valueOf(chars) + " " + new String(chars, 1, 1));
        String e = "";
        System.out.println(e + 'q' + e + 3 + e + 4L + e + true);
        Integer boxed = 99;
        Character ch = 'Z';
        System.out.println("boxed " + boxed + ch + (boxed + 1) + Boolean.TRUE);
        int[] counter = {0};
        String s2 = "x" + (counter[0]++) + (counter[0]++) + counter[0];
        System.out.println(s2);
        long big = 1L << 62;
        System.out.println("big " + big + " " + (big + big) + " " + -big + " " + (int) big);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('1' + 2 + "3" + '4' + 5);
        float tiny = 1e-5f;
        double huge = 1e21;
        System.out.println("fd " + tiny + " " + huge + " " + 100.0f + " " + 0.001 + " " + 1234567.0 + " " + 12345678.9f);
    }
}
