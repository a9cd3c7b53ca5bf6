/*
 * How the VFS finds the open file behind a dirfd of an *at call: the process's descriptor
 * table (exo.kernel.fs.file.FdTable) implements it. Returns null for a descriptor that is not
 * open (the call then fails with EBADF).
 */
package exo.kernel.fs.vfs;

public interface FdLookup {
    OpenFile file(int fd);
}
