/*
 * Guarantee, checked by exoc over the call graph: no allocation is reachable from this method
 * (no `new`, no array creation, no string concatenation, boxing or lambda object, no class
 * initialiser that may run, no Object.clone). The exceptions of Java's implicit checks (null,
 * bounds, cast, division) are not counted: they signal a bug, which the panic path reports.
 * Throwing a preallocated exception is fine; creating one is an allocation. Virtual calls
 * count every target Rapid Type Analysis allows. A violation is a compile error that prints
 * the call path. Audited exceptions: @AllocOk. See docs/RUNTIME.md, "Execution contexts".
 */
package exo.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface NoAlloc {
}
