/*
 * The condition a blocked operation waits for ("the pipe has data or no writer"), evaluated by
 * Waiter.sleepUntil with wake-ups excluded: it must only read state (no locks, no allocation).
 */
package exo.kernel.fs.wait;

public interface Ready {
    boolean isReady();
}
