// The account class used by Main: its constructor validates a ratio and wraps failures in
// a custom checked exception.
public class Account {
    static class AccountException extends Exception {
        AccountException(String msg, Throwable cause) {
            super(msg, cause);
        }
    }

    private final String owner;
    private final int share;

    private Account(String owner, int balance) throws AccountException {
        this.owner = owner;
        try {
            this.share = ratio(1000, balance);
        } catch (IllegalStateException e) {
            throw new AccountException("cannot open account for " + owner,
                    e);
        }
    }

    static int ratio(int total, int part) {
        try {
            return total / part;
        } catch (ArithmeticException e) {
            throw new IllegalStateException("bad balance " + part,
                    e);
        }
    }

    static Account open(String owner, int balance) throws AccountException {
        return new Account(owner, balance);
    }

    @Override
    public String toString() {
        return owner + " share " + share;
    }
}
