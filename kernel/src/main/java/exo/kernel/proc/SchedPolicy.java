/*
 * Each thread's scheduling policy and real-time priority, as sched_setscheduler/sched_setparam
 * set them and sched_getscheduler/sched_getparam/sched_getattr report them: SCHED_OTHER, BATCH
 * and IDLE at priority 0, SCHED_FIFO and SCHED_RR at 1..99. A new thread or child inherits
 * them, except after SCHED_RESET_ON_FORK (then SCHED_OTHER, 0). The rules are Linux's for a
 * caller without CAP_SYS_NICE: changing another user's thread is EPERM, and a real-time policy
 * or priority beyond RLIMIT_RTPRIO (0 by default) is EPERM, except for root. FIXME: only
 * recorded: the scheduler (sched.Scheduler) runs every thread round-robin alike, without the
 * precedence that real-time threads have on Linux. Used by the syscall layer's SchedCalls.
 */
package exo.kernel.proc;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;

public final class SchedPolicy {
    private SchedPolicy() {}

    public static final int SCHED_OTHER = 0;
    public static final int SCHED_FIFO = 1;
    public static final int SCHED_RR = 2;
    public static final int SCHED_BATCH = 3;
    public static final int SCHED_IDLE = 5;

    public static int policy(Task t) {
        return t.schedPolicy;
    }

    public static int priority(Task t) {
        return t.rtPriority;
    }

    public static boolean resetOnFork(Task t) {
        return t.schedResetOnFork;
    }

    public static boolean isRealTime(int policy) {
        return policy == SCHED_FIFO || policy == SCHED_RR;
    }

    /**
     * Sets target's policy and priority, both already checked for range by the caller; 0, or
     * -EPERM when the caller may not. policy -1 keeps the policy (sched_setparam).
     */
    public static int set(Task caller, Task target, int policy, int priority, boolean resetOnFork) {
        Credentials me = caller.process.cred;
        if (!me.isRoot()) {
            Credentials them = target.process.cred;
            if (me.euid != them.uid && me.euid != them.euid) {
                return -Errno.EPERM;
            }
            int newPolicy = policy < 0 ? target.schedPolicy : policy;
            long rtLimit = caller.process.limits.soft(ResourceLimits.RLIMIT_RTPRIO);
            boolean raises = priority > target.rtPriority && priority > rtLimit;
            if (isRealTime(newPolicy) && (newPolicy != target.schedPolicy && rtLimit == 0 || raises)) {
                return -Errno.EPERM;
            }
            if (target.schedResetOnFork && !resetOnFork && policy >= 0) {
                return -Errno.EPERM;   // only privilege clears the flag
            }
        }
        if (policy >= 0) {
            target.schedPolicy = policy;
            target.schedResetOnFork = resetOnFork;
        }
        target.rtPriority = priority;
        return 0;
    }

    /** A new thread or child (Task.inheritSignals). */
    static void inherit(Task child, Task parent) {
        if (parent.schedResetOnFork) {
            child.schedPolicy = SCHED_OTHER;
            child.rtPriority = 0;
        } else {
            child.schedPolicy = parent.schedPolicy;
            child.rtPriority = parent.rtPriority;
        }
    }
}
