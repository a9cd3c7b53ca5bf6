/*
 * files.c - file descriptors: open flags and their errors, read/write/lseek (holes,
 * SEEK_DATA/SEEK_HOLE), pread/pwrite, readv/writev, dup/dup2/dup3, fcntl (flags, F_DUPFD,
 * record locks between processes), flock, truncate/ftruncate, EMFILE under RLIMIT_NOFILE,
 * EBADF, and /dev/null, /dev/zero, /dev/full. Works in a scratch directory of $TMPDIR or
 * /tmp (a tmpfs on Exo-OS). Run by tools/ctest/run on Linux and Exo-OS; output compared.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static void open_flags(void)
{
    struct stat st;
    int fd = open("f", O_CREAT | O_WRONLY, 0666);
    t_check("O_CREAT makes a file", fd >= 0);
    fstat(fd, &st);
    t_eq("its mode after umask 022 (octal)", st.st_mode & 07777, 0644);
    t_check("regular file of size 0", S_ISREG(st.st_mode) && st.st_size == 0);
    write(fd, "0123456789", 10);
    close(fd);
    t_err("O_CREAT|O_EXCL on an existing file", open("f", O_CREAT | O_EXCL | O_WRONLY, 0644), EEXIST);
    fd = open("f", O_WRONLY | O_TRUNC);
    fstat(fd, &st);
    t_eq("O_TRUNC empties it", st.st_size, 0);
    write(fd, "abc", 3);
    close(fd);
    fd = open("f", O_WRONLY | O_APPEND);
    lseek(fd, 0, SEEK_SET);
    write(fd, "def", 3);
    t_eq("O_APPEND writes at the end whatever the offset", lseek(fd, 0, SEEK_CUR), 6);
    close(fd);
    t_err("open a missing file", open("missing", O_RDONLY), ENOENT);
    t_err("O_CREAT in a missing directory", open("nodir/f", O_CREAT | O_WRONLY, 0644), ENOENT);
    t_err("a path through a file", open("f/x", O_RDONLY), ENOTDIR);
    t_err("O_DIRECTORY on a file", open("f", O_RDONLY | O_DIRECTORY), ENOTDIR);
    t_err("a directory opened for writing", open(".", O_WRONLY), EISDIR);
    t_err("O_CREAT on an existing directory", open(".", O_CREAT | O_RDONLY, 0644), EISDIR);
    symlink("f", "link");
    t_err("O_NOFOLLOW on a symlink", open("link", O_RDONLY | O_NOFOLLOW), ELOOP);
    char name[300];
    memset(name, 'x', 256);
    name[256] = 0;
    t_err("a 256-character name", open(name, O_CREAT | O_WRONLY, 0644), ENAMETOOLONG);
    static char path[PATH_MAX + 16];
    for (int i = 0; i < PATH_MAX + 8; i += 2)
        memcpy(path + i, "./", 2);
    t_err("a path longer than PATH_MAX", open(path, O_RDONLY), ENAMETOOLONG);
    fd = open("f", O_PATH);
    char c;
    t_check("O_PATH opens", fd >= 0);
    t_err("read through O_PATH", read(fd, &c, 1), EBADF);
    t_ok("fstat through O_PATH", fstat(fd, &st));
    close(fd);
}

static void read_write_seek(void)
{
    char buf[64];
    int fd = open("rw", O_CREAT | O_RDWR | O_TRUNC, 0644);
    t_eq("write 10 bytes", write(fd, "0123456789", 10), 10);
    t_eq("lseek SEEK_CUR", lseek(fd, 0, SEEK_CUR), 10);
    t_eq("lseek SEEK_SET 3", lseek(fd, 3, SEEK_SET), 3);
    t_eq("read 4", read(fd, buf, 4), 4);
    t_check("read the right bytes", memcmp(buf, "3456", 4) == 0);
    t_eq("lseek SEEK_END -2", lseek(fd, -2, SEEK_END), 8);
    t_eq("read past the end stops there", read(fd, buf, 10), 2);
    t_eq("read at EOF", read(fd, buf, 10), 0);
    t_err("lseek to a negative offset", lseek(fd, -100, SEEK_SET), EINVAL);
    t_err("lseek bad whence", lseek(fd, 0, 42), EINVAL);
    close(fd);
}

/* A file with a 1 MiB hole, positional I/O and vectored I/O on it. */
static void holes_and_vectors(void)
{
    char buf[64];
    int fd = open("rw", O_RDWR);
    t_eq("lseek 1 MiB past the end", lseek(fd, 1 << 20, SEEK_END), (1 << 20) + 10);
    write(fd, "Z", 1);
    struct stat st;
    fstat(fd, &st);
    t_eq("size after writing past a hole", st.st_size, (1 << 20) + 11);
    memset(buf, 1, sizeof buf);
    t_eq("pread in the hole", pread(fd, buf, 16, 4096), 16);
    int zero = 1;
    for (int i = 0; i < 16; i++)
        zero &= buf[i] == 0;
    t_check("the hole reads as zeros", zero);
    t_eq("SEEK_DATA from 0", lseek(fd, 0, SEEK_DATA), 0);
    t_err("SEEK_DATA past the end", lseek(fd, st.st_size + 1, SEEK_DATA), ENXIO);
    long hole = lseek(fd, 0, SEEK_HOLE);
    t_check("SEEK_HOLE from 0 is within [10, size]", hole >= 10 && hole <= st.st_size);
    off_t pos = lseek(fd, 0, SEEK_CUR);
    t_eq("pwrite", pwrite(fd, "PW", 2, 1), 2);
    t_eq("pread", pread(fd, buf, 3, 0), 3);
    t_check("pread/pwrite bytes", memcmp(buf, "0PW", 3) == 0);
    t_check("pread/pwrite leave the offset", lseek(fd, 0, SEEK_CUR) == pos);
    t_err("pread negative offset", pread(fd, buf, 1, -1), EINVAL);
    struct iovec wv[3] = { { "ab", 2 }, { "", 0 }, { "cde", 3 } };
    lseek(fd, 0, SEEK_SET);
    t_eq("writev 3 vectors", writev(fd, wv, 3), 5);
    char x[2], y[4];
    struct iovec rv[2] = { { x, 2 }, { y, 4 } };
    lseek(fd, 0, SEEK_SET);
    t_eq("readv 2 vectors", readv(fd, rv, 2), 6);
    t_check("scattered right", memcmp(x, "ab", 2) == 0 && memcmp(y, "cde5", 4) == 0);
    t_err("readv with -1 vectors", readv(fd, rv, -1), EINVAL);
    t_err("writev with too many vectors", writev(fd, wv, 1025), EINVAL);
    t_ok("fsync", fsync(fd));
    t_ok("fdatasync", fdatasync(fd));
    close(fd);
}

