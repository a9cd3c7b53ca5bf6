/*
 * Path resolution (Linux's namei): from the caller's root or a start directory, component by
 * component, with search permission checked on every directory passed, "." and "..", ".." out
 * of a mounted file system to the directory it is mounted on, into file systems mounted on a
 * directory reached, and symbolic links followed (all of them in the middle of a path; the last
 * one when FOLLOW is asked or a slash follows it), at most Limits.MAX_SYMLINKS per resolution,
 * then ELOOP. The process's root is a floor ".." never goes above.
 *
 * The walk is iterative: symlink bodies still to be walked sit on a small stack of
 * (text, position), so deep paths and link chains take no kernel stack. A path of PATH_MAX
 * bytes or more is ENAMETOOLONG before anything else, a component longer than NAME_MAX is
 * ENAMETOOLONG when it is looked up. One Walker serves one system call (its link count spans
 * the call, as O_CREAT through a dangling link continues the same walk).
 */
package exo.kernel.fs.vfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.Limits;

public final class Walker {
    public static final int FOLLOW = 1;
    public static final int DIRECTORY = 2;
    public static final int PARENT = 4;
    public static final int EMPTY_OK = 8;

    private final FsContext ctx;
    private final String[] texts = new String[Limits.MAX_SYMLINKS + 2];
    private final int[] positions = new int[Limits.MAX_SYMLINKS + 2];
    private int depth;
    private int linksFollowed;
    private boolean lastHadSlash;

    public Walker(FsContext ctx) {
        this.ctx = ctx;
    }

    public int linksFollowed() {
        return linksFollowed;
    }

    /** Resolves path from start (used when path is relative); fills out; returns 0 or -errno. */
    public int walk(Dentry start, String path, int flags, Lookup out) {
        out.clear();
        if (path.length() >= Limits.PATH_MAX) {
            return -Errno.ENAMETOOLONG;
        }
        if (path.isEmpty()) {
            if ((flags & EMPTY_OK) == 0) {
                return -Errno.ENOENT;
            }
            out.dentry = start;
            return 0;
        }
        depth = 0;
        lastHadSlash = false;
        push(path);
        Dentry cur = path.charAt(0) == '/' ? ctx.root() : start;
        return run(cur, flags, out);
    }

    /** Follows the symlink `link` found as the last component in directory dir (open O_CREAT). */
    public int followLast(Dentry dir, Dentry link, int flags, Lookup out) {
        out.clear();
        if (++linksFollowed > Limits.MAX_SYMLINKS) {
            return -Errno.ELOOP;
        }
        String body = link.inode.readlink(ctx);
        if (body == null || body.isEmpty()) {
            return -Errno.ENOENT;
        }
        depth = 0;
        lastHadSlash = false;
        push(body);
        return run(body.charAt(0) == '/' ? ctx.root() : dir, flags, out);
    }

    private void push(String text) {
        texts[depth] = text;
        positions[depth] = 0;
        depth++;
    }

    private int run(Dentry cur, int flags, Lookup out) {
        for (;;) {
            String name = nextComponent();
            if (name == null) {
                return finish(cur, flags, out);
            }
            boolean last = !hasMoreComponents();
            if (last) {
                lastHadSlash = slashFollows();
            }
            if (!cur.inode.isDir()) {
                return -Errno.ENOTDIR;
            }
            int r = Permission.check(cur.inode, ctx.cred, Permission.MAY_EXEC);
            if (r < 0) {
                return r;
            }
            if (last && (flags & PARENT) != 0) {
                out.parent = cur;
                out.last = name;
                out.lastType = name.equals(".") ? Lookup.DOT : name.equals("..") ? Lookup.DOTDOT : Lookup.NORMAL;
                out.trailingSlash = lastHadSlash;
                return 0;
            }
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                cur = dotDot(cur);
                continue;
            }
            Dentry child = step(cur, name);
            if (child == null) {
                return name.length() > Limits.NAME_MAX ? -Errno.ENAMETOOLONG : -Errno.ENOENT;
            }
            if (child.inode.isSymlink() && (!last || (flags & FOLLOW) != 0 || lastHadSlash)) {
                r = pushLink(child);
                if (r < 0) {
                    return r;
                }
                if (texts[depth - 1].charAt(0) == '/') {
                    cur = ctx.root();
                }
                continue;
            }
            cur = child;
        }
    }

    private int finish(Dentry cur, int flags, Lookup out) {
        if ((flags & PARENT) != 0) {
            // Only a path without components ("/", "//") ends here in parent mode.
            out.parent = cur;
            out.last = "";
            out.lastType = Lookup.ROOT;
            return 0;
        }
        if (((flags & DIRECTORY) != 0 || lastHadSlash) && !cur.inode.isDir()) {
            return -Errno.ENOTDIR;
        }
        out.dentry = cur;
        out.trailingSlash = lastHadSlash;
        return 0;
    }

    private int pushLink(Dentry link) {
        if (++linksFollowed > Limits.MAX_SYMLINKS) {
            return -Errno.ELOOP;
        }
        String body = link.inode.readlink(ctx);
        if (body == null || body.isEmpty()) {
            return -Errno.ENOENT;
        }
        if (depth == texts.length) {
            return -Errno.ELOOP; // cannot happen: exhausted texts are popped, links are capped
        }
        push(body);
        return 0;
    }

    /** The child dentry name of directory dir, from the dentry cache or the file system. */
    Dentry step(Dentry dir, String name) {
        if (name.length() > Limits.NAME_MAX) {
            return null;
        }
        Dentry child = Vfs.lookupChild(dir, name);
        return child == null ? null : crossMounts(child);
    }

    /** Into whatever is mounted on d (the top of a stack of mounts). */
    static Dentry crossMounts(Dentry d) {
        Mount m;
        while ((m = d.mounted) != null) {
            d = m.root;
        }
        return d;
    }

    /** "..": stays at the caller's root; leaves mounted file systems through their mountpoint. */
    Dentry dotDot(Dentry cur) {
        Dentry root = ctx.root();
        while (cur != root && cur.parent == null) {
            Mount m = cur.inode.fs.mount;
            if (m == null || m.mountpoint == null) {
                return cur; // the top of the tree, or a detached mount
            }
            cur = m.mountpoint;
        }
        if (cur == root) {
            return cur;
        }
        return crossMounts(cur.parent);
    }

    // ---- the text stack ----------------------------------------------------------------

    /** The next component, or null when every text is used up. */
    private String nextComponent() {
        while (depth > 0) {
            String t = texts[depth - 1];
            int p = positions[depth - 1];
            while (p < t.length() && t.charAt(p) == '/') {
                p++;
            }
            if (p == t.length()) {
                depth--;
                continue;
            }
            int end = t.indexOf('/', p);
            if (end < 0) {
                end = t.length();
            }
            positions[depth - 1] = end;
            return t.substring(p, end);
        }
        return null;
    }

    private boolean hasMoreComponents() {
        for (int d = depth - 1; d >= 0; d--) {
            String t = texts[d];
            for (int p = positions[d]; p < t.length(); p++) {
                if (t.charAt(p) != '/') {
                    return true;
                }
            }
        }
        return false;
    }

    /** After the last component: is there a slash left in any text? */
    private boolean slashFollows() {
        for (int d = depth - 1; d >= 0; d--) {
            if (positions[d] < texts[d].length()) {
                return true;
            }
        }
        return false;
    }
}
