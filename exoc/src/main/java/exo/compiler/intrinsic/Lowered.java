/*
 * The C expression a call is lowered to, and whether it may leave an exception pending (then
 * the caller tests exo_pending after it, as after an ordinary call).
 */
package exo.compiler.intrinsic;

public record Lowered(String expr, boolean mayThrow) {
    /** An expression that cannot throw (one instruction, a load, a constant). */
    public static Lowered pure(String expr) {
        return new Lowered(expr, false);
    }

    /** A call of Java code (the runtime, the kernel's Platform) that may throw. */
    public static Lowered throwing(String expr) {
        return new Lowered(expr, true);
    }
}
