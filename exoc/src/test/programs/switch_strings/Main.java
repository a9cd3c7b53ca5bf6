// switch on strings: many cases, hash collisions ("Aa"/"BB", "AaAa"/"BBBB"), fall-through,
// default, the empty string, switch expressions with yield, and a switch inside a loop.
public class Main {
    static int classify(String s) {
        switch (s) {
            case "Aa":
                return 1;
            case "BB":
                return 2;
            case "AaAa":
                return 3;
            case "BBBB":
                return 4;
            case "AaBB":
                return 5;
            case "":
                return 6;
            case "hello":
            case "world":
                return 7;
            default:
                return -1;
        }
    }

    static String day(String d) {
        return switch (d) {
            case "sat", "sun" -> "weekend";
            case "mon", "tue", "wed", "thu", "fri" -> {
                String t = "week";
                yield t + "day";
            }
            default -> "unknown:" + d;
        };
    }

    static int fallThrough(String s) {
        int n = 0;
        switch (s) {
            case "three":
                n += 100;
            case "two":
                n += 10;
            case "one":
                n += 1;
                break;
            case "none":
                break;
            default:
                n = -1;
        }
        return n;
    }

    public static void main(String[] args) {
        String[] keys = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "world", "Hello", "x"};
        for (String k : keys) {
            System.out.println("'" + k + "' hash=" + k.hashCode() + " -> " + classify(k));
        }
        for (String d : new String[] {"mon", "sat", "fri", "sun", "xyz"}) {
            System.out.println(d + " " + day(d));
        }
        for (String s : new String[] {"one", "two", "three", "none", "four"}) {
            System.out.print(fallThrough(s) + " ");
        }
        System.out.println();
        String built = new StringBuilder("he").append("llo").toString();
        System.out.println(classify(built) + " " + classify(new String("BB")));
        int score = 0;
        String program = "inc inc dbl dec inc dbl dbl neg nop";
        for (String cmd : program.split(" ")) {
            switch (cmd) {
                case "inc" -> score++;
                case "dec" -> score--;
                case "dbl" -> score *= 2;
                case "neg" -> score = -score;
                default -> System.out.println("skip " + cmd);
            }
        }
        System.out.println("score " + score);
    }
}
