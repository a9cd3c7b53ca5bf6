// Bad input: uses java.util.regex, which the core library lacks.
import java.util.regex.Pattern;

public class Main {
    static boolean looksLikeNumber(String s) {
        return Pattern.compile("-?[0-9]+").matcher(s).matches();
    }

    public static void main(String[] args) {
        System.out.println(looksLikeNumber("123"));
    }
}
