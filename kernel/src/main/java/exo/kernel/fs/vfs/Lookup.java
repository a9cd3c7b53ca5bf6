/*
 * The result of a path walk. In the normal mode `dentry` is the file the path names. In parent
 * mode (the creating and removing calls) the walk stops before the last component: `parent` is
 * the directory it is in, `last` its name and `lastType` whether that name is ordinary, "." or
 * "..", or absent because the path is the root ("/"), which each call turns into its own error.
 * `trailingSlash` says the path ended in '/' (the target must then be a directory).
 */
package exo.kernel.fs.vfs;

public final class Lookup {
    public static final int NORMAL = 0;
    public static final int DOT = 1;
    public static final int DOTDOT = 2;
    public static final int ROOT = 3;

    public Dentry dentry;
    public Dentry parent;
    public String last;
    public int lastType;
    public boolean trailingSlash;
    /** AT_EMPTY_PATH on a descriptor without a name (a pipe): the file itself. */
    public OpenFile emptyFile;

    void clear() {
        dentry = null;
        parent = null;
        last = null;
        lastType = NORMAL;
        trailingSlash = false;
        emptyFile = null;
    }
}
