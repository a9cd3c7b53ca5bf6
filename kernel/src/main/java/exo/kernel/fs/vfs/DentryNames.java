/*
 * A directory dentry's cached children by name: an open-addressing hash table (linear probing,
 * deletion by backward shift) that the path walker probes with a name given as a range of its
 * path text, so a walk through cached directories builds no String per component and hashes
 * each name once (the walker computes String.hashCode's value while it scans the component).
 * Dentry owns one per directory that has cached children; all changes run under the file
 * system's nsLock. get() also runs without it (Dentry.lockFreeChild), concurrently with a
 * change: it then may miss or see arrays of two sizes, but it never fails or loops forever,
 * and a dentry it returns has the name asked; Dentry's sequence count says whether to trust it.
 */
package exo.kernel.fs.vfs;

final class DentryNames {
    private static final int FIRST_SLOTS = 8;

    private Dentry[] slots = new Dentry[FIRST_SLOTS];
    private int[] hashes = new int[FIRST_SLOTS];
    private int size;

    /** String.hashCode of text[start, end), the key every probe uses. */
    static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static int home(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    int size() {
        return size;
    }

    /** The child named text[start, end) whose hash is hash, or null. */
    Dentry get(String text, int start, int end, int hash) {
        Dentry[] s = slots;
        int[] h = hashes;
        if (h.length != s.length) {
            return null;   // a resize under way (lock-free probe): the caller retries locked
        }
        int mask = s.length - 1;
        int i = home(hash, mask);
        for (int probes = 0; probes < s.length; probes++, i = (i + 1) & mask) {
            Dentry d = s[i];
            if (d == null) {
                return null;
            }
            if (h[i] == hash && sameName(d.name, text, start, end)) {
                return d;
            }
        }
        return null;
    }

    Dentry get(String name) {
        return get(name, 0, name.length(), name.hashCode());
    }

    private static boolean sameName(String name, String text, int start, int end) {
        int n = end - start;
        return name.length() == n && name.regionMatches(0, text, start, n);
    }

    /** Adds d under its name, replacing a child of the same name. */
    void put(Dentry d) {
        if (2 * (size + 1) > slots.length) {
            resize(2 * slots.length);
        }
        if (insert(d)) {
            size++;
        }
    }

    /** Stores d; false when it replaced an entry of the same name. */
    private boolean insert(Dentry d) {
        int hash = d.name.hashCode();
        int mask = slots.length - 1;
        for (int i = home(hash, mask);; i = (i + 1) & mask) {
            Dentry old = slots[i];
            if (old == null || (hashes[i] == hash && old.name.equals(d.name))) {
                slots[i] = d;
                hashes[i] = hash;
                return old == null;
            }
        }
    }

    private void resize(int slotCount) {
        Dentry[] old = slots;
        slots = new Dentry[slotCount];
        hashes = new int[slotCount];
        for (Dentry d : old) {
            if (d != null) {
                insert(d);
            }
        }
    }

    /** Removes the child named name, if cached. */
    void remove(String name) {
        int hash = name.hashCode();
        int mask = slots.length - 1;
        int i = home(hash, mask);
        for (;; i = (i + 1) & mask) {
            Dentry d = slots[i];
            if (d == null) {
                return;
            }
            if (hashes[i] == hash && d.name.equals(name)) {
                break;
            }
        }
        slots[i] = null;
        size--;
        // Backward shift: move later entries of the run into the hole when their home allows,
        // so that every entry stays reachable from its home without tombstones.
        for (int j = (i + 1) & mask; slots[j] != null; j = (j + 1) & mask) {
            int k = home(hashes[j], mask);
            boolean movable = i <= j ? (k <= i || k > j) : (k <= i && k > j);
            if (movable) {
                slots[i] = slots[j];
                hashes[i] = hashes[j];
                slots[j] = null;
                i = j;
            }
        }
    }
}
