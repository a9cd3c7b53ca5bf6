/*
 * break, continue, return and exit unwind the Java stack of Exec as exceptions; the loop,
 * function call or top level that they target catches them. They carry no stack trace.
 */
package exo.userland.sh;

class ControlFlow extends RuntimeException {
    final int value;   // levels for break/continue, the status for return/exit

    ControlFlow(int value) {
        super(null, null, false, false);
        this.value = value;
    }

    static final class Break extends ControlFlow {
        Break(int levels) {
            super(levels);
        }
    }

    static final class Continue extends ControlFlow {
        Continue(int levels) {
            super(levels);
        }
    }

    static final class Return extends ControlFlow {
        Return(int status) {
            super(status);
        }
    }

    static final class Exit extends ControlFlow {
        Exit(int status) {
            super(status);
        }
    }
}
