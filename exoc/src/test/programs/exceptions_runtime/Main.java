// Exceptions thrown by the runtime itself, caught and printed with getMessage():
// NullPointerException (field, method, array, unboxing, throw null), array index errors,
// ArithmeticException for / and % by zero (int and long), ClassCastException messages,
// NegativeArraySizeException, and the index messages of strings and lists.
import java.util.ArrayList;
import java.util.List;

public class Main {
    static class Point {
        int x;

        int getX() {
            return x;
        }
    }

    interface Op {
        Object run() throws Exception;
    }

    static void show(String label, Op op) {
        try {
            Object r = op.run();
            System.out.println(label + " -> " + r);
        } catch (Exception e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static int zero() {
        return 0;
    }

    public static void main(String[] args) {
        Point nullPoint = null;
        int[] nullArr = null;
        Integer nullBox = null;
        String nullStr = null;
        show("field read", () -> nullPoint.x);
        show("method call", () -> nullPoint.getX());
        show("array length", () -> nullArr.length);
        show("array load", () -> nullArr[0]);
        show("unboxing", () -> nullBox + 1);
        show("string method", () -> nullStr.length());
        show("throw null", () -> {
            throw null;
        });
        show("synchronized null", () -> {
            synchronized (nullStr) {
                return 1;
            }
        });
        int[] arr = new int[3];
        show("index 3", () -> arr[3]);
        show("index -1", () -> arr[-1]);
        show("store 7", () -> arr[7] = 1);
        show("int div", () -> 10 / zero());
        show("int rem", () -> 10 % zero());
        show("long div", () -> 10L / zero());
        show("long rem", () -> 10L % (long) zero());
        show("double div", () -> 10.0 / zero());
        Object boxed = Integer.valueOf(42);
        show("cast Integer to String", () -> (String) boxed);
        Object pt = new Point();
        show("cast Point to Runnable", () -> (Runnable) pt);
        show("cast Integer to Long", () -> (Long) boxed);
        show("negative size", () -> new int[zero() - 5]);
        show("negative size 2d", () -> new String[2][zero() - 1]);
        show("charAt", () -> "abc".charAt(5));
        show("substring", () -> "abc".substring(2, 1));
        show("list get", () -> new ArrayList<>(List.of(1, 2)).get(2));
        show("parse", () -> Integer.parseInt("12x"));
        show("parse empty", () -> Integer.parseInt(""));
        show("iterator", () -> new ArrayList<String>().iterator().next());
        show("list of add", () -> List.of(1).add(2));
    }
}
