/*
 * One member of a newc ("070701") or newc-with-CRC ("070702") cpio archive: its header fields,
 * its name, and where its data lies in the archive.
 */
package exo.kernel.fs.initramfs;

public final class CpioEntry {
    public long ino;
    public int mode;
    public int uid;
    public int gid;
    public int nlink;
    public long mtime;
    public long fileSize;
    public int devMajor;
    public int devMinor;
    public int rdevMajor;
    public int rdevMinor;
    public String name;
    /** Offset of the data in the archive. */
    public long dataOffset;

    public boolean isTrailer() {
        return "TRAILER!!!".equals(name);
    }
}
