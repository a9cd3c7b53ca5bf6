/**
 * The file layer (issue 10): VFS, tmpfs, devfs, procfs, pipes, descriptors, locks, readiness,
 * initramfs. Everything returns Linux's values: counts, descriptors, or a negative errno
 * ({@link exo.kernel.fs.Errno}), with Linux's precedence among errors, so the syscall layer
 * passes results through. Callers pass an {@code FsContext} (credentials, cwd/root, descriptor
 * table, pid, Waiter) and user memory as an {@link exo.kernel.fs.IoBuffer} (an
 * {@link exo.kernel.fs.IoVector} for iovecs); paths and names are Strings of one char per byte
 * ({@link exo.kernel.fs.Names}). Structures go to user memory through the exo.kernel.fs.abi
 * encoders. Where each system call lands:
 *
 * <pre>
 * open/openat/creat        file.FileIo.openat (creat = O_CREAT|O_WRONLY|O_TRUNC)
 * close, close_range       file.FdTable.close, closeRange (UNSHARE: copy() the table first)
 * dup/dup2/dup3            file.FdTable.dup, dup2, dup3
 * read/write, readv/writev file.FileIo.read, write (IoVector for the iovecs)
 * pread64/pwrite64/p*v     file.FileIo.pread, pwrite
 * lseek                    file.FileIo.lseek
 * fcntl                    file.FileIo.fcntl (integer commands), fcntlLock (struct flock)
 * flock                    file.FileIo.flock
 * ioctl                    file.FileIo.ioctl (FIONBIO, FIOCLEX, FIONCLEX, FIONREAD; rest to the file)
 * ftruncate, fallocate     file.FileIo.ftruncate, fallocate
 * fsync/fdatasync          file.FileIo.fsync (sync/syncfs: nothing to do, return 0)
 * getdents64               file.FileIo.getdents64
 * sendfile, copy_file_range file.FileIo.sendfile, copyFileRange
 * pipe/pipe2               file.FileIo.pipe2 with setup.FileLayer.pipes
 * stat/lstat/newfstatat    vfs.Vfs.fstatat, then abi.StatLayout.encode
 * fstat                    vfs.Vfs.fstat (or fstatat with AT_EMPTY_PATH)
 * statx                    vfs.Vfs.statx, then abi.StatxLayout.encode
 * statfs/fstatfs           vfs.Vfs.statfs, fstatfs, then abi.StatfsLayout.encode
 * mkdir(at), mknod(at)     vfs.Vfs.mkdirat, mknodat
 * unlink(at), rmdir        vfs.Vfs.unlinkat (rmdir = AT_REMOVEDIR)
 * rename(at/at2)           vfs.Vfs.renameat2
 * link(at), symlink(at)    vfs.Vfs.linkat, symlinkat
 * readlink(at)             vfs.Vfs.readlinkat
 * chmod/fchmodat, fchmod   vfs.Vfs.fchmodat, fchmod
 * chown/lchown/fchownat    vfs.Vfs.fchownat (lchown: AT_SYMLINK_NOFOLLOW), fchown
 * utimensat/futimens       vfs.Vfs.utimensat, futimens
 * access/faccessat(2)      vfs.Vfs.faccessat2
 * truncate                 vfs.Vfs.truncate
 * getcwd, chdir, fchdir    vfs.Vfs.getcwd (null: ENOENT; ERANGE is the caller's), chdir, fchdir
 * chroot, umask            vfs.Vfs.chroot, vfs.FsState.setUmask
 * mount, umount2           vfs.Vfs.mount, umount2
 * execve's file            vfs.Vfs.openExec; mmap of a file: vfs.Inode.pageFrame
 * poll/ppoll, select/pselect6   event.PollCall.poll, select
 * epoll_create1/ctl/wait   event.Epoll.create, ctl, await (with setup.FileLayer.anon)
 * eventfd2                 event.EventFd.create
 * fork/exec/exit           file.FdTable.copy, closeOnExec, closeAll; vfs.FsState.copy, release
 * </pre>
 *
 * EPIPE from a write means the caller also raises SIGPIPE; -ERESTARTSYS from a wait becomes
 * EINTR or a restart according to SA_RESTART.
 */
package exo.kernel.fs;
