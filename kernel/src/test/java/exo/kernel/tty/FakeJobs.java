/*
 * A process table for terminal tests: processes with a session, a group and a parent, the
 * signals each thread blocks or ignores, and a log of the signals the terminals sent
 * ("group 7: 2" for SIGINT to group 7). Orphaned groups follow POSIX: no member has a parent
 * in another group of the same session.
 */
package exo.kernel.tty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

final class FakeJobs implements JobControl {
    record Proc(int pid, int sid, int pgid, int ppid) {}

    final HashMap<Integer, Proc> procs = new HashMap<>();
    final HashSet<Integer> detachedPids = new HashSet<>();
    /** "tid:sig" entries: that thread blocks or ignores the signal. */
    final HashSet<String> blocked = new HashSet<>();
    final List<String> sent = new ArrayList<>();

    FakeJobs add(int pid, int sid, int pgid, int ppid) {
        procs.put(pid, new Proc(pid, sid, pgid, ppid));
        return this;
    }

    @Override
    public int sessionOf(int pid) {
        Proc p = procs.get(pid);
        return p == null ? -1 : p.sid;
    }

    @Override
    public int groupOf(int pid) {
        Proc p = procs.get(pid);
        return p == null ? -1 : p.pgid;
    }

    @Override
    public int sessionOfGroup(int pgid) {
        for (Proc p : procs.values()) {
            if (p.pgid == pgid) {
                return p.sid;
            }
        }
        return -1;
    }

    @Override
    public boolean detached(int pid) {
        return detachedPids.contains(pid);
    }

    @Override
    public void setDetached(int pid, boolean d) {
        if (d) {
            detachedPids.add(pid);
        } else {
            detachedPids.remove(pid);
        }
    }

    @Override
    public boolean blocksOrIgnores(int tid, int sig) {
        return blocked.contains(tid + ":" + sig);
    }

    @Override
    public boolean isOrphanedGroup(int pgid) {
        for (Proc p : procs.values()) {
            Proc parent = procs.get(p.ppid);
            if (p.pgid == pgid && parent != null && parent.pgid != pgid && parent.sid == p.sid) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void signalGroup(int pgid, int sig) {
        sent.add("group " + pgid + ": " + sig);
    }

    @Override
    public void signalProcess(int pid, int sig) {
        sent.add("pid " + pid + ": " + sig);
    }
}
