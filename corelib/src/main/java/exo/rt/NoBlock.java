/*
 * Guarantee, checked by exoc over the call graph: no @Blocking method is reachable from this
 * method (nor `synchronized`, where the platform's monitors may block, as in the kernel).
 * For code that runs with interrupts off or must not sleep. A violation is a compile error
 * that prints the call path. Audited exceptions: @BlockOk. See docs/RUNTIME.md.
 */
package exo.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface NoBlock {
}
