/*
 * Asks exoc to keep a method out of line (gcc's noinline): for slow paths that would
 * otherwise bloat the fast path they are called from (Heap.allocSlow).
 */
package exo.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NoInline {
}
