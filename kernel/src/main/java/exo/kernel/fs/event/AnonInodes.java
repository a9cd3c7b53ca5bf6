/*
 * The nameless inodes behind epoll instances and eventfds (Linux's anon_inodefs): mode 0600
 * without a file-type bit, owned by root, as fstat shows them on Linux. Never mounted; one per
 * kernel, created by the file layer's setup.
 */
package exo.kernel.fs.event;

import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsClock;
import exo.kernel.fs.vfs.FileSystem;
import exo.kernel.fs.vfs.Inode;
import exo.kernel.fs.vfs.StatFs;

public final class AnonInodes extends FileSystem {
    private final Inode root;

    public AnonInodes(FsClock clock) {
        super("anon_inodefs", clock);
        root = new Anon(this, FileMode.S_IFDIR | 0700);
    }

    static final class Anon extends Inode {
        Anon(FileSystem fs, int mode) {
            super(fs, mode, 0, 0, 0);
        }

        @Override
        public long size() {
            return 0;
        }
    }

    /** A fresh inode for one epoll instance or eventfd. */
    public Inode newInode() {
        return new Anon(this, 0600);
    }

    @Override
    public Inode rootInode() {
        return root;
    }

    @Override
    public void statfs(StatFs out) {
        out.type = StatFs.ANON_INODE_FS_MAGIC;
        out.bsize = 4096;
        out.frsize = 4096;
        out.namelen = 255;
    }
}
