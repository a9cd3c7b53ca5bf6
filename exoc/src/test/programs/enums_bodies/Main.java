// Enums with constructors, fields, constant-specific class bodies overriding abstract
// methods, static lookup tables filled in a static initialiser, interfaces implemented by
// enums, and EnumMap (iteration in ordinal order, toString, remove, containsKey).
import java.util.EnumMap;
import java.util.Map;

interface Priced {
    int cents();
}

enum Op {
    ADD("+", 1) {
        long apply(long a, long b) { return a + b; }
    },
    SUB("-", 1) {
        long apply(long a, long b) { return a - b; }
    },
    MUL("*", 2) {
        long apply(long a, long b) { return a * b; }
    },
    DIV("/", 2) {
        long apply(long a, long b) { return a / b; }

        @Override
        public String toString() { return "divide"; }
    },
    POW("^", 3) {
        long apply(long a, long b) {
            long r = 1;
            for (int i = 0; i < b; i++) {
                r *= a;
            }
            return r;
        }
    };

    private static final Map<String, Op> BY_SYMBOL = new java.util.HashMap<>();

    static {
        for (Op op : values()) {
            BY_SYMBOL.put(op.symbol, op);
        }
    }

    final String symbol;
    final int precedence;

    Op(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    abstract long apply(long a, long b);

    static Op bySymbol(String s) {
        return BY_SYMBOL.get(s);
    }
}

enum Coin implements Priced {
    PENNY(1), NICKEL(5), DIME(10), QUARTER(25);

    private final int cents;

    Coin(int cents) {
        this.cents = cents;
    }

    public int cents() {
        return cents;
    }
}

public class Main {
    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.symbol + " p" + op.precedence + " 7,3 -> "
                    + op.apply(7, 3) + " class-is-Op=" + (op.getDeclaringClass() == Op.class));
        }
        System.out.println(Op.bySymbol("*").apply(6, 7) + " " + Op.bySymbol("?"));
        EnumMap<Coin, Integer> purse = new EnumMap<>(Coin.class);
        purse.put(Coin.QUARTER, 3);
        purse.put(Coin.PENNY, 4);
        purse.put(Coin.DIME, 1);
        int total = 0;
        for (Map.Entry<Coin, Integer> e : purse.entrySet()) {
            total += e.getKey().cents() * e.getValue();
        }
        System.out.println(purse + " total=" + total + " size=" + purse.size());
        purse.remove(Coin.PENNY);
        purse.merge(Coin.DIME, 5, Integer::sum);
        System.out.println(purse + " " + purse.containsKey(Coin.NICKEL) + " " + purse.get(Coin.DIME)
                + " keys=" + purse.keySet() + " values=" + purse.values());
        EnumMap<Op, String> names = new EnumMap<>(Op.class);
        for (Op op : Op.values()) {
            if (op.precedence > 1) {
                names.put(op, op.symbol.repeat(op.precedence));
            }
        }
        System.out.println(names);
        Priced p = Coin.NICKEL;
        System.out.println(p.cents() + " " + ((Enum<?>) p).ordinal());
    }
}
