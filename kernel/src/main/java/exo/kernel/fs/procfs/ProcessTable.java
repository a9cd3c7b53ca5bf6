/*
 * The processes /proc lists: the process layer implements it (under its own lock). Until it
 * exists, the file layer uses an empty table, so /proc has no PID directories and /proc/self
 * dangles.
 */
package exo.kernel.fs.procfs;

public interface ProcessTable {
    /** The PIDs of the processes now, ascending. */
    int[] pids();

    /** The process, or null when there is none with that pid. */
    ProcessView find(int pid);

    ProcessTable EMPTY = new ProcessTable() {
        @Override
        public int[] pids() {
            return new int[0];
        }

        @Override
        public ProcessView find(int pid) {
            return null;
        }
    };
}
