/*
 * A System V semaphore undo list (semop's SEM_UNDO): the identity under which SemSet keeps the
 * adjustments to revert. A process has none until its first SEM_UNDO operation; clone with
 * CLONE_SYSVSEM makes the parent's (if it has none yet) and shares it with the child, and
 * threads share their process's. The adjustments are applied when the last process sharing
 * the list exits (Ipc.processExited), as Linux's exit_sem does; kcmp's KCMP_SYSVSEM compares
 * the lists (two processes without one compare equal, as on Linux). proc.Process holds it.
 */
package exo.kernel.ipc;

public final class SemUndo {
    /** Processes sharing the list; Ipc.lock guards it. */
    int users = 1;

    public int users() {
        return users;
    }
}
