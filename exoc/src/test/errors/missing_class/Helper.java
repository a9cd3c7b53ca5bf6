// The class whose class file the test deletes before exoc runs.
public class Helper {
    static String greet(String who) {
        return "hello " + who;
    }
}
