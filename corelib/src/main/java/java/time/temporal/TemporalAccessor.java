/* Read access to a date or time (what DateTimeFormatter.format takes). */
package java.time.temporal;

public interface TemporalAccessor {
}
