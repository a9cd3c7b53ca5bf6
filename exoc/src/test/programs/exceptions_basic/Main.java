// try/catch/finally basics: the order of finally blocks, nested try statements, rethrowing,
// a return in finally overriding both a return value and an exception, multi-catch,
// catching by superclass, and the value of a variable after a finally assignment.
import java.io.IOException;

public class Main {
    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static String finallySwallows() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return "swallowed";
        }
    }

    static int returnThenFinally() {
        int x = 10;
        try {
            return x; // the value is fixed before finally runs
        } finally {
            x = 20;
            log.append("[finally x=").append(x).append("]");
        }
    }

    static void nested(int mode) {
        try {
            log.append("a");
            try {
                log.append("b");
                if (mode == 1) {
                    throw new IllegalArgumentException("m1");
                }
                if (mode == 2) {
                    throw new UnsupportedOperationException("m2");
                }
                log.append("c");
            } catch (IllegalArgumentException e) {
                log.append("d:").append(e.getMessage());
            } finally {
                log.append("e");
            }
            log.append("f");
        } catch (RuntimeException e) {
            log.append("g:").append(e.getMessage());
        } finally {
            log.append("h");
        }
    }

    static void rethrow(int n) throws IOException {
        try {
            if (n > 0) {
                throw new IOException("io " + n);
            }
        } catch (IOException e) {
            log.append("<rethrow ").append(e.getMessage()).append(">");
            throw e;
        }
    }

    static String multi(int k) {
        try {
            switch (k) {
                case 0: throw new IllegalArgumentException("iae");
                case 1: throw new ArithmeticException("arith");
                case 2: throw new IndexOutOfBoundsException("ioobe");
                case 3: throw new IllegalStateException("ise");
                default: return "none";
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            return "multi1 " + e.getClass().getName() + " " + e.getMessage();
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            return "multi2 " + e;
        }
    }

    public static void main(String[] args) {
        System.out.println(finallyOverridesReturn() + " " + finallySwallows());
        System.out.println(returnThenFinally() + " " + log);
        for (int mode = 0; mode < 3; mode++) {
            log.setLength(0);
            nested(mode);
            System.out.println("nested " + mode + ": " + log);
        }
        for (int n = 0; n < 2; n++) {
            log.setLength(0);
            try {
                rethrow(n);
                log.append("no exception");
            } catch (IOException e) {
                log.append(" caught ").append(e.getMessage());
            }
            System.out.println(log);
        }
        for (int k = 0; k < 5; k++) {
            System.out.println(multi(k));
        }
        int attempts = 0;
        while (true) {
            try {
                attempts++;
                if (attempts < 4) {
                    throw new RuntimeException("retry");
                }
                break;
            } catch (RuntimeException e) {
                continue;
            } finally {
                System.out.print("f" + attempts + " ");
            }
        }
        System.out.println("attempts " + attempts);
        Throwable t = new Error("err", new Exception("inner"));
        System.out.println(t + " / " + t.getCause() + " / " + t.getCause().getCause());
        Exception noMsg = new RuntimeException();
        System.out.println(noMsg.getMessage() + " " + noMsg + " " + new RuntimeException((String) null));
        System.out.println(new RuntimeException(new IllegalStateException("wrapped")).getMessage());
    }
}
