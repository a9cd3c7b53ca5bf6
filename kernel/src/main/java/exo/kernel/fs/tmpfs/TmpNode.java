/*
 * A tmpfs FIFO, socket or device node: only attributes (and the device number); opening goes to
 * the pipe package or the device table through the VFS's SpecialFiles.
 */
package exo.kernel.fs.tmpfs;

import exo.kernel.fs.vfs.Inode;

final class TmpNode extends Inode {
    TmpNode(TmpFs fs, int mode, int uid, int gid, long rdev) {
        super(fs, mode, uid, gid, rdev);
    }

    @Override
    public long size() {
        return 0;
    }
}
