// Casts and instanceof against classes with no subclass in the program (final ones, a leaf
// class that is not final, an abstract class nobody extends), which exoc tests by comparing
// the object's class with one descriptor: a cast that succeeds, one that fails (the whole
// ClassCastException message), null through a checkcast, arrays of such classes (covariant
// Object[] casts and failing array stores), and a superclass whose one subclass is final.
public class Main {
    static final class Rock {
        final int weight;

        Rock(int weight) {
            this.weight = weight;
        }
    }

    static class Leaf {
        int size() {
            return 1;
        }
    }

    abstract static class Nobody {
    }

    static class Base {
    }

    static final class OnlyChild extends Base {
    }

    static Object pick(int i) {
        switch (i % 6) {
            case 0: return new Rock(i);
            case 1: return new Leaf();
            case 2: return "text" + i;
            case 3: return new OnlyChild();
            case 4: return new Base();
            default: return null;
        }
    }

    static String tests(Object o) {
        return (o instanceof Rock ? "R" : "-") + (o instanceof Leaf ? "L" : "-") + (o instanceof Nobody ? "N" : "-")
                + (o instanceof Base ? "B" : "-") + (o instanceof OnlyChild ? "O" : "-")
                + (o instanceof String ? "S" : "-");
    }

    static String castRock(Object o) {
        try {
            Rock r = (Rock) o;
            return r == null ? "null rock" : "rock " + r.weight;
        } catch (ClassCastException e) {
            return e.getMessage();
        }
    }

    static String castChild(Object o) {
        try {
            OnlyChild c = (OnlyChild) o;
            return c == null ? "null child" : "child";
        } catch (ClassCastException e) {
            return e.getMessage();
        }
    }

    static String castArray(Object o) {
        try {
            Rock[] rocks = (Rock[]) o;
            return rocks == null ? "null array" : "rocks " + rocks.length;
        } catch (ClassCastException e) {
            return e.getMessage();
        }
    }

    public static void main(String[] args) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            Object o = pick(i);
            System.out.println(i + " " + tests(o) + " | " + castRock(o) + " | " + castChild(o));
            if (o instanceof Leaf l) {
                sum += l.size();
            }
        }
        System.out.println("leaves " + sum);
        Object[] arrays = {new Rock[2], new Object[1], new Leaf[3], new Base[1], new OnlyChild[4], null, "x"};
        for (Object a : arrays) {
            System.out.println(castArray(a) + " | " + (a instanceof Rock[]) + " " + (a instanceof Base[])
                    + " " + (a instanceof OnlyChild[]) + " " + (a instanceof Object[]));
        }
        Base[] bases = new OnlyChild[2];
        try {
            bases[0] = new OnlyChild();
            bases[1] = new Base();
            System.out.println("stored");
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException " + e.getMessage());
        }
        Object s = "str";
        String str = (String) s;
        Object nothing = null;
        Rock none = (Rock) nothing;
        System.out.println(str + " " + none + " " + (nothing instanceof Rock));
    }
}
