// Character helpers: isDigit/isLetter/isLetterOrDigit/isWhitespace/isUpperCase/isLowerCase,
// toUpperCase/toLowerCase, digit and forDigit in several radixes, getNumericValue,
// Character.compare, toString, toChars and isSurrogate, and a Caesar cipher and a
// hand-written tokenizer built from them.
import java.util.ArrayList;
import java.util.List;

public class Main {
    static String caesar(String s, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append((char) ('A' + (c - 'A' + shift + 26) % 26));
            } else if (Character.isLowerCase(c)) {
                sb.append((char) ('a' + (c - 'a' + shift + 26) % 26));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static List<String> tokens(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isDigit(c)) {
                while (i < src.length() && Character.isDigit(src.charAt(i))) {
                    i++;
                }
                out.add("NUM(" + src.substring(start, i) + ")");
            } else if (Character.isLetter(c) || c == '_') {
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                out.add("ID(" + src.substring(start, i) + ")");
            } else {
                i++;
                out.add("SYM(" + c + ")");
            }
        }
        return out;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (char c = 32; c < 127; c++) {
            int flags = (Character.isDigit(c) ? 1 : 0) | (Character.isLetter(c) ? 2 : 0) | (Character.isLetterOrDigit(c) ? 4 : 0)
                    | (Character.isWhitespace(c) ? 8 : 0) | (Character.isUpperCase(c) ? 16 : 0) | (Character.isLowerCase(c) ? 32 : 0)
                    | (Character.isAlphabetic(c) ? 64 : 0) | (Character.isSpaceChar(c) ? 128 : 0);
            sb.append(Integer.toHexString(flags));
        }
        System.out.println(sb);
        sb.setLength(0);
        for (char c : new char[] {'\t', '\n', '\r', '\f', '\u000b', '\u001c', '\u00a0', '\u2007', '\u2028', '\u3000'}) {
            sb.append(Character.isWhitespace(c) ? 'W' : '-').append(Character.isSpaceChar(c) ? 'S' : '-').append(' ');
        }
        System.out.println(sb);
        System.out.println(Character.toUpperCase('a') + " " + Character.toLowerCase('Q') + " " + Character.toUpperCase('1') + " " + Character.toUpperCase('\u00e9')
                + " " + (int) Character.toLowerCase('\u00c0') + " " + Character.toUpperCase(0x61) + " " + Character.isLetter('\u4e2d')
                + " " + Character.isDigit('\u0663') + " " + Character.getNumericValue('\u0663'));
        sb.setLength(0);
        for (char c : "09afAFzZ!".toCharArray()) {
            sb.append(Character.digit(c, 10)).append('/').append(Character.digit(c, 16)).append('/').append(Character.digit(c, 36)).append('/')
                    .append(Character.getNumericValue(c)).append(' ');
        }
        System.out.println(sb);
        System.out.println(Character.forDigit(11, 16) + " " + Character.forDigit(5, 10) + " " + (int) Character.forDigit(20, 16) + " " + Character.forDigit(35, 36));
        System.out.println(Character.compare('a', 'b') + " " + Character.compare('z', 'a') + " " + Character.toString('x') + Character.valueOf('y')
                + " " + new String(Character.toChars(0x1F600)).length() + " " + Character.isSurrogate('\uD83D') + " " + Character.charCount(0x1F600)
                + " " + Character.isHighSurrogate('\uD83D') + " " + Character.toCodePoint('\uD83D', '\uDE00') + " " + Character.MIN_RADIX + Character.MAX_RADIX);
        String msg = "Hello, World! Zebra-123";
        String enc = caesar(msg, 3);
        System.out.println(enc + " | " + caesar(enc, -3));
        System.out.println(tokens("let x_1 = foo(42, y) + 7*bar;"));
        int digits = 0, letters = 0, spaces = 0, other = 0;
        for (char c : "In 1492, Columbus sailed the ocean blue; 3 ships!".toCharArray()) {
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isSpaceChar(c)) {
                spaces++;
            } else {
                other++;
            }
        }
        System.out.println(digits + " " + letters + " " + spaces + " " + other);
    }
}
