// Control flow through finally: break and continue inside try with finally, finally blocks
// of nested loops, an exception thrown in finally replacing the original one, return from a
// catch with finally still running, and finally after System.out output ordering.
public class Main {
    static StringBuilder log = new StringBuilder();

    static int loopWithFinally() {
        int total = 0;
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                try {
                    if (j == 3) {
                        continue outer;
                    }
                    if (i == 3) {
                        break outer;
                    }
                    total += i * 10 + j;
                } finally {
                    log.append(i).append(j).append(' ');
                }
            }
        }
        return total;
    }

    static String replaced() {
        try {
            try {
                throw new IllegalStateException("original");
            } finally {
                log.append("inner-finally ");
                Integer.parseInt("not a number"); // replaces the original exception
            }
        } catch (NumberFormatException e) {
            return "replaced by " + e.getMessage();
        } catch (IllegalStateException e) {
            return "kept " + e.getMessage();
        }
    }

    static int returnFromCatch() {
        int x = 1;
        try {
            throw new RuntimeException();
        } catch (RuntimeException e) {
            x = 2;
            return x;
        } finally {
            x = 3;
            log.append("x=").append(x).append(' ');
        }
    }

    static int deepFinally(int n) {
        try {
            if (n == 0) {
                throw new ArithmeticException("bottom");
            }
            return deepFinally(n - 1) + 1;
        } finally {
            log.append('<').append(n);
        }
    }

    static long whileFinally() {
        long acc = 0;
        int i = 0;
        while (i < 100) {
            try {
                i++;
                if (i % 7 == 0) {
                    continue;
                }
                if (i > 50) {
                    break;
                }
                acc += i;
            } finally {
                acc += 1000;
            }
        }
        return acc;
    }

    public static void main(String[] args) {
        System.out.println(loopWithFinally());
        System.out.println(log);
        log.setLength(0);
        System.out.println(replaced() + " | " + log);
        log.setLength(0);
        System.out.println(returnFromCatch() + " | " + log);
        log.setLength(0);
        try {
            deepFinally(6);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage() + " | " + log);
        }
        System.out.println(whileFinally());
        int k = 0;
        do {
            try {
                if (k == 2) {
                    k += 10;
                }
            } finally {
                k++;
            }
        } while (k < 20);
        System.out.println("k " + k);
    }
}
