// Bad input: arrays of words are not supported (a long[] of raw values is).
public class Main {
    public static void main(String[] args) {
        Addr[] table = new Addr[4];
        table[0] = new Addr(1);
        System.out.println(table.length);
    }
}
