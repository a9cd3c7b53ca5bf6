// Hash codes the JDK specifies exactly: String, boxes (Integer, Long, Double, Float, Boolean,
// Character, Short, Byte), List and Set and Map (sum/polynomial contracts), Map.Entry,
// Arrays.hashCode, Objects.hash, records of primitives and Strings, enums' names' hashes, and
// a String-keyed HashMap whose iteration order follows from those hashes.
import java.util.*;

public class Main {
    record R(int a, String b, long c, boolean d, double e) {}

    public static void main(String[] args) {
        String[] strs = {"", "a", "Aa", "BB", "hello world", "\u00e9\u4e2d", "polygenelubricants", "x".repeat(100)};
        StringBuilder sb = new StringBuilder();
        for (String s : strs) {
            sb.append(s.hashCode()).append(' ');
        }
        System.out.println(sb.toString().trim());
        System.out.println(Integer.hashCode(-1) + " " + Long.hashCode(Long.MIN_VALUE) + " " + Long.hashCode(-1L) + " " + Double.hashCode(Math.PI) + " "
                + Double.hashCode(Double.NaN) + " " + Float.hashCode(-1.5f) + " " + Boolean.hashCode(true) + " " + Character.hashCode('\uffff') + " "
                + Short.hashCode((short) -2) + " " + Byte.hashCode((byte) -3));
        List<Integer> list = new ArrayList<>();
        Set<Integer> set = new HashSet<>();
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            list.add(i * i - 50);
            set.add(i * 3);
            map.put("k" + i, i);
        }
        System.out.println(list.hashCode() + " " + new LinkedList<>(list).hashCode() + " " + set.hashCode() + " " + new TreeSet<>(set).hashCode() + " "
                + map.hashCode() + " " + new TreeMap<>(map).hashCode() + " " + Map.entry("key", 5).hashCode() + " " + List.of(1, 2, 3).hashCode()
                + " " + Arrays.asList("a", null).hashCode());
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {-1L}) + " " + Arrays.hashCode(new char[] {'a'})
                + " " + Arrays.hashCode(new byte[] {-1, 1}) + " " + Arrays.hashCode(new float[] {0.5f}) + " " + Arrays.deepHashCode(new Object[] {new int[] {1}, "s"})
                + " " + Objects.hash("x", 1, 2L) + " " + Objects.hashCode(null));
        R r = new R(7, "seven", 7L << 35, true, 0.5);
        System.out.println(r.hashCode() + " " + new R(0, null, 0, false, 0.0).hashCode() + " " + new R(-1, "", -1, false, -0.0).hashCode());
        Map<String, String> ordered = new HashMap<>();
        for (String s : "zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega alpha beta gamma delta epsilon".split(" ")) {
            ordered.put(s, s.toUpperCase());
        }
        System.out.println(ordered.keySet());
        Set<String> hs = new HashSet<>(ordered.values());
        System.out.println(hs);
        Map<Long, Integer> longKeys = new HashMap<>();
        for (long k = -5; k <= 5; k++) {
            longKeys.put(k * 1000000007L, (int) k);
        }
        System.out.println(longKeys);
        Map<Double, Integer> doubleKeys = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            doubleKeys.put(i / 4.0, i);
        }
        System.out.println(doubleKeys);
    }
}
