/*
 * What Files does with the system calls: stat, open with OpenOption flags, and turning an
 * errno into the JDK's exception (NoSuchFileException, FileAlreadyExistsException,
 * AccessDeniedException, DirectoryNotEmptyException, NotDirectoryException, or a
 * FileSystemException with the system's reason).
 */
package java.nio.file;

import exo.rt.Posix;
import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

final class FileOps {
    private FileOps() {}

    static IOException error(int errno, String file, String other) {
        switch (errno) {
            case Posix.ENOENT: return new NoSuchFileException(file, other, null);
            case Posix.EEXIST: return new FileAlreadyExistsException(file, other, null);
            case Posix.EACCES: case 1: return new AccessDeniedException(file, other, null);
            case Posix.ENOTEMPTY: return new DirectoryNotEmptyException(file);
            default: return new FileSystemException(file, other, Posix.strerror(errno));
        }
    }

    /** stat (or lstat); null when the file does not exist or cannot be reached. */
    static byte[] stat(Path p, boolean followLinks) {
        byte[] st = new byte[Posix.STAT_SIZE];
        String s = p.toString();
        int r = followLinks ? Posix.stat(s.isEmpty() ? "." : s, st) : Posix.lstat(s.isEmpty() ? "." : s, st);
        return r == 0 ? st : null;
    }

    static byte[] statOrThrow(Path p, boolean followLinks) throws IOException {
        byte[] st = new byte[Posix.STAT_SIZE];
        String s = p.toString();
        int r = followLinks ? Posix.stat(s.isEmpty() ? "." : s, st) : Posix.lstat(s.isEmpty() ? "." : s, st);
        if (r < 0) {
            throw error(-r, s, null);
        }
        return st;
    }

    static boolean follow(LinkOption... options) {
        for (LinkOption o : options) {
            if (o == LinkOption.NOFOLLOW_LINKS) {
                return false;
            }
        }
        return true;
    }

    static int type(byte[] st) {
        return Posix.statMode(st) & Posix.S_IFMT;
    }

    /** Opens for reading; a directory is an IOException("Is a directory") when read, as in the JDK. */
    static int openRead(Path p) throws IOException {
        int fd = Posix.open(p.toString(), Posix.O_RDONLY, 0);
        if (fd < 0) {
            throw error(-fd, p.toString(), null);
        }
        return fd;
    }

    /** Opens for writing with the JDK's defaults (CREATE, TRUNCATE_EXISTING, WRITE when none given). */
    static int openWrite(Path p, OpenOption... options) throws IOException {
        int flags = Posix.O_WRONLY;
        boolean any = false, create = false, createNew = false, append = false, truncate = false;
        for (OpenOption o : options) {
            any = true;
            if (o == StandardOpenOption.CREATE) {
                create = true;
            } else if (o == StandardOpenOption.CREATE_NEW) {
                createNew = true;
            } else if (o == StandardOpenOption.APPEND) {
                append = true;
            } else if (o == StandardOpenOption.TRUNCATE_EXISTING) {
                truncate = true;
            } else if (o == StandardOpenOption.READ) {
                throw new IllegalArgumentException("READ not allowed");
            }
        }
        if (!any) {
            create = true;
            truncate = true;
        }
        if (append && truncate) {
            throw new IllegalArgumentException("READ + APPEND not allowed");
        }
        if (createNew) {
            flags |= Posix.O_CREAT | Posix.O_EXCL;
        } else if (create) {
            flags |= Posix.O_CREAT;
        }
        if (append) {
            flags |= Posix.O_APPEND;
        }
        if (truncate) {
            flags |= Posix.O_TRUNC;
        }
        int fd = Posix.open(p.toString(), flags, 0666);
        if (fd < 0) {
            throw error(-fd, p.toString(), null);
        }
        return fd;
    }

    static BasicFileAttributes attributes(byte[] st) {
        return new BasicFileAttributes() {
            public FileTime lastModifiedTime() {
                return FileTime.fromMillis(Posix.statMtimeMillis(st));
            }

            public FileTime lastAccessTime() {
                return lastModifiedTime();
            }

            public FileTime creationTime() {
                return lastModifiedTime();
            }

            public boolean isRegularFile() {
                return type(st) == Posix.S_IFREG;
            }

            public boolean isDirectory() {
                return type(st) == Posix.S_IFDIR;
            }

            public boolean isSymbolicLink() {
                return type(st) == Posix.S_IFLNK;
            }

            public boolean isOther() {
                return !isRegularFile() && !isDirectory() && !isSymbolicLink();
            }

            public long size() {
                return Posix.statSize(st);
            }

            public Object fileKey() {
                return "(ino=" + Posix.statIno(st) + ")";
            }
        };
    }
}
