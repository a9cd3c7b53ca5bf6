/*
 * Where readdir puts entries: getdents64 encodes them into the caller's buffer
 * (exo.kernel.fs.abi.Dirent64Writer), tests collect them. put() returns false when the entry did
 * not fit; readdir then stops and the entry is the first of the next call. `nextPos` is the
 * directory position after this entry (getdents64's d_off).
 */
package exo.kernel.fs.vfs;

public interface DirSink {
    boolean put(String name, long ino, int dtype, long nextPos);
}
