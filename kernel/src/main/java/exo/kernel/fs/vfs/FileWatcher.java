/*
 * Something that must know when an open file goes away without holding a reference to it: an
 * epoll instance watching the file drops its item then, as Linux does on the last close.
 */
package exo.kernel.fs.vfs;

public interface FileWatcher {
    /** f's last reference was dropped (called once, before f's own release). */
    void fileReleased(OpenFile f);
}
