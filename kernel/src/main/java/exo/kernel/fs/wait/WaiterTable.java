/*
 * The poll table of poll/ppoll/select/pselect: each file's registration adds an entry that, when
 * the file's state changes, marks the table as triggered and wakes the one Waiter. The caller
 * polls every file with it, sleeps until triggered() (or its timeout), re-polls, and calls
 * clear() before returning so no entry outlives the call.
 */
package exo.kernel.fs.wait;

import java.util.ArrayList;

public final class WaiterTable extends PollTable {
    private final Waiter waiter;
    private final ArrayList<WaitEntry> entries = new ArrayList<>();
    private final ArrayList<WaitList> lists = new ArrayList<>();
    private volatile boolean triggered;

    public WaiterTable(Waiter waiter) {
        this.waiter = waiter;
    }

    private final class Entry extends WaitEntry {
        Entry() {
            super(waiter, Poll.ANY);
        }

        @Override
        public void wake(int mask) {
            triggered = true;
            super.wake(mask);
        }
    }

    @Override
    public void register(WaitList list) {
        WaitEntry e = new Entry();
        list.add(e);
        entries.add(e);
        lists.add(list);
    }

    /** Some registered file changed since the last rearm(). */
    public boolean triggered() {
        return triggered;
    }

    /** Forgets earlier wake-ups (before polling the files again). */
    public void rearm() {
        triggered = false;
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
