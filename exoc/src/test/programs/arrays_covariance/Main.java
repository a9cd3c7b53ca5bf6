// Array covariance: a String[] seen as Object[] rejects an Integer with ArrayStoreException
// (message = the stored object's class name); instanceof and casts on array types; arrays of
// interfaces; a cast from Object[] to String[] failing; index errors on stores and loads.
public class Main {
    interface Shape {}

    static class Circle implements Shape {}

    static class Square implements Shape {}

    static void tryStore(Object[] arr, Object value) {
        try {
            arr[0] = value;
            System.out.println("stored " + value.getClass().getName() + " into " + arr.getClass().getName());
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object[] objs = new String[2];
        tryStore(objs, "ok");
        tryStore(objs, Integer.valueOf(5));
        tryStore(new Object[1], Integer.valueOf(5));
        tryStore(new Number[1], 2.5);
        tryStore(new Number[1], "no");
        tryStore(new Shape[1], new Circle());
        tryStore(new Circle[1], new Square());
        tryStore(new Circle[1], new Circle());
        tryStore(new int[1][], new int[3]);
        tryStore(new int[1][], new long[3]);
        tryStore(new Object[1][], new String[2]);
        tryStore(new String[1][], new Object[2]);

        Object o = new String[] {"x"};
        System.out.println((o instanceof Object[]) + " " + (o instanceof String[]) + " " + (o instanceof Integer[])
                + " " + (o instanceof Comparable[]) + " " + (o instanceof CharSequence[]));
        Object p = new int[2];
        System.out.println((p instanceof Object) + " " + (p instanceof int[]) + " " + (p instanceof Object[]));
        Object q = new int[2][2];
        System.out.println((q instanceof Object[]) + " " + (q instanceof int[][]) + " " + (q instanceof Cloneable));
        Shape[] shapes = new Circle[] {new Circle()};
        System.out.println(shapes.getClass().getName() + " " + (shapes instanceof Circle[]));
        try {
            Object[] plain = new Object[] {"a"};
            String[] bad = (String[]) plain;
            System.out.println("unexpected " + bad.length);
        } catch (ClassCastException e) {
            System.out.println("cast Object[] to String[] failed");
        }
        String[] good = (String[]) objs;
        System.out.println("cast back ok " + good[0]);
        Object[] nums = new Integer[3];
        try {
            nums[3] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            nums[-1] = "x"; // the index check comes before the store check
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        } catch (ArrayStoreException e) {
            System.out.println("store first: " + e.getMessage());
        }
        nums[1] = null; // null is storable into any reference array
        System.out.println("null stored " + nums[1]);
    }
}
