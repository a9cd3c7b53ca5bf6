/*
 * One process (or thread) as /proc/PID shows it. The process layer implements it; procfs asks
 * for the text of stat, status, statm, maps, cmdline and environ as Linux formats them (fs/proc
 * /array.c's layouts; busybox ps and top read stat and status), and renders cwd, root, exe, fd/
 * and fdinfo/ itself from the FsState and FdTable. A process that has exited but is not reaped
 * (a zombie) returns null for fsState, fds and exe, as Linux's links then fail with ENOENT.
 */
package exo.kernel.fs.procfs;

import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.vfs.FsState;

public interface ProcessView {
    int pid();

    /** Owner of the /proc/PID entries (the process's effective ids). */
    int uid();

    int gid();

    /** The command name (comm, at most 15 bytes). */
    String comm();

    /** argv as NUL-separated bytes. */
    byte[] cmdline();

    /** envp as NUL-separated bytes. */
    byte[] environ();

    /** The one line of /proc/PID/stat, with its newline. */
    String stat();

    /** /proc/PID/status. */
    String status();

    /** /proc/PID/statm's line. */
    String statm();

    /** /proc/PID/maps. */
    String maps();

    /** Path of the executable, or null. */
    String exe();

    FsState fsState();

    FdTable fds();

    /** Thread ids of the process, ascending (the process itself first). */
    int[] threads();

    /** The view of one of its threads, or null. */
    ProcessView thread(int tid);
}
