// Bad input: a program that loads a class by name and calls a method through reflection.
// exoc must name reflection as the root cause first, then list what is missing.
import java.lang.reflect.Method;

public class Main {
    public static void main(String[] args) throws Exception {
        Class<?> c = Class.forName(args.length > 0 ? args[0] : "Main");
        Method m = c.getMethod("hello");
        m.invoke(null);
    }

    public static void hello() {
        System.out.println("hello");
    }
}
