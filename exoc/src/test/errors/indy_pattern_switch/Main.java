// Bad input: a pattern-matching switch (a Java 17 preview feature, compiled with
// --enable-preview, see the file `javac`) compiles to an invokedynamic whose bootstrap is
// java.lang.runtime.SwitchBootstraps.typeSwitch: neither a lambda, a string concatenation
// nor a record method, so exoc must reject it.
public class Main {
    static String describe(Object o) {
        return switch (o) {
            case Integer i -> "int " + i;
            case String s -> "string " + s;
            default -> "other";
        };
    }

    public static void main(String[] args) {
        System.out.println(describe(42));
    }
}