static void wrong_kinds(void)
{
    char buf[4];
    int fd, p[2];
    pipe(p);
    t_err("lseek on a pipe", lseek(p[0], 0, SEEK_SET), ESPIPE);
    t_err("pread on a pipe", pread(p[0], buf, 1, 0), ESPIPE);
    close(p[0]);
    close(p[1]);
    fd = open("rw", O_RDONLY);
    t_err("write to an O_RDONLY fd", write(fd, "x", 1), EBADF);
    close(fd);
    fd = open("rw", O_WRONLY);
    t_err("read from an O_WRONLY fd", read(fd, buf, 1), EBADF);
    close(fd);
    fd = open(".", O_RDONLY);
    t_err("read from a directory", read(fd, buf, 1), EISDIR);
    close(fd);
}

static void dups(void)
{
    int fd = open("rw", O_RDWR);
    int d = dup(fd);
    t_check("dup gives another fd", d >= 0 && d != fd);
    lseek(fd, 5, SEEK_SET);
    t_eq("dup shares the offset", lseek(d, 0, SEEK_CUR), 5);
    t_eq("dup2 to fd 20", dup2(fd, 20), 20);
    t_eq("dup2 onto itself", dup2(fd, fd), fd);
    /* raw calls: musl's dup3 checks some of this itself and calls dup2 without O_CLOEXEC */
    t_err("dup3 onto itself", syscall(SYS_dup3, fd, fd, 0), EINVAL);
    t_err("dup3 bad flags", syscall(SYS_dup3, fd, 21, 0x4), EINVAL);
    t_eq("dup3 O_CLOEXEC", dup3(fd, 21, O_CLOEXEC), 21);
    t_eq("its FD_CLOEXEC", fcntl(21, F_GETFD), FD_CLOEXEC);
    t_eq("F_DUPFD from 30", fcntl(fd, F_DUPFD, 30), 30);
    t_eq("F_DUPFD from 30 again", fcntl(fd, F_DUPFD, 30), 31);
    t_err("dup of a closed fd", dup(99), EBADF);
    t_err("dup2 of a closed fd", dup2(99, 22), EBADF);
    t_err("dup2 to a huge fd", dup2(fd, 1 << 30), EBADF);
    t_eq("F_GETFL access mode", fcntl(fd, F_GETFL) & O_ACCMODE, O_RDWR);
    t_ok("F_SETFL O_APPEND|O_NONBLOCK", fcntl(fd, F_SETFL, O_APPEND | O_NONBLOCK));
    t_check("F_GETFL shows them", (fcntl(fd, F_GETFL) & (O_APPEND | O_NONBLOCK)) == (O_APPEND | O_NONBLOCK));
    t_check("shared by the dup", (fcntl(d, F_GETFL) & O_APPEND) != 0);
    t_err("fcntl unknown command", fcntl(fd, 12345), EINVAL);
    t_err("fcntl on a closed fd", fcntl(99, F_GETFD), EBADF);
    for (int i = 20; i < 32; i++)
        close(i);
    close(d);
    t_ok("close", close(fd));
    t_err("close again", close(fd), EBADF);
    t_err("close(-1)", close(-1), EBADF);
    t_err("read(-1)", read(-1, &fd, 1), EBADF);
}

