// String methods: substring, indexOf/lastIndexOf (chars and strings, with start indices),
// split on simple separators (trailing empties dropped, limits), compareTo and
// compareToIgnoreCase, equalsIgnoreCase, trim/strip/isBlank, replace (char and sequence),
// toUpperCase/toLowerCase, join, repeat, contains/startsWith/endsWith, chars of all kinds
// (letters, digits, punctuation, Latin-1 and BMP characters, a surrogate pair), hashCode,
// toCharArray, valueOf, and regionMatches.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        String s = "The quick brown fox jumps over the lazy dog";
        System.out.println(s.length() + " " + s.substring(4, 9) + "|" + s.substring(40) + "|" + s.substring(43) + "|" + s.charAt(16));
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 13) + " " + s.lastIndexOf('o') + " " + s.lastIndexOf('o', 40) + " " + s.indexOf('Z')
                + " " + s.indexOf("the") + " " + s.indexOf("The") + " " + s.lastIndexOf("o") + " " + s.indexOf("", 5) + " " + s.indexOf("fox", 17));
        System.out.println(Arrays.toString("a,b,,c,,".split(",")) + " " + Arrays.toString("a,b,,c,,".split(",", -1)) + " "
                + Arrays.toString("a,b,c,d".split(",", 2)) + " " + Arrays.toString("".split(",")) + " " + Arrays.toString(" x  y ".split(" "))
                + " " + Arrays.toString("k=v;k2=v2".split(";")) + " " + "no-sep".split(":").length + " " + Arrays.toString("a::b".split("::")));
        String[] words = {"apple", "Apple", "banana", "app", "", "apples", "Banana", "APPLE"};
        StringBuilder sb = new StringBuilder();
        for (String a : words) {
            for (String b : words) {
                sb.append(Integer.signum(a.compareTo(b)) + 1);
            }
            sb.append(' ').append(a.compareTo("apple")).append(' ').append(a.compareToIgnoreCase("APPLE")).append(' ')
                    .append(a.equalsIgnoreCase("apple") ? 'Y' : 'n').append(" | ");
        }
        System.out.println(sb);
        String padded = " \t padded text \n ";
        System.out.println("[" + padded.trim() + "] [" + padded.strip() + "] [" + padded.stripLeading() + "] [" + padded.stripTrailing() + "] "
                + "   ".isBlank() + " " + "".isEmpty() + " " + " a ".isBlank());
        System.out.println(s.replace('o', '0') + " | " + s.replace("the", "THE") + " | " + "aaaa".replace("aa", "b") + " | " + "abc".replace("", "-")
                + " | " + "x.y.z".replace(".", ""));
        System.out.println(s.toUpperCase() + " | " + "MiXeD 123 ÄÖÜ éß".toLowerCase() + " | " + "straße".toUpperCase() + " | " + "ÿ".toUpperCase());
        List<String> parts = new ArrayList<>(List.of("x", "y", "z"));
        System.out.println(String.join("-", parts) + " " + String.join("", "a", "b") + " " + String.join(", ", new ArrayList<String>()) + "|"
                + "ab".repeat(3) + "|" + "x".repeat(0) + "|");
        System.out.println(s.contains("fox") + " " + s.contains("cat") + " " + s.startsWith("The") + " " + s.startsWith("quick", 4) + " " + s.endsWith("dog")
                + " " + s.endsWith("") + " " + "".contains(""));
        String kinds = "aZ09 _-!~\u00e9\u00df\u00c0\u03a9\u4e2d\uD83D\uDE00\t";
        sb.setLength(0);
        for (int i = 0; i < kinds.length(); i++) {
            char c = kinds.charAt(i);
            sb.append((int) c).append(Character.isLetter(c) ? "L" : "").append(Character.isDigit(c) ? "D" : "")
                    .append(Character.isWhitespace(c) ? "W" : "").append(Character.isUpperCase(c) ? "U" : "").append(Character.isLowerCase(c) ? "l" : "")
                    .append(Character.isLetterOrDigit(c) ? "A" : "").append(Character.isSurrogate(c) ? "S" : "").append(' ');
        }
        System.out.println(sb);
        System.out.println(kinds.length() + " " + kinds.codePointAt(13) + " " + kinds.codePointCount(0, kinds.length()) + " " + kinds.hashCode());
        System.out.println("unicode out: " + kinds.substring(9, 16));
        char[] cs = "hello".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs) + " " + String.valueOf(cs, 1, 3) + " " + String.valueOf(3.5) + String.valueOf(true) + String.valueOf('c')
                + String.valueOf(7L) + " " + String.valueOf((Object) null) + " " + "abc".hashCode() + " " + "".hashCode());
        System.out.println("Hello World".regionMatches(6, "World", 0, 5) + " " + "Hello World".regionMatches(true, 6, "WORLD", 0, 5)
                + " " + "abc".equals("abc") + " " + "abc".equals(null) + " " + "abc".concat("def") + " " + "a-b-c".lastIndexOf('-', 2)
                + " " + "banana".indexOf("ana", 2) + " " + "banana".lastIndexOf("ana"));
        System.out.println("  indent".indexOf("i") + " " + "abc".compareTo("abcd") + " " + "b".compareTo("a")
                + " " + "\u00e9".compareTo("e") + " " + "tab\there".length() + " " + "line1\nline2".split("\n").length);
        String big = "xy".repeat(5000);
        System.out.println(big.length() + " " + big.hashCode() + " " + big.lastIndexOf("yx") + " " + big.substring(4997, 5003));
    }
}
