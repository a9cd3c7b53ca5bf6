/*
 * dirs.c - the name space: mkdir/rmdir/unlink/rename/renameat2/link/symlink/readlink,
 * stat/lstat/fstatat/statx fields that are stable, getdents64, getcwd/chdir/fchdir, the *at
 * calls, utimensat, an unlinked file still open, and their errors (ENOENT, EEXIST, ENOTDIR,
 * EISDIR, ENOTEMPTY, EINVAL, EPERM, ELOOP, ENAMETOOLONG, EXDEV, ERANGE). Works in a scratch
 * directory. Run by tools/ctest/run on Linux and Exo-OS; output compared line by line.
 */
#define _GNU_SOURCE
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The statx record as documented in statx(2), so as not to depend on kernel headers. */
struct statx_time {
    int64_t tv_sec;
    uint32_t tv_nsec;
    int32_t reserved;
};
struct statx_record {
    uint32_t mask, blksize;
    uint64_t attributes;
    uint32_t nlink, uid, gid;
    uint16_t mode, pad;
    uint64_t ino, size, blocks, attributes_mask;
    struct statx_time atime, btime, ctime, mtime;
    uint32_t rdev_major, rdev_minor, dev_major, dev_minor;
    uint64_t spare[14];
};
enum { STATX_BASIC = 0x7ff, RENAME_NOREPLACE_FLAG = 1, RENAME_EXCHANGE_FLAG = 2 };

static void make_dirs(void)
{
    struct stat st;
    t_ok("mkdir d", mkdir("d", 0755));
    t_err("mkdir d again", mkdir("d", 0755), EEXIST);
    t_err("mkdir in a missing parent", mkdir("nope/d", 0755), ENOENT);
    t_ok("mkdir d/sub", mkdir("d/sub", 0700));
    stat("d", &st);
    t_check("d is a directory, mode 0755", S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0755);
    t_eq("d's link count (., its entry, sub's ..)", st.st_nlink, 3);
    t_write_file("d/file", "12345", 0644);
    t_err("rmdir a non-empty directory", rmdir("d"), ENOTEMPTY);
    t_err("rmdir a file", rmdir("d/file"), ENOTDIR);
    t_err("unlink a directory", unlink("d/sub"), EISDIR);
    t_err("rmdir .", rmdir("d/sub/."), EINVAL);
    t_err("rmdir a missing directory", rmdir("d/none"), ENOENT);
    t_err("mkdir through a file", mkdir("d/file/x", 0755), ENOTDIR);
    t_ok("rmdir d/sub", rmdir("d/sub"));
    stat("d", &st);
    t_eq("d's link count after", st.st_nlink, 2);
}

static void renames(void)
{
    struct stat st;
    t_write_file("a", "A", 0644);
    t_write_file("b", "BB", 0644);
    t_ok("rename a over b", rename("a", "b"));
    t_err("a is gone", access("a", F_OK), ENOENT);
    stat("b", &st);
    t_eq("b has a's content (size)", st.st_size, 1);
    mkdir("e1", 0755);
    mkdir("e2", 0755);
    t_write_file("e2/x", "", 0644);
    t_err("rename a directory over a non-empty one", rename("e1", "e2"), ENOTEMPTY);
    t_err("rename a directory over a file", rename("e1", "b"), ENOTDIR);
    t_err("rename a file over a directory", rename("b", "e1"), EISDIR);
    t_err("rename a directory into itself", rename("e2", "e2/inner"), EINVAL);
    t_err("rename a missing file", rename("none", "x"), ENOENT);
    t_ok("rename a directory over an empty one", rename("e1", "e3") == 0 && rename("e3", "e1") == 0 ? 0 : -1);
    t_write_file("c", "C", 0644);
    t_err("renameat2 RENAME_NOREPLACE onto an existing name",
          syscall(SYS_renameat2, AT_FDCWD, "c", AT_FDCWD, "b", RENAME_NOREPLACE_FLAG), EEXIST);
    t_ok("renameat2 RENAME_EXCHANGE", syscall(SYS_renameat2, AT_FDCWD, "c", AT_FDCWD, "b", RENAME_EXCHANGE_FLAG));
    char buf[8];
    t_read_file("b", buf, sizeof buf);
    t_str("b after the exchange", buf, "C");
    t_err("rename across file systems (to /proc)", rename("b", "/proc/ctest-b"), EXDEV);
}

