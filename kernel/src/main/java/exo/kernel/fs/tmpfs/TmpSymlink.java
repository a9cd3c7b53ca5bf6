/*
 * A tmpfs symbolic link: its target text, kept in the inode; st_size is its length.
 */
package exo.kernel.fs.tmpfs;

import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.Inode;

final class TmpSymlink extends Inode {
    private final String target;

    TmpSymlink(TmpFs fs, int mode, int uid, int gid, String target) {
        super(fs, mode, uid, gid, 0);
        this.target = target;
    }

    @Override
    public long size() {
        return target.length();
    }

    @Override
    public String readlink(FsContext ctx) {
        return target;
    }
}
