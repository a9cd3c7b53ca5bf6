/*
 * Marks a static method that exoc must export under a fixed C symbol, so that assembly can call
 * it: exo_kernel_main (Boot.main), exo_trap_dispatch (Traps.dispatch), exo_syscall_call and
 * exo_syscall_exit (Syscalls). Read by exoc from the
 * class file (retention CLASS); the JVM ignores it.
 */
package exo.hw;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Export {
    /** The C symbol name, e.g. "exo_trap_dispatch". */
    String value();

    /**
     * Entered only from user mode (the system-call entry), so no kernel code is interrupted and
     * no exception can be pending: the wrapper neither saves nor restores the pending exception.
     */
    boolean fromUser() default false;

    /**
     * The assembly caller never passes null for a reference argument (the system-call entry
     * passes the running Task, which every thread in user mode has): the method is compiled
     * as if each had been tested, with no null check of them.
     */
    boolean argsNonNull() default false;

    /**
     * The assembly caller tests exo_pending itself after the call (the system-call entry, which
     * takes the slow way out for it): the wrapper adds no test, so a wrapper of a TailCalls
     * method is one jump to it.
     */
    boolean callerTestsPending() default false;
}
