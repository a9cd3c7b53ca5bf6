/*
 * The bytes of an archive as the cpio reader sees them: its size, single bytes (headers and
 * names), and slices as IoBuffers (file contents, copied straight into the page cache). The
 * kernel reads the initramfs where GRUB loaded it (MemoryArchive, through the direct map); tests
 * use byte arrays (ArrayArchive).
 */
package exo.kernel.fs.initramfs;

import exo.kernel.fs.IoBuffer;

public interface Archive {
    long size();

    int byteAt(long offset);

    IoBuffer slice(long offset, long len);
}