static void links(void)
{
    struct stat st, st2;
    char buf[64];
    t_write_file("orig", "hello", 0644);
    t_ok("link", link("orig", "hard"));
    stat("orig", &st);
    stat("hard", &st2);
    t_eq("link count", st.st_nlink, 2);
    t_check("same inode and device", st.st_ino == st2.st_ino && st.st_dev == st2.st_dev);
    t_err("link onto an existing name", link("orig", "hard"), EEXIST);
    t_err("link a directory", link("d", "dlink"), EPERM);
    t_err("link a missing file", link("none", "x"), ENOENT);
    t_ok("symlink", symlink("orig", "soft"));
    t_eq("readlink length", readlink("soft", buf, sizeof buf), 4);
    buf[4] = 0;
    t_str("readlink", buf, "orig");
    t_eq("readlink into 2 bytes truncates", readlink("soft", buf, 2), 2);
    t_err("readlink of a file", readlink("orig", buf, sizeof buf), EINVAL);
    t_err("readlink of a missing name", readlink("none", buf, sizeof buf), ENOENT);
    t_err("symlink onto an existing name", symlink("x", "orig"), EEXIST);
    lstat("soft", &st);
    t_check("lstat: a symlink whose size is its target's length", S_ISLNK(st.st_mode) && st.st_size == 4);
    stat("soft", &st);
    t_check("stat follows it", S_ISREG(st.st_mode) && st.st_size == 5);
    symlink("loopb", "loopa");
    symlink("loopa", "loopb");
    t_err("open a symlink loop", open("loopa", O_RDONLY), ELOOP);
    t_err("stat a symlink loop", stat("loopa", &st), ELOOP);
    symlink("target-made-later", "dangling");
    t_err("open a dangling symlink", open("dangling", O_RDONLY), ENOENT);
    int fd = open("dangling", O_CREAT | O_WRONLY, 0644);
    t_check("O_CREAT through a dangling symlink creates its target",
            fd >= 0 && access("target-made-later", F_OK) == 0);
    close(fd);
    symlink("d", "dirlink");
    t_ok("a path through a symlinked directory", access("dirlink/file", F_OK));
    t_ok("unlink removes the symlink, not the target", unlink("soft") == 0 && access("orig", F_OK) == 0 ? 0 : -1);
}

static void stats(void)
{
    struct stat st;
    struct statx_record sx;
    t_write_file("s", "0123456789", 0640);
    stat("s", &st);
    t_check("st_mode: regular, 0640", S_ISREG(st.st_mode) && (st.st_mode & 07777) == 0640);
    t_eq("st_size", st.st_size, 10);
    t_eq("st_nlink", st.st_nlink, 1);
    t_check("st_uid/st_gid are ours", st.st_uid == geteuid() && st.st_gid == getegid());
    t_ok("statx", syscall(SYS_statx, AT_FDCWD, "s", 0, STATX_BASIC, &sx));
    t_check("statx mask has the basic stats", (sx.mask & STATX_BASIC) == STATX_BASIC);
    t_check("statx agrees with stat", sx.size == 10 && sx.mode == st.st_mode && sx.ino == st.st_ino
                                          && sx.mtime.tv_sec == st.st_mtim.tv_sec);
    t_err("statx of a missing file", syscall(SYS_statx, AT_FDCWD, "none", 0, STATX_BASIC, &sx), ENOENT);
    struct timespec times[2] = { { 1000000000, 5 }, { 1234567890, 123456789 } };
    t_ok("utimensat", utimensat(AT_FDCWD, "s", times, 0));
    stat("s", &st);
    t_check("atime set", st.st_atim.tv_sec == 1000000000 && st.st_atim.tv_nsec == 5);
    t_check("mtime set to the nanosecond", st.st_mtim.tv_sec == 1234567890 && st.st_mtim.tv_nsec == 123456789);
    int fd = open("s", O_WRONLY | O_APPEND);
    write(fd, "x", 1);
    close(fd);
    stat("s", &st);
    t_check("a write moves mtime forward", st.st_mtim.tv_sec > 1234567890);
    struct timespec bad[2] = { { 0, 2000000000 }, { 0, 0 } };
    t_err("utimensat with tv_nsec out of range", utimensat(AT_FDCWD, "s", bad, 0), EINVAL);
    stat(".", &st);
    t_check("a directory's type", S_ISDIR(st.st_mode));
    t_err("stat a missing file", stat("none", &st), ENOENT);
    t_err("stat through a file", stat("s/x", &st), ENOTDIR);
    t_err("fstat a closed fd", fstat(99, &st), EBADF);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void listing(void)
{
    mkdir("ls", 0755);
    t_write_file("ls/f1", "", 0644);
    t_write_file("ls/f2", "", 0644);
    mkdir("ls/sub", 0755);
    symlink("f1", "ls/ln");
    int fd = open("ls", O_RDONLY | O_DIRECTORY);
    char buf[4096], *names[16];
    int count = 0;
    long n;
    while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0) {
        for (long off = 0; off < n && count < 16;) {
            struct dirent *de = (struct dirent *)(buf + off);
            char *entry = malloc(300);
            snprintf(entry, 300, "%s type=%s", de->d_name,
                     de->d_type == DT_DIR ? "dir" : de->d_type == DT_REG ? "file" : de->d_type == DT_LNK ? "link" : "?");
            names[count++] = entry;
            off += de->d_reclen;
        }
    }
    qsort(names, (size_t)count, sizeof names[0], cmp_str);
    t_eq("getdents64 entries", count, 6);
    for (int i = 0; i < count; i++)
        t_say("  %s", names[i]), free(names[i]);
    t_eq("getdents64 at the end", syscall(SYS_getdents64, fd, buf, sizeof buf), 0);
    lseek(fd, 0, SEEK_SET);
    t_err("getdents64 with a tiny buffer", syscall(SYS_getdents64, fd, buf, 8), EINVAL);
    close(fd);
    fd = open("ls/f1", O_RDONLY);
    t_err("getdents64 on a file", syscall(SYS_getdents64, fd, buf, sizeof buf), ENOTDIR);
    close(fd);
    t_err("getdents64 on a bad fd", syscall(SYS_getdents64, 99, buf, sizeof buf), EBADF);
}

