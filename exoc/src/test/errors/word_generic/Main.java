// Bad input: a word in a generic collection (erased to Object).
import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<Addr> addrs = new ArrayList<>();
        addrs.add(new Addr(7));
        System.out.println(addrs.size());
    }
}
