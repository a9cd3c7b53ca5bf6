// String.format and System.out.printf with %d %5d %-5d %05d %+d %,d, %x %X %o, %s %10s %-10s
// %.2s, %c, %b, %n, %%, %.3f %8.2f %e %.0f %,.2f on positive, negative and large values, and
// arguments of different box types.
public class Main {
    public static void main(String[] args) {
        int[] ints = {0, 7, -7, 42, -1234, 99999, 1234567, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int i : ints) {
            System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [%,d] [%x] [%X] [%o] [%08X]", i, i, i, i, i, i, i, i, i, i));
        }
        long[] longs = {0L, -1L, 1L << 40, Long.MIN_VALUE, 123456789012L};
        for (long l : longs) {
            System.out.printf("%d|%,d|%x|%20d|%-20d|%n", l, l, l, l, l);
        }
        String[] strs = {"", "a", "hello", "a longer string"};
        for (String s : strs) {
            System.out.println(String.format("[%s] [%10s] [%-10s] [%.2s] [%S]", s, s, s, s, s));
        }
        double[] ds = {0.0, 1.0, -1.5, 3.14159265, 2.5, 3.5, 0.125, 1234567.891, -0.0004567, 1e-10, 6.02e23, 999.9995, 0.5, 1.005};
        for (double d : ds) {
            System.out.println(String.format("%.3f | %8.2f | %-10.1f| %e | %.2e | %.0f | %,.2f | %010.3f", d, d, d, d, d, d, d, d));
        }
        System.out.println(String.format("%c%c%c %c", 'J', 'a', 'v', 65));
        System.out.println(String.format("%b %b %b %b %B", true, false, null, "text", true));
        System.out.println(String.format("100%% done, %s%%", 50));
        System.out.println(String.format("%s %s %s %s %s", 1, 2L, 3.0f, 4.0, 'c'));
        System.out.println(String.format("%s and %s", null, new StringBuilder("sb")));
        System.out.println(String.format("%d %d %d", (byte) -1, (short) 300, Long.valueOf(5)));
        System.out.println(String.format("%x %x %X", (byte) -1, (short) -1, 255L));
        System.out.println(String.format("%.3f %.3f %.1f %.2f", Double.NaN, Double.POSITIVE_INFINITY, 0.05, 0.125));
        System.out.println(String.format("%5s|%-5s|%5b|%3c|", null, true, false, 'x'));
        System.out.println(String.format("%,d %,d %,.3f", 999, 1000, 1234.5));
        System.out.printf("%s=%d, %s=%.1f%n", "x", 10, "y", 2.25);
        System.out.printf("no args%n");
        String table = "";
        String[][] rows = {{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"watermelon", "12", "0.5"}};
        for (String[] r : rows) {
            table += String.format("%-12s%5s%8s%n", r[0], r[1], r[2]);
        }
        System.out.print(table);
        for (String[] r : rows) {
            if (!r[0].equals("name")) {
                System.out.printf("%-12s%5d%8.2f%10.3e%n", r[0], Integer.parseInt(r[1]), Double.parseDouble(r[2]),
                        Integer.parseInt(r[1]) * Double.parseDouble(r[2]));
            }
        }
        try {
            String.format("%d", "not a number");
        } catch (IllegalArgumentException e) {
            System.out.println("bad format: " + e.getClass().getName());
        }
    }
}
