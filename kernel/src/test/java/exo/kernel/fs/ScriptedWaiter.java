/*
 * A Waiter for host tests, where there is no second thread: when an operation would sleep, the
 * waiter runs the next scripted action (what another process would do meanwhile: write to the
 * pipe, release the lock) and re-checks; with no action left the operation would sleep forever,
 * which the waiter reports as an exception (a deadlock in the test). Counts its sleeps and
 * wake-ups so tests can see that blocking and waking happened.
 */
package exo.kernel.fs;

import exo.kernel.fs.wait.Ready;
import exo.kernel.fs.wait.Waiter;
import java.util.ArrayDeque;

public final class ScriptedWaiter extends Waiter {
    private final ArrayDeque<Runnable> actions = new ArrayDeque<>();
    public int sleeps;
    public int wakes;
    public long now;
    /** When set, a wait with nothing left to run returns this instead of throwing. */
    public Integer resultWhenStuck;

    public ScriptedWaiter then(Runnable r) {
        actions.add(r);
        return this;
    }

    public int pending() {
        return actions.size();
    }

    @Override
    public void wake() {
        wakes++;
    }

    @Override
    public int sleepUntil(Ready ready, long deadlineNanos) {
        while (!ready.isReady()) {
            if (now >= deadlineNanos) {
                return -Errno.ETIMEDOUT;
            }
            Runnable r = actions.poll();
            if (r == null) {
                if (resultWhenStuck != null) {
                    return resultWhenStuck;
                }
                throw new IllegalStateException("the operation would sleep forever (no scripted action left)");
            }
            sleeps++;
            r.run();
        }
        return 0;
    }

    @Override
    public long monotonicNanos() {
        return now;
    }
}
