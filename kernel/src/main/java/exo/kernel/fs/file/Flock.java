/*
 * struct flock as fcntl's lock commands see it (decoded from user memory with
 * exo.kernel.fs.abi.SmallLayouts by the syscall layer): type, whence, start, len, pid. F_GETLK
 * writes its answer back into the same object.
 */
package exo.kernel.fs.file;

public final class Flock {
    public int type;
    public int whence;
    public long start;
    public long len;
    public int pid;

    public Flock() {
    }

    public Flock(int type, int whence, long start, long len) {
        this.type = type;
        this.whence = whence;
        this.start = start;
        this.len = len;
    }
}
