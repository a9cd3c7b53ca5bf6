/*
 * The process-group and session system calls: setpgid, getpgid, getpgrp, setsid, getsid. The
 * rules (POSIX's, with Linux's error codes) are proc.ProcessGroups'. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.proc.ProcessGroups;
import exo.kernel.proc.Task;

final class GroupCalls {
    private GroupCalls() {}

    static long setpgid(Task t, int pid, int pgid) {
        return ProcessGroups.setpgid(t, pid, pgid);
    }

    static long getpgid(Task t, int pid) {
        return ProcessGroups.getpgid(t, pid);
    }

    static long getpgrp(Task t) {
        return ProcessGroups.getpgid(t, 0);
    }

    static long setsid(Task t) {
        return ProcessGroups.setsid(t);
    }

    static long getsid(Task t, int pid) {
        return ProcessGroups.getsid(t, pid);
    }
}
