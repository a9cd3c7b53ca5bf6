// A second class whose string literals must be the very same objects as Main's.
public class Other {
    static final String HELLO = "hello";
    static String world = "world";

    static String helloLiteral() {
        return "hello";
    }

    static String concatenated() {
        return "hel" + "lo"; // folded by javac into the literal "hello"
    }
}
