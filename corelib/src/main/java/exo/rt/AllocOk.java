/*
 * Escape hatch of @NoAlloc/@IrqContext, for audited cases only: exoc does not look for
 * allocations in this method or what it calls (on a class: in its static initialiser, e.g. a
 * class initialised at boot before any checked context can run). The reason says why that is
 * safe; it is printed nowhere but read by reviewers. Use sparingly.
 */
package exo.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface AllocOk {
    /** Why allocating here is safe (e.g. "panic path: the machine stops after it"). */
    String value();
}
