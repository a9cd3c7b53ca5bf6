/*
 * The poll table of poll/ppoll/select/pselect: each file's registration wakes the same Waiter.
 * The caller polls every file with it, sleeps while nothing is ready, and calls clear() before
 * returning so no entry outlives the call.
 */
package exo.kernel.fs.wait;

import java.util.ArrayList;

public final class WaiterTable extends PollTable {
    private final Waiter waiter;
    private final ArrayList<WaitEntry> entries = new ArrayList<>();
    private final ArrayList<WaitList> lists = new ArrayList<>();

    public WaiterTable(Waiter waiter) {
        this.waiter = waiter;
    }

    @Override
    public void register(WaitList list) {
        WaitEntry e = new WaitEntry(waiter, Poll.ANY);
        list.add(e);
        entries.add(e);
        lists.add(list);
    }

    public void clear() {
        for (int i = 0; i < entries.size(); i++) {
            lists.get(i).remove(entries.get(i));
        }
        entries.clear();
        lists.clear();
    }

    public int registrations() {
        return entries.size();
    }
}
