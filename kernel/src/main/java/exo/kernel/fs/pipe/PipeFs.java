/*
 * The nameless file system of anonymous pipes (Linux's pipefs): it only hands out the inodes
 * behind pipe() ends (S_IFIFO, mode 0600, owned by the creator), so fstat on a pipe reports a
 * FIFO with its own inode number. Never mounted.
 */
package exo.kernel.fs.pipe;

import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsClock;
import exo.kernel.fs.vfs.FileSystem;
import exo.kernel.fs.vfs.Inode;
import exo.kernel.fs.vfs.StatFs;

public final class PipeFs extends FileSystem {
    private final Inode root;

    public PipeFs(FsClock clock) {
        super("pipefs", clock);
        root = new PipeInode(this, FileMode.S_IFDIR | 0700, 0, 0);
    }

    static final class PipeInode extends Inode {
        PipeInode(FileSystem fs, int mode, int uid, int gid) {
            super(fs, mode, uid, gid, 0);
        }

        @Override
        public long size() {
            return 0;
        }
    }

    Inode newPipeInode(int uid, int gid) {
        return new PipeInode(this, FileMode.S_IFIFO | 0600, uid, gid);
    }

    @Override
    public Inode rootInode() {
        return root;
    }

    @Override
    public void statfs(StatFs out) {
        out.type = StatFs.PIPEFS_MAGIC;
        out.bsize = 4096;
        out.frsize = 4096;
        out.namelen = 255;
    }
}
