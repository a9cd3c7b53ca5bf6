// Bad input: loads a class by name through reflection.
public class Main {
    static Object load(String name) throws Exception {
        Class<?> c = Class.forName(name);
        return c.getName();
    }

    public static void main(String[] args) throws Exception {
        System.out.println(load("Main"));
    }
}