static void cwd(void)
{
    char start[PATH_MAX], now[PATH_MAX];
    t_check("getcwd", getcwd(start, sizeof start) != NULL);
    t_ok("chdir ls/sub", chdir("ls/sub"));
    getcwd(now, sizeof now);
    t_check("getcwd ends with /ls/sub", strlen(now) > 7 && strcmp(now + strlen(now) - 7, "/ls/sub") == 0);
    t_ok("chdir ../..", chdir("../.."));
    getcwd(now, sizeof now);
    t_check("back where we were", strcmp(now, start) == 0);
    t_err("chdir to a file", chdir("ls/f1"), ENOTDIR);
    t_err("chdir to a missing directory", chdir("none"), ENOENT);
    int fd = open("ls", O_RDONLY | O_DIRECTORY);
    t_ok("fchdir", fchdir(fd));
    t_check("relative open after fchdir", access("f1", F_OK) == 0);
    chdir(start);
    t_err("getcwd into 2 bytes", getcwd(now, 2) ? 0 : -1, ERANGE);
    int f1 = open("ls/f1", O_RDONLY);
    t_err("fchdir to a file", fchdir(f1), ENOTDIR);
    close(f1);
    close(fd);
}

static void at_calls(void)
{
    struct stat st;
    int dir = open("d", O_RDONLY | O_DIRECTORY);
    int fd = openat(dir, "atfile", O_CREAT | O_WRONLY, 0644);
    t_check("openat relative to a directory fd", fd >= 0 && access("d/atfile", F_OK) == 0);
    close(fd);
    t_ok("mkdirat", mkdirat(dir, "atdir", 0755));
    t_ok("fstatat", fstatat(dir, "atdir", &st, 0));
    symlinkat("atfile", dir, "atlink");
    fstatat(dir, "atlink", &st, AT_SYMLINK_NOFOLLOW);
    t_check("fstatat AT_SYMLINK_NOFOLLOW sees the link", S_ISLNK(st.st_mode));
    fd = openat(dir, "atfile", O_RDONLY);
    t_ok("fstatat AT_EMPTY_PATH", fstatat(fd, "", &st, AT_EMPTY_PATH));
    t_err("openat with a file as the directory", openat(fd, "x", O_RDONLY), ENOTDIR);
    close(fd);
    t_err("unlinkat AT_REMOVEDIR of a file", unlinkat(dir, "atfile", AT_REMOVEDIR), ENOTDIR);
    t_ok("unlinkat AT_REMOVEDIR of a directory", unlinkat(dir, "atdir", AT_REMOVEDIR));
    t_ok("unlinkat a file", unlinkat(dir, "atfile", 0));
    t_err("unlinkat bad flags", unlinkat(dir, "atlink", 0x4000), EINVAL);
    t_err("openat with a bad fd", openat(99, "x", O_RDONLY), EBADF);
    t_ok("openat with an absolute path ignores the fd", fd = openat(99, "/", O_RDONLY));
    close(fd);
    close(dir);
}

static void open_unlinked(void)
{
    struct stat st;
    char buf[8];
    t_write_file("gone", "still", 0644);
    int fd = open("gone", O_RDONLY);
    t_ok("unlink an open file", unlink("gone"));
    fstat(fd, &st);
    t_eq("its link count", st.st_nlink, 0);
    t_eq("still readable", read(fd, buf, 5), 5);
    close(fd);
    char name[300];
    memset(name, 'y', 256);
    name[256] = 0;
    t_err("mkdir with a 256-character name", mkdir(name, 0755), ENAMETOOLONG);
    t_err("unlink a missing file", unlink("none"), ENOENT);
}

int main(void)
{
    t_init("dirs");
    umask(022);
    t_scratch();
    make_dirs();
    renames();
    links();
    stats();
    listing();
    cwd();
    at_calls();
    open_unlinked();
    return t_done();
}
