/*
 * The tmpfs consistency checker, run by the tests after every hostile case (and usable by a
 * boot suite): it takes the file system's census of live inodes and checks, under the
 * namespace lock, that the counts agree with the tree. Inode and page counters match the live
 * inodes and their cached pages; every directory's name table, cookie table and listing chain
 * hold the same entries in increasing cookie order; link counts match the entries that name
 * each inode (2 plus subdirectories for a directory); every directory is reachable from the root
 * exactly once; an inode without links is still open; no file has a page past its end; no frame
 * is used twice and every frame is referenced. Returns the problems found (empty when
 * consistent).
 */
package exo.kernel.fs.tmpfs;

import exo.kernel.fs.vfs.Inode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;

public final class TmpFsCheck {
    private TmpFsCheck() {}

    public static ArrayList<String> check(TmpFs fs) {
        ArrayList<String> problems = new ArrayList<>();
        fs.nsLock.lock();
        try {
            ArrayList<Inode> live = fs.liveInodes();
            IdentityHashMap<Inode, Integer> names = new IdentityHashMap<>();
            IdentityHashMap<Inode, Integer> subdirs = new IdentityHashMap<>();
            long pages = 0;
            HashSet<Long> frames = new HashSet<>();
            for (Inode i : live) {
                if (i instanceof TmpDir) {
                    checkDir((TmpDir) i, names, subdirs, problems);
                } else if (i instanceof TmpFile) {
                    pages += checkFile((TmpFile) i, fs, frames, problems);
                }
            }
            if (live.size() != fs.usedInodes()) {
                problems.add("inode count " + fs.usedInodes() + " but " + live.size() + " live inodes");
            }
            if (pages != fs.usedPages()) {
                problems.add("page count " + fs.usedPages() + " but files hold " + pages);
            }
            if (pages > fs.maxPages()) {
                problems.add("pages " + pages + " over the limit " + fs.maxPages());
            }
            checkLinks(fs, live, names, subdirs, problems);
            checkReachable(fs, live, problems);
        } finally {
            fs.nsLock.unlock();
        }
        return problems;
    }

    private static void checkDir(TmpDir d, IdentityHashMap<Inode, Integer> names,
                                 IdentityHashMap<Inode, Integer> subdirs, ArrayList<String> problems) {
        int n = 0;
        long lastCookie = 0;
        int dirs = 0;
        TmpDir.Entry prev = null;
        for (TmpDir.Entry e = d.first(); e != null; e = e.next) {
            n++;
            if (e.cookie <= lastCookie) {
                problems.add(d + ": cookies out of order at " + e.name);
            }
            if (e.prev != prev) {
                problems.add(d + ": broken back link at " + e.name);
            }
            if (d.lookup(e.name) != e.inode) {
                problems.add(d + ": chain entry " + e.name + " not in the name table");
            }
            lastCookie = e.cookie;
            prev = e;
            names.merge(e.inode, 1, Integer::sum);
            if (e.inode.isDir()) {
                dirs++;
            }
            if (n > d.entryCount() + 1) {
                problems.add(d + ": listing chain longer than the name table (a cycle?)");
                break;
            }
        }
        if (n != d.entryCount() || n != d.cookieCount()) {
            problems.add(d + ": " + n + " chained entries, " + d.entryCount() + " names, " + d.cookieCount() + " cookies");
        }
        if (d.size() != 2L * TmpDir.ENTRY_BYTES + (long) n * TmpDir.ENTRY_BYTES) {
            problems.add(d + ": size " + d.size() + " for " + n + " entries");
        }
        subdirs.put(d, dirs);
    }

    private static long checkFile(TmpFile f, TmpFs fs, HashSet<Long> frames, ArrayList<String> problems) {
        long count = 0;
        long endPage = (f.pageLimit() + 4095) >>> 12;
        for (long i = f.cache.nextPage(0); i >= 0; i = f.cache.nextPage(i + 1)) {
            count++;
            long phys = f.cache.frameAt(i);
            if (i >= endPage) {
                problems.add(f + ": page " + i + " past the end (size " + f.size() + ")");
            }
            if (!frames.add(phys)) {
                problems.add(f + ": frame " + Long.toHexString(phys) + " used twice");
            }
            if (fs.frames.refCount(phys) < 1) {
                problems.add(f + ": page " + i + " on a frame without references");
            }
        }
        if (count != f.cache.pages()) {
            problems.add(f + ": " + count + " pages found, " + f.cache.pages() + " counted");
        }
        if (f.blocks512() != count * 8) {
            problems.add(f + ": st_blocks " + f.blocks512() + " for " + count + " pages");
        }
        return count;
    }

    private static void checkLinks(TmpFs fs, ArrayList<Inode> live, IdentityHashMap<Inode, Integer> names,
                                   IdentityHashMap<Inode, Integer> subdirs, ArrayList<String> problems) {
        for (Inode i : live) {
            int named = names.getOrDefault(i, 0);
            if (i.nlink() == 0) {
                if (named != 0) {
                    problems.add(i + ": no links but named " + named + " times");
                }
                if (i.openCount() == 0) {
                    problems.add(i + ": no links, not open, not evicted");
                }
                continue;
            }
            if (i.isDir()) {
                int expect = 2 + subdirs.getOrDefault(i, 0);
                if (i.nlink() != expect) {
                    problems.add(i + ": directory nlink " + i.nlink() + ", expected " + expect);
                }
                if (named != (i == fs.rootDir() ? 0 : 1)) {
                    problems.add(i + ": directory named " + named + " times");
                }
            } else if (i.nlink() != named) {
                problems.add(i + ": nlink " + i.nlink() + " but named " + named + " times");
            }
        }
        IdentityHashMap<Inode, Boolean> alive = new IdentityHashMap<>();
        for (Inode i : live) {
            alive.put(i, true);
        }
        for (Inode named : names.keySet()) {
            if (!alive.containsKey(named)) {
                problems.add("an entry names evicted inode " + named);
            }
        }
    }

    private static void checkReachable(TmpFs fs, ArrayList<Inode> live, ArrayList<String> problems) {
        IdentityHashMap<Inode, Boolean> seen = new IdentityHashMap<>();
        ArrayList<TmpDir> todo = new ArrayList<>();
        todo.add(fs.rootDir());
        seen.put(fs.rootDir(), true);
        while (!todo.isEmpty()) {
            TmpDir d = todo.remove(todo.size() - 1);
            for (TmpDir.Entry e = d.first(); e != null; e = e.next) {
                if (e.inode.isDir()) {
                    if (seen.put(e.inode, true) != null) {
                        problems.add(e.inode + ": directory reached twice (at " + e.name + ")");
                    } else {
                        todo.add((TmpDir) e.inode);
                    }
                } else {
                    seen.put(e.inode, true);
                }
            }
        }
        for (Inode i : live) {
            if (i.nlink() > 0 && !seen.containsKey(i)) {
                problems.add(i + ": linked but not reachable from the root");
            }
        }
    }
}
