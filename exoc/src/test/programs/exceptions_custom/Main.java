// A custom checked and unchecked exception hierarchy: exceptions crossing many frames
// (recursion 50 deep) before being caught by a superclass handler, cause chains walked with
// getCause(), overridden getMessage/toString, fields on exceptions, and catch ordering.
public class Main {
    static class AppException extends Exception {
        final int code;

        AppException(String msg, int code) {
            super(msg);
            this.code = code;
        }

        AppException(String msg, Throwable cause) {
            super(msg, cause);
            this.code = -1;
        }
    }

    static class ValidationException extends AppException {
        final String field;

        ValidationException(String field, String msg) {
            super(field + ": " + msg, 400);
            this.field = field;
        }
    }

    static class NotFoundException extends AppException {
        NotFoundException(String what) {
            super(what + " not found", 404);
        }

        @Override
        public String getMessage() {
            return "[404] " + super.getMessage();
        }
    }

    static class Fatal extends RuntimeException {
        Fatal(String msg, Throwable cause) {
            super(msg, cause);
        }

        @Override
        public String toString() {
            return "Fatal<" + getMessage() + ">";
        }
    }

    static int depthReached;

    static void descend(int depth, int failAt, int kind) throws AppException {
        depthReached = depth;
        if (depth == failAt) {
            switch (kind) {
                case 0: throw new ValidationException("age", "must be positive");
                case 1: throw new NotFoundException("user " + depth);
                case 2: throw new AppException("generic", 500);
                default: throw new Fatal("boom at " + depth, null);
            }
        }
        descend(depth + 1, failAt, kind);
        depthReached = -999; // never reached on the way out of a throw
    }

    static void wrapper(int kind) throws AppException {
        try {
            descend(0, 50, kind);
        } catch (NotFoundException e) {
            throw new AppException("lookup failed", e);
        }
    }

    public static void main(String[] args) {
        for (int kind = 0; kind < 4; kind++) {
            try {
                wrapper(kind);
            } catch (ValidationException e) {
                System.out.println("validation " + e.field + " " + e.code + " " + e.getMessage());
            } catch (AppException e) {
                System.out.println("app " + e.code + " " + e.getMessage() + " cause=" + e.getCause());
                Throwable c = e.getCause();
                if (c instanceof NotFoundException) {
                    System.out.println("  cause code " + ((NotFoundException) c).code + " " + c);
                }
            } catch (RuntimeException e) {
                System.out.println("runtime " + e + " " + e.getMessage() + " depth " + depthReached);
            }
        }
        Throwable chain = new Fatal("top", new AppException("middle", new IllegalStateException("bottom")));
        int level = 0;
        for (Throwable t = chain; t != null; t = t.getCause()) {
            System.out.println("level " + level++ + ": " + t);
        }
        Exception e = new Exception("no cause");
        e.initCause(new Error("late cause"));
        System.out.println(e.getCause().getMessage());
        try {
            e.initCause(new Error("again"));
        } catch (IllegalStateException ise) {
            System.out.println("initCause twice: " + ise.getMessage());
        }
        try {
            throw new Error("an error is a throwable too");
        } catch (Throwable t) {
            System.out.println((t instanceof Exception) + " " + (t instanceof Error) + " " + t.getMessage());
        }
    }
}
