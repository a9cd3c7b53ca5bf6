// A bank-account simulation with a custom exception hierarchy: accounts with overdraft
// limits, frozen accounts, transfers that roll back on failure, a transaction log, interest
// applied in cents with rounding, and a final audit that the total money is conserved.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    static class BankException extends Exception {
        BankException(String msg) {
            super(msg);
        }
    }

    static class InsufficientFundsException extends BankException {
        final long shortBy;

        InsufficientFundsException(String id, long shortBy) {
            super("insufficient funds in " + id + ": short by " + Main.money(shortBy));
            this.shortBy = shortBy;
        }
    }

    static class AccountFrozenException extends BankException {
        AccountFrozenException(String id) {
            super("account " + id + " is frozen");
        }
    }

    static class NoSuchAccountException extends BankException {
        NoSuchAccountException(String id) {
            super("no such account: " + id);
        }
    }

    static String money(long cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
    }

    static class Account {
        final String id;
        final long overdraft;
        long balance;
        boolean frozen;

        Account(String id, long balance, long overdraft) {
            this.id = id;
            this.balance = balance;
            this.overdraft = overdraft;
        }

        void withdraw(long amount) throws BankException {
            if (frozen) {
                throw new AccountFrozenException(id);
            }
            if (balance - amount < -overdraft) {
                throw new InsufficientFundsException(id, amount - balance - overdraft);
            }
            balance -= amount;
        }

        void deposit(long amount) throws AccountFrozenException {
            if (frozen) {
                throw new AccountFrozenException(id);
            }
            balance += amount;
        }
    }

    final Map<String, Account> accounts = new TreeMap<>();
    final List<String> log = new ArrayList<>();

    Account find(String id) throws NoSuchAccountException {
        Account a = accounts.get(id);
        if (a == null) {
            throw new NoSuchAccountException(id);
        }
        return a;
    }

    void transfer(String from, String to, long amount) {
        try {
            Account src = find(from);
            Account dst = find(to);
            src.withdraw(amount);
            try {
                dst.deposit(amount);
            } catch (AccountFrozenException e) {
                src.balance += amount; // roll back
                throw e;
            }
            log.add("OK   " + from + "->" + to + " " + money(amount));
        } catch (InsufficientFundsException e) {
            log.add("FAIL " + e.getMessage() + " (" + e.shortBy + ")");
        } catch (BankException e) {
            log.add("FAIL " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    long total() {
        long t = 0;
        for (Account a : accounts.values()) {
            t += a.balance;
        }
        return t;
    }

    void applyInterest(int basisPoints) {
        for (Account a : accounts.values()) {
            if (a.balance > 0) {
                long interest = Math.round(a.balance * basisPoints / 10000.0);
                a.balance += interest;
                log.add("INT  " + a.id + " +" + money(interest));
            }
        }
    }

    public static void main(String[] args) {
        Main bank = new Main();
        String[] ids = {"alice", "bob", "carol", "dave", "erin"};
        for (int i = 0; i < ids.length; i++) {
            bank.accounts.put(ids[i], new Account(ids[i], 10000L * (i + 1), i % 2 == 0 ? 5000 : 0));
        }
        long start = bank.total();
        bank.transfer("alice", "bob", 2550);
        bank.transfer("bob", "carol", 40000);
        bank.transfer("carol", "zed", 100);
        bank.accounts.get("dave").frozen = true;
        bank.transfer("alice", "dave", 100);
        bank.transfer("dave", "alice", 100);
        bank.transfer("alice", "erin", 12000);
        bank.transfer("alice", "erin", 1);
        long seed = 3;
        for (int i = 0; i < 200; i++) {
            seed = (seed * 25214903917L + 11) & ((1L << 48) - 1);
            String from = ids[(int) (seed >>> 20) % ids.length];
            String to = ids[(int) (seed >>> 30) % ids.length];
            long amount = (seed >>> 10) % 20000;
            bank.transfer(from, to, amount);
        }
        System.out.println("conserved: " + (bank.total() == start) + " total " + money(bank.total()));
        bank.applyInterest(125);
        int ok = 0, fail = 0;
        for (String line : bank.log) {
            if (line.startsWith("OK")) {
                ok++;
            } else if (line.startsWith("FAIL")) {
                fail++;
            }
        }
        for (int i = 0; i < 12; i++) {
            System.out.println(bank.log.get(i));
        }
        for (int i = bank.log.size() - 5; i < bank.log.size(); i++) {
            System.out.println(bank.log.get(i));
        }
        System.out.println("ok=" + ok + " fail=" + fail);
        for (Account a : bank.accounts.values()) {
            System.out.println(String.format("%-6s %12s %s", a.id, money(a.balance), a.frozen ? "frozen" : ""));
        }
    }
}
