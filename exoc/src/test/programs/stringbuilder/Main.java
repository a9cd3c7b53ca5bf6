// StringBuilder operations: append of every type, insert at several positions, delete,
// deleteCharAt, replace, reverse (including surrogate pairs), setCharAt, setLength growing and
// shrinking, indexOf/lastIndexOf, charAt, substring, length after many appends, chaining,
// and the index exceptions thrown on bad positions.
public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2L).append(1.5f).append(2.25).append(true).append((String) null).append((Object) null)
                .append(new char[] {'x', 'y'}).append("str").append(new StringBuilder("SB")).append("abcdef", 1, 3);
        System.out.println(sb + " len=" + sb.length());
        sb.insert(0, "<").insert(sb.length(), '>').insert(3, 42).insert(5, false);
        System.out.println(sb);
        sb.delete(0, 5).deleteCharAt(0);
        System.out.println(sb);
        sb.replace(0, 4, "REPLACED");
        System.out.println(sb + " " + sb.indexOf("null") + " " + sb.lastIndexOf("null") + " " + sb.indexOf("zz") + " " + sb.charAt(2));
        sb.setCharAt(0, 'r');
        sb.setLength(8);
        System.out.println(sb + "|" + sb.length());
        sb.setLength(10);
        System.out.println((int) sb.charAt(9) + " " + sb.length());
        sb.setLength(0);
        System.out.println("[" + sb + "] " + sb.length());

        StringBuilder rev = new StringBuilder("stressed").reverse();
        System.out.println(rev + " " + new StringBuilder("a\uD83D\uDE00b").reverse().codePointAt(1));

        StringBuilder big = new StringBuilder(4);
        for (int i = 0; i < 10000; i++) {
            big.append((char) ('a' + i % 26));
        }
        long h = 0;
        for (int i = 0; i < big.length(); i++) {
            h = h * 31 + big.charAt(i);
        }
        System.out.println(big.length() + " " + h + " " + big.substring(9990) + " " + big.substring(26, 30));
        System.out.println(big.toString().hashCode() + " " + big.indexOf("xyz", 100) + " " + big.lastIndexOf("abc"));

        String[] probes = {"delete", "charAt", "insert", "setLength", "substring", "deleteCharAt"};
        for (String p : probes) {
            StringBuilder t = new StringBuilder("abc");
            try {
                switch (p) {
                    case "delete" -> t.delete(2, 1);
                    case "charAt" -> t.charAt(3);
                    case "insert" -> t.insert(5, "x");
                    case "setLength" -> t.setLength(-1);
                    case "substring" -> t.substring(4);
                    default -> t.deleteCharAt(3);
                }
                System.out.println(p + " ok " + t);
            } catch (IndexOutOfBoundsException e) {
                System.out.println(p + " " + e.getClass().getName());
            }
        }
        StringBuilder cmp = new StringBuilder("same");
        System.out.println(cmp.toString().equals("same") + " " + cmp.equals(new StringBuilder("same")) + " " + cmp.compareTo(new StringBuilder("samf"))
                + " " + "same".contentEquals(cmp));
        StringBuilder cps = new StringBuilder().appendCodePoint(65).appendCodePoint(0x1F600);
        System.out.println(cps.length() + " " + cps.codePointCount(0, cps.length()));
    }
}
