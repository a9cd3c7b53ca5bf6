/*
 * Escape hatch of @NoBlock/@IrqContext, for audited cases only: exoc does not look for
 * blocking calls in this method or what it calls (on a class: in its static initialiser).
 * The reason says why that is safe. Use sparingly.
 */
package exo.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface BlockOk {
    /** Why blocking cannot happen or is safe here. */
    String value();
}
