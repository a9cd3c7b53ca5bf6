/*
 * Asks exoc to inline a method into its callers (gcc's always_inline): for fast paths
 * that every allocation site runs (Heap.allocObject).
 */
package exo.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Inline {
}
