// Inner (non-static) classes reading and writing the outer instance's fields, including
// private ones, Outer.this, inner classes of inner classes, and the outer class using the
// inner class's private members.
public class Main {
    private int counter = 100;
    private static int statics = 7;
    private String label;

    Main(String label) {
        this.label = label;
    }

    private String secret() {
        return "secret of " + label;
    }

    class Inner {
        private int own = 5;
        int counter = 1; // shadows Main.counter

        int bump() {
            Main.this.counter += own;
            return counter + Main.this.counter;
        }

        String reveal() {
            return secret() + " / statics=" + statics++;
        }

        class Deeper {
            String path() {
                return label + ">" + own + ">" + counter + ">" + Main.this.counter;
            }
        }
    }

    static class Nested {
        private final int v;

        Nested(int v) {
            this.v = v;
        }

        int twice() {
            return v * 2 + statics;
        }
    }

    int peek(Inner in) {
        return in.own * 1000; // outer reads the inner class's private field
    }

    public static void main(String[] args) {
        Main m = new Main("first");
        Main.Inner in = m.new Inner();
        System.out.println(in.bump() + " " + in.bump() + " " + m.counter);
        System.out.println(in.reveal());
        System.out.println(in.reveal());
        Main.Inner.Deeper d = in.new Deeper();
        System.out.println(d.path());
        Main other = new Main("second");
        Inner in2 = other.new Inner();
        in2.own = 9;
        in2.bump();
        System.out.println(in2.new Deeper().path() + " " + m.peek(in2));
        System.out.println(new Nested(20).twice());
        m.label = "renamed";
        System.out.println(d.path());
    }
}
