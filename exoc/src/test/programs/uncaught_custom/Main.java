// An uncaught custom checked exception declared by main, thrown from a constructor in a
// second source file, with a cause whose own cause is a runtime ArithmeticException.
public class Main {
    public static void main(String[] args) throws Account.AccountException {
        Account a = Account.open("alice", 100);
        System.out.println(a);
        Account b = Account.open("bob", 250);
        System.out.println(b);
        Account c = Account.open("carol", 0);
        System.out.println(c);
    }
}
