// Bad input: hashCode inherited from Object is an identity hash; Addr does not declare one.
public class Main {
    public static void main(String[] args) {
        Addr a = new Addr(7);
        System.out.println(a.hashCode() != 0);
    }
}
