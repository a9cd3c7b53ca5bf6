// Bad input: string concatenation in interrupt context (it builds a StringBuilder).
import exo.rt.IrqContext;

public class Main {
    static String last;

    @IrqContext
    static void onTick(int tick) {
        last = "tick " + tick;
    }

    public static void main(String[] args) {
        onTick(5);
        System.out.println(last);
    }
}
