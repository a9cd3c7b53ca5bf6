/*
 * Signals waiting for delivery, to a thread (tkill, faults) or to a whole process (kill):
 * a bit per pending signal and its siginfo. A standard signal (1-31) is pending at most once;
 * real-time signals (32-64) queue every instance, in order. Guarded by Processes.lock.
 */
package exo.kernel.proc;

import exo.kernel.signal.SigInfo;
import exo.kernel.signal.Signals;
import java.util.ArrayList;

final class SignalQueue {
    long mask;
    private final ArrayList<SigInfo> infos = new ArrayList<>();

    /** Queues info; false when a standard signal was already pending (the new one is merged). */
    boolean add(SigInfo info) {
        long bit = Signals.bit(info.signo);
        if (!Signals.isRealtime(info.signo) && (mask & bit) != 0) {
            return false;
        }
        mask |= bit;
        infos.add(info);
        return true;
    }

    /** Takes the oldest instance of sig (null when none is pending). */
    SigInfo take(int sig) {
        SigInfo found = null;
        boolean more = false;
        for (int i = 0; i < infos.size(); i++) {
            if (infos.get(i).signo == sig) {
                if (found == null) {
                    found = infos.remove(i);
                    i--;
                } else {
                    more = true;
                    break;
                }
            }
        }
        if (!more) {
            mask &= ~Signals.bit(sig);
        }
        return found;
    }

    /** Drops every pending instance of the signals in bits. */
    void discard(long bits) {
        mask &= ~bits;
        infos.removeIf(i -> (bits & Signals.bit(i.signo)) != 0);
    }

    void clear() {
        mask = 0;
        infos.clear();
    }
}
