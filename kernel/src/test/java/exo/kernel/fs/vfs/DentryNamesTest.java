/*
 * The dentry cache's per-directory table (DentryNames) against a HashMap model: random puts,
 * replacements and removals (the backward shift on deletion must keep every entry reachable),
 * names probed as ranges of a longer path text, and colliding hashes ("Aa" and "BB").
 */
package exo.kernel.fs.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DentryNamesTest {
    private static Dentry dentry(String name) {
        return new Dentry(name, null, null);
    }

    @Test
    void rangeProbesFindNamesInsideAPath() {
        DentryNames t = new DentryNames();
        Dentry tmp = dentry("tmp");
        Dentry file = dentry("osbench-open.tmp");
        t.put(tmp);
        t.put(file);
        String path = "/tmp/osbench-open.tmp";
        assertSame(tmp, t.get(path, 1, 4, DentryNames.hash(path, 1, 4)));
        assertSame(file, t.get(path, 5, path.length(), DentryNames.hash(path, 5, path.length())));
        assertNull(t.get(path, 1, 3, DentryNames.hash(path, 1, 3)), "a prefix is another name");
        assertEquals("tmp".hashCode(), DentryNames.hash(path, 1, 4));
    }

    @Test
    void collidingHashesStayDistinct() {
        DentryNames t = new DentryNames();
        Dentry aa = dentry("Aa");
        Dentry bb = dentry("BB");
        assertEquals("Aa".hashCode(), "BB".hashCode());
        t.put(aa);
        t.put(bb);
        assertSame(aa, t.get("Aa"));
        assertSame(bb, t.get("BB"));
        t.remove("Aa");
        assertNull(t.get("Aa"));
        assertSame(bb, t.get("BB"));
        assertEquals(1, t.size());
    }

    @Test
    void matchesAHashMapUnderRandomChanges() {
        Random rnd = new Random(12);
        DentryNames t = new DentryNames();
        HashMap<String, Dentry> model = new HashMap<>();
        for (int step = 0; step < 20_000; step++) {
            // Few distinct names and colliding pairs, so that runs form and deletions shift them.
            int k = rnd.nextInt(300);
            String name = (k % 3 == 0 ? "Aa" : "BB") + k;
            if (rnd.nextInt(3) == 0) {
                t.remove(name);
                model.remove(name);
            } else {
                Dentry d = dentry(name);
                t.put(d);
                model.put(name, d);
            }
            if (step % 500 == 0) {
                for (int j = 0; j < 300; j++) {
                    String n = (j % 3 == 0 ? "Aa" : "BB") + j;
                    assertSame(model.get(n), t.get(n), n + " at step " + step);
                }
            }
        }
        assertEquals(model.size(), t.size());
        for (String n : model.keySet()) {
            String text = "/dir/" + n + "/";
            int end = text.length() - 1;
            assertSame(model.get(n), t.get(text, 5, end, DentryNames.hash(text, 5, end)));
        }
    }
}
