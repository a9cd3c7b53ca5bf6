/*
 * Base class of the Formatter's exceptions (exo.rt.FormatSpec / FormatEngine throw them).
 * As in the JDK, its constructor is package-private.
 */
package java.util;

public class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException() {}
}
