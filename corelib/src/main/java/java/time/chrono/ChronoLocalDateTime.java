/* A date-time without zone; LocalDateTime is the only one. Its comparisons take this type. */
package java.time.chrono;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;

public interface ChronoLocalDateTime<D extends ChronoLocalDate> extends Temporal, TemporalAdjuster, Comparable<ChronoLocalDateTime<?>> {
    D toLocalDate();

    java.time.LocalTime toLocalTime();
}
