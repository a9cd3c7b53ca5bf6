// switch on ints: a dense table (tableswitch), a sparse one (lookupswitch) with negative and
// huge keys, char and byte selectors, fall-through, switch expressions, and nested switches.
public class Main {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            default: return "many";
        }
    }

    static int sparse(int x) {
        switch (x) {
            case -1000000: return 1;
            case -7: return 2;
            case 0: return 3;
            case 13: return 4;
            case 1024: return 5;
            case 65536: return 6;
            case Integer.MAX_VALUE: return 7;
            case Integer.MIN_VALUE: return 8;
            default: return 0;
        }
    }

    static int vowel(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> 1;
            case 'y' -> {
                int half = 5;
                yield half * 10;
            }
            default -> 0;
        };
    }

    static int fall(int x) {
        int acc = 0;
        switch (x) {
            case 1:
                acc += 1;
            case 2:
                acc += 20;
            case 3:
                acc += 300;
                break;
            case 10:
                acc = -5;
            default:
                acc -= 1;
        }
        return acc;
    }

    static String nested(int a, int b) {
        switch (a) {
            case 1:
                switch (b) {
                    case 1: return "1-1";
                    case 2: return "1-2";
                    default: return "1-?";
                }
            case 2:
                return b > 0 ? "2+" : "2-";
            default:
                return "?";
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = -2; i < 10; i++) {
            sb.append(dense(i)).append(',');
        }
        System.out.println(sb);
        int[] probes = {-1000000, -7, 0, 13, 1024, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, 12, 14, -8, 65535};
        for (int p : probes) {
            System.out.print(sparse(p) + " ");
        }
        System.out.println();
        int score = 0;
        for (char c : "the quick brown fox jumps over the lazy dog yay".toCharArray()) {
            score += vowel(c);
        }
        System.out.println("vowel score " + score);
        for (int i = 0; i <= 11; i++) {
            System.out.print(fall(i) + " ");
        }
        System.out.println();
        System.out.println(nested(1, 1) + nested(1, 2) + nested(1, 3) + nested(2, 5) + nested(2, -5) + nested(3, 3));
        byte b = -3;
        switch (b) {
            case -3 -> System.out.println("byte -3");
            default -> System.out.println("byte other");
        }
        long hist = 0;
        for (int i = 0; i < 1000; i++) {
            int k = (i * 7919) % 23;
            switch (k) {
                case 0, 5, 10, 15, 20 -> hist += 1;
                case 1, 2, 3 -> hist += 1000;
                case 22 -> hist += 1000000;
                default -> hist += 0;
            }
        }
        System.out.println("hist " + hist);
    }
}
