/*
 * The target of a /proc symlink (self, exe, cwd, fd/N), computed for the caller; null when it no
 * longer exists (the link then reads as ENOENT).
 */
package exo.kernel.fs.procfs;

import exo.kernel.fs.vfs.FsContext;

public interface ProcLinkTarget {
    String target(FsContext ctx);
}
