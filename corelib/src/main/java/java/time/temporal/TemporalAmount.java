/* An amount of time (Duration, Period) that can be added to a Temporal. */
package java.time.temporal;

public interface TemporalAmount {
    Temporal addTo(Temporal temporal);

    Temporal subtractFrom(Temporal temporal);
}
