/*
 * The content of a generated /proc file: produced when the file is opened, for the caller
 * opening it (/proc/self and friends depend on who asks), as bytes.
 */
package exo.kernel.fs.procfs;

import exo.kernel.fs.vfs.FsContext;

public interface ProcText {
    byte[] generate(FsContext ctx);
}
