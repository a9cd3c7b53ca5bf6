// An uncaught exception leaving a try-with-resources whose close() also throws: the JVM
// prints the suppressed exception in a "Suppressed:" section.
public class Main {
    static class Conn implements AutoCloseable {
        final String name;

        Conn(String name) {
            this.name = name;
        }

        void send(String msg) {
            if (msg.isEmpty()) {
                throw new IllegalArgumentException("empty message on " + name);
            }
            System.out.println(name + " <- " + msg);
        }

        @Override
        public void close() {
            System.out.println("closing " + name);
            throw new IllegalStateException("close failed on " + name);
        }
    }

    static void session(String... msgs) {
        try (Conn c = new Conn("db")) {
            for (String m : msgs) {
                c.send(m);
            }
        }
    }

    public static void main(String[] args) {
        try {
            session("hello");
        } catch (IllegalStateException e) {
            System.out.println("first session: " + e.getMessage());
        }
        session("a", "b", "", "c");
    }
}
