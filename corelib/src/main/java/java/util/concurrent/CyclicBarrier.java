/*
 * A barrier that parties threads wait at until all have arrived; then the optional action
 * runs (in the last thread to arrive) and the barrier resets for the next generation. A
 * thread interrupted or timed out while waiting breaks it for everyone.
 */
package java.util.concurrent;

public class CyclicBarrier {
    private final Guard guard = new Guard();
    private final int parties;
    private final Runnable barrierCommand;
    private int waiting;
    private Object generation = new Object();
    private boolean broken;

    public CyclicBarrier(int parties, Runnable barrierAction) {
        if (parties <= 0) {
            throw new IllegalArgumentException();
        }
        this.parties = parties;
        this.barrierCommand = barrierAction;
    }

    public CyclicBarrier(int parties) {
        this(parties, null);
    }

    public int getParties() {
        return parties;
    }

    public int await() throws InterruptedException, BrokenBarrierException {
        try {
            return dowait(0);
        } catch (TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    public int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException {
        return dowait(Guard.deadline(timeout, unit));
    }

    private int dowait(long deadline) throws InterruptedException, BrokenBarrierException, TimeoutException {
        guard.lock();
        try {
            Object gen = generation;
            if (broken) {
                throw new BrokenBarrierException();
            }
            int index = parties - 1 - waiting;
            if (index == 0) {
                boolean ran = false;
                try {
                    if (barrierCommand != null) {
                        barrierCommand.run();
                    }
                    ran = true;
                    nextGeneration();
                    return 0;
                } finally {
                    if (!ran) {
                        breakBarrier();
                    }
                }
            }
            waiting++;
            for (;;) {
                try {
                    if (deadline == 0) {
                        guard.await();
                    } else if (!guard.awaitUntil(deadline)) {
                        if (gen == generation && !broken) {
                            breakBarrier();
                            throw new TimeoutException();
                        }
                    }
                } catch (InterruptedException e) {
                    if (gen == generation && !broken) {
                        breakBarrier();
                        throw e;
                    }
                    Thread.currentThread().interrupt();
                }
                if (gen != generation) {
                    return index;
                }
                if (broken) {
                    throw new BrokenBarrierException();
                }
            }
        } finally {
            guard.unlock();
        }
    }

    private void nextGeneration() {
        waiting = 0;
        generation = new Object();
        guard.signalAll();
    }

    private void breakBarrier() {
        broken = true;
        waiting = 0;
        guard.signalAll();
    }

    public boolean isBroken() {
        guard.lock();
        try {
            return broken;
        } finally {
            guard.unlock();
        }
    }

    public void reset() {
        guard.lock();
        try {
            breakBarrier();
            broken = false;
            generation = new Object();
        } finally {
            guard.unlock();
        }
    }

    public int getNumberWaiting() {
        guard.lock();
        try {
            return waiting;
        } finally {
            guard.unlock();
        }
    }
}
