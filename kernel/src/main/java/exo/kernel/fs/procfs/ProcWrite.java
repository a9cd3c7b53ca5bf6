/*
 * What a write to a writable /proc file does (e.g. /proc/sys/kernel/hostname): receives the
 * written bytes; returns 0 or a negative errno.
 */
package exo.kernel.fs.procfs;

import exo.kernel.fs.vfs.FsContext;

public interface ProcWrite {
    int write(FsContext ctx, byte[] data);
}
