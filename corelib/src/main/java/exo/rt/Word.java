/*
 * Marks a word type: a final class holding one final long field, which is an ordinary object
 * on the host JVM (so JUnit runs unchanged) and which exoc erases to a 64-bit machine word,
 * like Jikes RVM's Address: `new` is the value, instance methods are static C functions over
 * it, no header, no allocation, no null check. Because the two worlds would disagree on
 * identity, exoc rejects what depends on it: ==/!= and null on word values, synchronized,
 * identity hashCode/toString/equals(Object) inherited from Object, casts and instanceof to a
 * word type, arrays of words, and storing a word where an Object is expected (Object,
 * generic, interface or array positions). Equality is a typed `equals(W other)` method the
 * class declares. Rules and lowering: docs/RUNTIME.md, "Word types".
 */
package exo.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Word {
}
