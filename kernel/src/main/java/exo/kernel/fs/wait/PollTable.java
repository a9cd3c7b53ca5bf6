/*
 * What a file's poll(table) does besides returning its ready mask: it registers the caller on
 * the file's WaitList(s) through the table, so that the caller learns of the next change.
 * poll/select use WaiterTable (every registration wakes one Waiter); epoll passes a table whose
 * registration hooks its item (see the epoll package). A null table means "just report".
 */
package exo.kernel.fs.wait;

public abstract class PollTable {
    /** Called by a file's poll() for each WaitList whose changes affect its readiness. */
    public abstract void register(WaitList list);
}
