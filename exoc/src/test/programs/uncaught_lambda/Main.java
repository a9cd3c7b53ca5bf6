// An uncaught exception thrown inside a lambda body called through a functional interface
// and through ArrayList.forEach: the program's frames include the synthetic lambda$ method.
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

public class Main {
    static int apply(IntUnaryOperator f, int x) {
        return f.applyAsInt(x);
    }

    public static void main(String[] args) {
        IntUnaryOperator inverse = x -> 100 / x;
        System.out.println(apply(inverse, 4));
        List<Integer> xs = new ArrayList<>(List.of(5, 2, 1, 0, 3));
        xs.forEach(x -> {
            System.out.println("inverse of " + x);
            System.out.println(apply(inverse, x));
        });
    }
}