static void locks(void)
{
    int fd = open("lock", O_CREAT | O_RDWR, 0644);
    write(fd, "0123456789", 10);
    struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 5 };
    t_ok("F_SETLK write lock on bytes 0-4", fcntl(fd, F_SETLK, &fl));
    t_ok("flock LOCK_EX", flock(fd, LOCK_EX));
    pid_t parent = getpid();
    pid_t child = fork();
    if (child == 0) {
        int cfd = open("lock", O_RDWR);
        struct flock q = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 2, .l_len = 1 };
        int ok = fcntl(cfd, F_GETLK, &q) == 0 && q.l_type == F_WRLCK && q.l_pid == parent && q.l_start == 0;
        struct flock other = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 5, .l_len = 5 };
        ok = ok && fcntl(cfd, F_SETLK, &other) == 0;                 /* no overlap */
        ok = ok && fcntl(cfd, F_SETLK, &q) == -1 && (errno == EAGAIN || errno == EACCES);
        ok = ok && flock(cfd, LOCK_EX | LOCK_NB) == -1 && errno == EWOULDBLOCK;
        _exit(ok ? 0 : 1);
    }
    int status;
    waitpid(child, &status, 0);
    t_check("child: F_GETLK names our lock, F_SETLK conflicts, flock would block",
            WIFEXITED(status) && WEXITSTATUS(status) == 0);
    fl.l_type = F_UNLCK;
    t_ok("F_SETLK unlock", fcntl(fd, F_SETLK, &fl));
    t_ok("flock LOCK_UN", flock(fd, LOCK_UN));
    t_err("flock operation 0", flock(fd, 0), EINVAL);
    fl.l_type = 12345;
    t_err("F_SETLK bad type", fcntl(fd, F_SETLK, &fl), EINVAL);
    close(fd);
}

static void truncation(void)
{
    struct stat st;
    t_write_file("t", "0123456789", 0644);
    t_ok("truncate to 4", truncate("t", 4));
    stat("t", &st);
    t_eq("size", st.st_size, 4);
    t_ok("truncate to 8192", truncate("t", 8192));
    char buf[8];
    int fd = open("t", O_RDWR);
    pread(fd, buf, 8, 2);
    t_check("kept bytes then zeros", memcmp(buf, "23\0\0\0\0\0\0", 8) == 0);
    t_ok("ftruncate to 1", ftruncate(fd, 1));
    fstat(fd, &st);
    t_eq("size", st.st_size, 1);
    t_err("ftruncate negative", ftruncate(fd, -1), EINVAL);
    close(fd);
    fd = open("t", O_RDONLY);
    t_err("ftruncate on a read-only fd", ftruncate(fd, 0), EINVAL);
    close(fd);
    t_err("truncate a directory", truncate(".", 0), EISDIR);
    t_err("truncate a missing file", truncate("missing", 0), ENOENT);
}

static void emfile(void)
{
    for (int fd = 3; fd < 1024; fd++)
        close(fd); /* whatever the caller let us inherit */
    struct rlimit rl = { 16, 16 };
    t_ok("RLIMIT_NOFILE 16", setrlimit(RLIMIT_NOFILE, &rl));
    int opened = 0, fd, err = 0;
    while ((fd = open("t", O_RDONLY)) >= 0)
        opened++;
    err = errno;
    t_eq("opened (fds 3..15)", opened, 13);
    errno = err;
    t_err("then open fails", -1, EMFILE);
    t_err("dup fails too", dup(0), EMFILE);
    int p[2];
    t_err("pipe fails too", pipe(p), EMFILE);
}

static void devices(void)
{
    char buf[16];
    int fd = open("/dev/null", O_RDWR);
    t_eq("/dev/null read", read(fd, buf, 16), 0);
    t_eq("/dev/null write", write(fd, buf, 16), 16);
    close(fd);
    fd = open("/dev/zero", O_RDONLY);
    memset(buf, 7, 16);
    t_eq("/dev/zero read", read(fd, buf, 16), 16);
    t_check("zeros", buf[0] == 0 && buf[15] == 0);
    close(fd);
    fd = open("/dev/full", O_WRONLY);
    t_err("/dev/full write", write(fd, buf, 1), ENOSPC);
    close(fd);
}

int main(void)
{
    t_init("files");
    umask(022);
    t_scratch();
    open_flags();
    read_write_seek();
    holes_and_vectors();
    wrong_kinds();
    dups();
    locks();
    truncation();
    t_in_child(emfile);
    devices();
    return t_done();
}
