/*
 * A descriptor opened with O_PATH: it names a place (for *at calls, fchdir, fstat, AT_EMPTY_PATH)
 * but reads, writes and most other operations fail with EBADF, which FileIo reports before
 * reaching the file. May name a symlink itself (O_PATH | O_NOFOLLOW).
 */
package exo.kernel.fs.vfs;

public final class PathFile extends OpenFile {
    public PathFile(Dentry dentry, int flags) {
        super(dentry, dentry.inode, flags);
    }
}
