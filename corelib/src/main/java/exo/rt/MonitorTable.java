/*
 * The inflated monitors, by index (the header word of an inflated object holds the index,
 * see Monitors). Slots are added under a small spin lock and never reused; the table grows
 * by copying, and readers may use a stale copy safely, since entries never change.
 */
package exo.rt;

final class MonitorTable {
    private MonitorTable() {}

    private static final MonitorTable TABLE = new MonitorTable();

    private volatile int lock;
    private volatile Monitor[] monitors = new Monitor[64];
    private int count = 1;   // index 0 is never used

    static Monitor get(int index) {
        return TABLE.monitors[index];
    }

    static int add(Monitor m) {
        MonitorTable t = TABLE;
        long lockOffset = Atomic.fieldOffset(MonitorTable.class, "lock");
        while (!Atomic.compareAndSetInt(t, lockOffset, 0, 1)) {
            Atomic.spinWait();
        }
        if (t.count == t.monitors.length) {
            Monitor[] bigger = new Monitor[2 * t.count];
            System.arraycopy(t.monitors, 0, bigger, 0, t.count);
            t.monitors = bigger;
        }
        int index = t.count++;
        t.monitors[index] = m;
        Atomic.setInt(t, lockOffset, 0);
        return index;
    }
}
