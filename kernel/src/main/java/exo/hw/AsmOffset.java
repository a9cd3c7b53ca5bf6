/*
 * Marks an instance field whose byte offset in its object assembly reads: exoc defines an
 * absolute symbol of that name with the offset (kernel/arch/x86_64/syscall.S tests the
 * running Task's exit-work flag with it). Read by exoc from the class file (retention
 * CLASS); the JVM ignores it.
 */
package exo.hw;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface AsmOffset {
    /** The symbol, e.g. "exo_task_work". */
    String value();
}
