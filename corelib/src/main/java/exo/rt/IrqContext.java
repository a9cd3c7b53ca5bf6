/*
 * The method runs in interrupt context (a trap or IRQ handler, the scheduler's tick, code
 * with interrupts off): both @NoAlloc and @NoBlock, checked by exoc over the call graph.
 */
package exo.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface IrqContext {
}
