/*
 * An open file that answers terminal ioctls: a terminal (TtyFile) or a PTY master. The syscall
 * layer routes the terminal requests (TtyIoctl.isTerminalRequest) of such a file here with a
 * window on the user's argument memory; other files answer them ENOTTY.
 */
package exo.kernel.tty;

import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.vfs.FsContext;

public interface TerminalFile {
    long terminalIoctl(int request, long arg, IoBuffer argMemory, FsContext ctx);
}
