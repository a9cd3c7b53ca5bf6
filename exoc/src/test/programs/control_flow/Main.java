// Control flow: labelled break and continue across nested loops, do-while, for with several
// variables, conditional expressions (including nested and mixed boxing), short-circuit
// evaluation with side effects, compound boolean logic with & | ^ on booleans, and a
// loop-heavy Collatz search.
public class Main {
    static int calls;

    static boolean t(String tag, StringBuilder log) {
        calls++;
        log.append(tag);
        return true;
    }

    static boolean f(String tag, StringBuilder log) {
        calls++;
        log.append(tag);
        return false;
    }

    public static void main(String[] args) {
        StringBuilder log = new StringBuilder();
        int found = -1;
        search:
        for (int i = 2; i < 50; i++) {
            for (int j = 2; j < i; j++) {
                if (i % j == 0) {
                    continue search;
                }
            }
            if (i > 40) {
                found = i;
                break search;
            }
        }
        System.out.println("first prime above 40: " + found);
        int count = 0;
        outer:
        for (int a = 0; a < 10; a++) {
            inner:
            for (int b = 0; b < 10; b++) {
                if (b > a) {
                    continue outer;
                }
                if ((a + b) % 7 == 6) {
                    break inner;
                }
                if (a * b > 40) {
                    break outer;
                }
                count++;
            }
        }
        System.out.println("pairs " + count);
        int n = 0;
        do {
            n += 3;
        } while (n % 7 != 0);
        System.out.println("do-while " + n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0, j = 10; i < j; i += 2, j--) {
            sb.append(i).append('-').append(j).append(' ');
        }
        System.out.println(sb.toString().trim());
        for (int k = -2; k <= 2; k++) {
            String s = k < 0 ? "neg" : k == 0 ? "zero" : k == 1 ? "one" : "many";
            System.out.print(s + " ");
        }
        System.out.println();
        boolean r1 = f("a", log) && t("b", log);
        boolean r2 = t("c", log) || f("d", log);
        boolean r3 = f("e", log) & t("f", log);
        boolean r4 = t("g", log) | f("h", log);
        boolean r5 = t("i", log) ^ t("j", log);
        boolean r6 = !(f("k", log) || f("l", log)) && (t("m", log) || t("n", log));
        System.out.println(r1 + " " + r2 + " " + r3 + " " + r4 + " " + r5 + " " + r6 + " " + log + " calls=" + calls);
        Integer boxed = 5;
        long widened = true ? boxed : 2L; // binary numeric promotion unboxes and widens
        Object mixed = false ? 1 : "str";
        Object numeric = true ? 1 : 2.0; // promoted to double
        System.out.println(widened + " " + mixed + " " + numeric + " " + (char) (true ? 'x' : 0) + " " + (true ? 'y' : 0) + " " + (false ? 'z' : 66));
        long bestLen = 0, bestStart = 0;
        for (long start = 1; start < 30000; start++) {
            long x = start, len = 1;
            while (x != 1) {
                x = (x & 1) == 0 ? x >> 1 : 3 * x + 1;
                len++;
            }
            if (len > bestLen) {
                bestLen = len;
                bestStart = start;
            }
        }
        System.out.println("collatz " + bestStart + " " + bestLen);
        int w = 0;
        while (true) {
            if (++w >= 10) {
                break;
            }
        }
        int sw = 0;
        for (int i = 0; i < 20; i++) {
            if (i % 2 == 0) continue;
            if (i > 15) break;
            sw += i;
        }
        System.out.println(w + " " + sw);
    }
}
