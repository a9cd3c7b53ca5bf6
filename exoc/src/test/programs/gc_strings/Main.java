// Allocation-heavy with short-lived strings: millions of small concatenations, substrings,
// StringBuilder round trips and Integer.toString results, each dropped at once, under a
// 32 MiB heap; a checksum over the generated text makes every string matter.
public class Main {
    public static void main(String[] args) {
        long checksum = 0;
        int kept = 0;
        String survivor = "";
        for (int i = 0; i < 400000; i++) {
            String s = "item-" + i + "-" + (i * 31 % 97);
            String t = s.substring(2, s.length() - 1).toUpperCase();
            StringBuilder sb = new StringBuilder(t).reverse();
            String u = sb.toString() + Integer.toString(i, 36);
            checksum = checksum * 131 + u.hashCode();
            if (i % 50000 == 0) {
                survivor = survivor + u.charAt(0);
                kept++;
                System.out.println(i + " " + u + " " + checksum);
            }
        }
        System.out.println("checksum " + checksum + " kept " + kept + " survivor " + survivor);
        String[] ring = new String[1000];
        for (int i = 0; i < 300000; i++) {
            ring[i % ring.length] = String.valueOf(i * 7L) + ring.length;
        }
        long len = 0;
        for (String s : ring) {
            len += s.length();
        }
        System.out.println("ring " + len + " " + ring[0] + " " + ring[999]);
    }
}
