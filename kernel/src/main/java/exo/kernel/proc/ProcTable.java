/*
 * The process table as /proc sees it: the file layer's procfs asks for the pids to list and
 * for one process (or thread) by number, and gets a ProcView. Processes are listed from the
 * table under Processes.lock, zombies included until they are reaped, as Linux lists them; a
 * thread that is not its process's first can be looked up by its tid (/proc/TID works on
 * Linux too) but is not listed. Installed by Processes.setUp on the file layer's ProcFs.
 */
package exo.kernel.proc;

import exo.kernel.fs.procfs.ProcessTable;
import exo.kernel.fs.procfs.ProcessView;
import java.util.Arrays;

final class ProcTable implements ProcessTable {
    @Override
    public int[] pids() {
        Processes.lock.lock();
        try {
            java.util.Collection<Process> all = Processes.allLocked();
            int[] pids = new int[all.size()];
            int n = 0;
            for (Process p : all) {
                pids[n++] = p.pid;
            }
            Arrays.sort(pids);
            return pids;
        } finally {
            Processes.lock.unlock();
        }
    }

    @Override
    public ProcessView find(int pid) {
        Processes.lock.lock();
        try {
            Process p = Processes.findLocked(pid);
            if (p != null) {
                return new ProcView(p, null);
            }
            Task t = Processes.findTaskLocked(pid);
            return t == null ? null : new ProcView(t.process, t);
        } finally {
            Processes.lock.unlock();
        }
    }
}
