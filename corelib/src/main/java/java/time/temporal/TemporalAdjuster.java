/* A strategy that moves a date (Temporal.with). */
package java.time.temporal;

@FunctionalInterface
public interface TemporalAdjuster {
    Temporal adjustInto(Temporal temporal);
}
