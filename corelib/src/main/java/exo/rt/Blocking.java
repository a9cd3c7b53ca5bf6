/*
 * Marks a primitive that may block the calling thread (a mutex lock, a wait on a queue, a
 * sleep). exoc rejects a call of it reachable from a @NoBlock or @IrqContext method.
 */
package exo.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Blocking {
}
