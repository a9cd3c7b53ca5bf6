/*
 * Asks exoc to compile a method as a dispatcher whose calls are jumps: each `return f(...)`
 * outside a try region leaves the method for f (gcc's sibling call), with no test of a
 * pending exception after it, and gcc inlines nothing into the method, so that a switch over
 * many such calls needs no saved registers or frame of its own (Syscalls.call: gcc keeps
 * no frame pointer for it either, so stack traces never show it). An
 * exception thrown in such a callee then has no frame of this method in its stack trace,
 * which Throwable.getStackTrace allows ("some virtual machines may omit one or more stack
 * frames"). Implies NoInline.
 */
package exo.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface TailCalls {
}
