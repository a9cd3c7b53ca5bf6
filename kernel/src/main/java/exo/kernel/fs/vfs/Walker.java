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
 *
 * A component is a range [compStart, compEnd) of the text on top of the stack with its String
 * hash, computed while scanning: the dentry cache is probed with the range (DentryNames), so a
 * walk through cached directories builds no String; only a cache miss or the last component of
 * a parent-mode walk (Lookup.last) makes one.
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
    /** Most walks follow no link: the stack starts small and grows to at most STACK_MAX. */
    private static final int STACK_FIRST = 2;
    private static final int STACK_MAX = Limits.MAX_SYMLINKS + 2;
    private String[] texts = new String[STACK_FIRST];
    /** Each text's chars: scanned without a call per char (String.charAt is one). */
    private char[][] chars = new char[STACK_FIRST][];
    private int[] positions = new int[STACK_FIRST];
    private int depth;
    private int linksFollowed;
    private boolean lastHadSlash;
    /** The current component: compText[compStart, compEnd), String hash compHash. */
    private String compText;
    private int compStart;
    private int compEnd;
    private int compHash;

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
        if (depth == texts.length) {
            int n = Math.min(2 * depth, STACK_MAX);
            texts = java.util.Arrays.copyOf(texts, n);
            chars = java.util.Arrays.copyOf(chars, n);
            positions = java.util.Arrays.copyOf(positions, n);
        }
        texts[depth] = text;
        chars[depth] = text.toCharArray();
        positions[depth] = 0;
        depth++;
    }

    private int run(Dentry cur, int flags, Lookup out) {
        for (;;) {
            if (!nextComponent()) {
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
            int dots = dots();
            if (last && (flags & PARENT) != 0) {
                out.parent = cur;
                out.last = compText.substring(compStart, compEnd);
                out.lastType = dots == 1 ? Lookup.DOT : dots == 2 ? Lookup.DOTDOT : Lookup.NORMAL;
                out.trailingSlash = lastHadSlash;
                return 0;
            }
            if (dots == 1) {
                continue;
            }
            if (dots == 2) {
                cur = dotDot(cur);
                continue;
            }
            int length = compEnd - compStart;
            Dentry child = length > Limits.NAME_MAX ? null
                    : Vfs.lookupChild(cur, compText, compStart, compEnd, compHash);
            if (child == null) {
                return length > Limits.NAME_MAX ? -Errno.ENAMETOOLONG : -Errno.ENOENT;
            }
            child = crossMounts(child);
            if (child.inode.isSymlink() && (!last || (flags & FOLLOW) != 0 || lastHadSlash)) {
                r = pushLink(child);
                if (r < 0) {
                    return r;
                }
                if (chars[depth - 1][0] == '/') {
                    cur = ctx.root();
                }
                continue;
            }
            cur = child;
        }
    }

    /** 1 when the current component is ".", 2 for "..", else 0. */
    private int dots() {
        int length = compEnd - compStart;
        char[] c = chars[depth - 1];
        if (length > 2 || c[compStart] != '.') {
            return 0;
        }
        return length == 1 ? 1 : c[compStart + 1] == '.' ? 2 : 0;
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
        if (depth == STACK_MAX) {
            return -Errno.ELOOP; // cannot happen: exhausted texts are popped, links are capped
        }
        push(body);
        return 0;
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

    /** Moves to the next component (compText/compStart/compEnd/compHash); false when none is left. */
    private boolean nextComponent() {
        while (depth > 0) {
            char[] t = chars[depth - 1];
            int n = t.length;
            int p = positions[depth - 1];
            while (p < n && t[p] == '/') {
                p++;
            }
            if (p == n) {
                depth--;
                continue;
            }
            int h = 0;
            int end = p;
            for (char c; end < n && (c = t[end]) != '/'; end++) {
                h = 31 * h + c;
            }
            positions[depth - 1] = end;
            compText = texts[depth - 1];
            compStart = p;
            compEnd = end;
            compHash = h;
            return true;
        }
        return false;
    }

    private boolean hasMoreComponents() {
        for (int d = depth - 1; d >= 0; d--) {
            char[] t = chars[d];
            for (int p = positions[d]; p < t.length; p++) {
                if (t[p] != '/') {
                    return true;
                }
            }
        }
        return false;
    }

    /** After the last component: is there a slash left in any text? */
    private boolean slashFollows() {
        for (int d = depth - 1; d >= 0; d--) {
            if (positions[d] < chars[d].length) {
                return true;
            }
        }
        return false;
    }
}
