// try-with-resources: resources closed in reverse order, close running before catch and
// finally, exceptions from close() added as suppressed to the body's exception, an exception
// from close alone propagating, null resources skipped, and a Java 9 effectively-final
// resource variable.
public class Main {
    static final StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            log.append("open ").append(name).append("; ");
        }

        void use(boolean fail) {
            log.append("use ").append(name).append("; ");
            if (fail) {
                throw new IllegalStateException("use " + name);
            }
        }

        @Override
        public void close() {
            log.append("close ").append(name).append("; ");
            if (failOnClose) {
                throw new IllegalArgumentException("close " + name);
            }
        }
    }

    static void run(String label, boolean failUse, boolean failA, boolean failB) {
        log.setLength(0);
        try (Res a = new Res("A", failA); Res b = new Res("B", failB)) {
            a.use(false);
            b.use(failUse);
        } catch (RuntimeException e) {
            log.append("caught ").append(e.getMessage());
            for (Throwable s : e.getSuppressed()) {
                log.append(" +suppressed ").append(s.getClass().getName()).append(":").append(s.getMessage());
            }
            log.append("; ");
        } finally {
            log.append("finally");
        }
        System.out.println(label + ": " + log);
    }

    public static void main(String[] args) {
        run("clean", false, false, false);
        run("body fails", true, false, false);
        run("close B fails", false, false, true);
        run("body and both closes fail", true, true, true);
        run("only A close fails", false, true, false);

        log.setLength(0);
        try (Res n = null) {
            log.append("null resource body; ");
        }
        System.out.println(log);

        log.setLength(0);
        Res outer = new Res("outer", false);
        try (outer; Res inner = new Res("inner", true)) {
            inner.use(false);
        } catch (IllegalArgumentException e) {
            log.append("caught ").append(e.getMessage()).append(" suppressed=").append(e.getSuppressed().length);
        }
        System.out.println(log);

        Exception primary = new Exception("primary");
        primary.addSuppressed(new RuntimeException("s1"));
        primary.addSuppressed(new Error("s2"));
        Throwable[] sup = primary.getSuppressed();
        System.out.println(sup.length + " " + sup[0] + " " + sup[1]);
        try {
            primary.addSuppressed(primary);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
