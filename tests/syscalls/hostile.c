/*
 * hostile.c - the file system under hostile inputs (issue 10): paths of 4096 components, a
 * directory 2200 levels deep, symlink chains, a directory of 100,000 entries, a file grown to
 * a tmpfs's size limit (a 4 MiB tmpfs mounted for the test: root only), and the descriptor
 * table exhausted again and again by open, dup, pipe, epoll and eventfd. Each must end in a
 * clear error or the right result, and what was there before must still be intact afterwards:
 * the system stays up and consistent. Prints counts and relations only. Run by tools/ctest/run
 * on Linux and Exo-OS; output compared. On Exo-OS the kernel's tmpfs consistency check
 * (/proc/exo/tmpfs-check) runs after each case; it prints only when it finds a problem, and
 * Linux has no such file, so the outputs stay comparable.
 */
#define _GNU_SOURCE
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#define DEEP 2200
#define ENTRIES 100000

static char path[16384];

/* n copies of unit, NUL-terminated, in path. */
static const char *repeat(const char *unit, int n)
{
    size_t len = strlen(unit);
    for (int i = 0; i < n; i++)
        memcpy(path + i * len, unit, len);
    path[n * len] = 0;
    return path;
}

static void long_paths(void)
{
    struct stat st;
    t_err("4096 components a/ (8192 bytes): open", open(repeat("a/", 4096), O_RDONLY), ENAMETOOLONG);
    t_err("  stat", stat(path, &st), ENAMETOOLONG);
    t_err("  mkdir", mkdir(path, 0755), ENAMETOOLONG);
    t_ok("4095 slashes name the root", stat(repeat("/", 4095), &st));
    t_check("  a directory", S_ISDIR(st.st_mode));
    t_err("4096 slashes", stat(repeat("/", 4096), &st), ENAMETOOLONG);
    repeat("./", 2047);
    strcat(path, ".");
    t_ok("2048 components ./ in 4095 bytes", stat(path, &st));
    t_err("a 256-byte name", mkdir(repeat("n", 256), 0755), ENAMETOOLONG);
    t_ok("a 255-byte name", mkdir(repeat("n", 255), 0755));
    t_ok("  removed", rmdir(path));
}

static void deep_tree(void)
{
    struct stat top, st;
    stat(".", &top);
    int made = 0;
    while (made < DEEP && mkdir("d", 0755) == 0 && chdir("d") == 0)
        made++;
    t_eq("directories 2200 deep", made, DEEP);
    char buf[8192];
    t_err("getcwd of a path longer than PATH_MAX", getcwd(buf, sizeof buf) ? 0 : -1, ENAMETOOLONG);
    t_err("2200 components ../ (6600 bytes)", stat(repeat("../", DEEP), &st), ENAMETOOLONG);
    t_ok("1365 components ../ (4095 bytes)", stat(repeat("../", 1365), &st));
    int up = 0;
    while (up < DEEP && chdir("..") == 0 && rmdir("d") == 0)
        up++;
    t_eq("climbed back removing each", up, DEEP);
    stat(".", &st);
    t_check("back where we started", st.st_ino == top.st_ino && st.st_dev == top.st_dev);
    t_check("getcwd works again", getcwd(buf, sizeof buf) != NULL);
}

static void link_chains(void)
{
    char name[32], target[32];
    t_ok("symlink l0 -> target", symlink("target", "l0"));
    t_write_file("target", "end", 0644);
    for (int i = 1; i <= 41; i++) {
        snprintf(name, sizeof name, "l%d", i);
        snprintf(target, sizeof target, "l%d", i - 1);
        symlink(target, name);
    }
    char buf[8];
    t_eq("a chain of 40 links is followed", t_read_file("l39", buf, sizeof buf), 3);
    t_err("41 links: ELOOP", open("l40", O_RDONLY), ELOOP);
    t_ok("a loop a -> b -> a", symlink("b", "a") | symlink("a", "b"));
    t_err("  open", open("a", O_RDONLY), ELOOP);
    t_err("  O_NOFOLLOW", open("a", O_RDONLY | O_NOFOLLOW), ELOOP);
    t_err("  mkdir through it", mkdir("a/x", 0755), ELOOP);
    t_ok("  lstat sees the link", lstat("a", &(struct stat){0}));
    for (int i = 0; i <= 41; i++) {
        snprintf(name, sizeof name, "l%d", i);
        unlink(name);
    }
    unlink("a");
    unlink("b");
    unlink("target");
}

static long count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    long n = 0;
    while (d && readdir(d))
        n++;
    if (d)
        closedir(d);
    return n;
}

static void big_directory(void)
{
    char name[32];
    /* In a tmpfs of its own when we may mount one: a disk would make it slow on Linux. */
    mkdir("mem", 0755);
    int mounted = t_is_root() && mount("tmpfs", "mem", "tmpfs", 0, "size=16m,nr_inodes=200k") == 0;
    chdir("mem");
    t_ok("mkdir big", mkdir("big", 0755));
    int made = 0, fd;
    for (int i = 0; i < ENTRIES; i++) {
        snprintf(name, sizeof name, "big/f%d", i);
        if ((fd = open(name, O_CREAT | O_EXCL | O_WRONLY, 0644)) < 0)
            break;
        close(fd);
        made++;
    }
    t_eq("files created", made, ENTRIES);
    t_eq("readdir sees them all (with . and ..)", count_entries("big"), ENTRIES + 2);
    struct stat st;
    t_ok("stat the first", stat("big/f0", &st));
    t_ok("stat the last", stat("big/f99999", &st));
    t_err("stat one more", stat("big/f100000", &st), ENOENT);
    t_err("create one again with O_EXCL", open("big/f50000", O_CREAT | O_EXCL | O_WRONLY, 0644), EEXIST);
    t_err("rmdir while full", rmdir("big"), ENOTEMPTY);
    int removed = 0;
    for (int i = 0; i < ENTRIES; i += 2) {
        snprintf(name, sizeof name, "big/f%d", i);
        removed += unlink(name) == 0;
    }
    t_eq("every other one removed", removed, ENTRIES / 2);
    t_eq("readdir sees the rest", count_entries("big"), ENTRIES / 2 + 2);
    t_err("a removed one is gone", stat("big/f2", &st), ENOENT);
    t_ok("a kept one is there", stat("big/f3", &st));
    for (int i = 1; i < ENTRIES; i += 2) {
        snprintf(name, sizeof name, "big/f%d", i);
        removed += unlink(name) == 0;
    }
    t_eq("all removed", removed, ENTRIES);
    t_ok("rmdir big", rmdir("big"));
    chdir("..");
    if (mounted)
        umount("mem");
    rmdir("mem");
}

static void fill_pattern(char *buf, size_t n, long from)
{
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)((from + (long)i) * 7 + 1);
}

/* Writes 64 KiB chunks until the tmpfs is full; returns the bytes written, errno in *err. */
static long grow(int fd, int *err)
{
    static char chunk[65536];
    long total = 0;
    *err = 0;
    for (;;) {
        fill_pattern(chunk, sizeof chunk, total);
        ssize_t n = write(fd, chunk, sizeof chunk);
        if (n < 0) {
            *err = errno;
            return total;
        }
        total += n;
    }
}

static int pattern_intact(const char *name, long size)
{
    static char got[65536], want[65536];
    int fd = open(name, O_RDONLY);
    long at = 0;
    ssize_t n;
    while ((n = read(fd, got, sizeof got)) > 0) {
        fill_pattern(want, (size_t)n, at);
        if (memcmp(got, want, (size_t)n) != 0)
            break;
        at += n;
    }
    close(fd);
    return at == size;
}

static void tmpfs_limit(void)
{
    if (!t_is_root()) {
        t_say("a 4 MiB tmpfs filled: needs root, skipped");
        return;
    }
    mkdir("small", 0755);
    t_ok("mount a 4 MiB tmpfs", mount("tmpfs", "small", "tmpfs", 0, "size=4m"));
    t_write_file("small/keep", "kept contents", 0644);
    int fd = open("small/big", O_CREAT | O_WRONLY, 0644), err;
    long total = grow(fd, &err);
    errno = err;
    t_err("a file grown to the limit ends with", -1, ENOSPC);
    t_eq("bytes it took (4 MiB less the other file's page)", total, 4 * 1024 * 1024 - 4096);
    t_err("one more byte", write(fd, "x", 1), ENOSPC);
    close(fd);
    t_check("its contents are what was written", pattern_intact("small/big", total));
    char buf[32];
    t_eq("the other file is intact", t_read_file("small/keep", buf, sizeof buf), 13);
    t_str("  contents", buf, "kept contents");
    struct statfs sf;
    statfs("small", &sf);
    t_eq("statfs: no block free", (long)sf.f_bfree, 0);
    t_err("a new file cannot get a page", write(fd = open("small/new", O_CREAT | O_WRONLY, 0644), "x", 1), ENOSPC);
    close(fd);
    t_ok("truncate the big file to 1 MiB", truncate("small/big", 1024 * 1024));
    statfs("small", &sf);
    t_eq("statfs: 3 MiB free again, less the other file", (long)sf.f_bfree, 3 * 256 - 1);
    t_check("the first MiB is intact", pattern_intact("small/big", 1024 * 1024));
    t_eq("now the new file takes a write", write(fd = open("small/new", O_WRONLY), "x", 1), 1);
    close(fd);
    t_ok("unlink everything", unlink("small/big") | unlink("small/new") | unlink("small/keep"));
    statfs("small", &sf);
    t_eq("statfs: all free", (long)sf.f_bfree, 1024);
    t_ok("umount", umount("small"));
    t_ok("rmdir the mount point", rmdir("small"));
}

/* Opens with fn until it fails; returns how many it got, errno in *err; closes them all. */
static int exhaust(int (*fn)(void), int *err)
{
    static int fds[1 << 16];
    int n = 0, fd;
    while (n < (1 << 16) && (fd = fn()) >= 0)
        fds[n++] = fd;
    *err = errno;
    for (int i = 0; i < n; i++)
        close(fds[i]);
    return n;
}

static int open_null(void) { return open("/dev/null", O_RDONLY); }
static int dup_zero(void) { return dup(0); }
static int new_epoll(void) { return epoll_create1(0); }
static int new_eventfd(void) { return eventfd(0, 0); }
static int new_pipe(void)
{
    int p[2];
    if (pipe(p) != 0)
        return -1;
    close(p[1]);
    return p[0];
}

static void fd_exhaustion(void)
{
    for (int fd = 3; fd < 1024; fd++)
        close(fd); /* whatever the caller let us inherit */
    struct rlimit rl = { 256, 256 };
    setrlimit(RLIMIT_NOFILE, &rl); /* keeps the loops short where the limit is large */
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        rl.rlim_cur = 1024;        /* the default, where the call is missing */
    int (*makers[])(void) = { open_null, dup_zero, new_pipe, new_epoll, new_eventfd };
    const char *names[] = { "open", "dup", "pipe", "epoll_create1", "eventfd" };
    /* 0, 1 and 2 are taken; a pipe needs two free descriptors and keeps one. */
    int taken[] = { 3, 3, 4, 3, 3 };
    for (int m = 0; m < 5; m++) {
        int first = -1, same = 1, all_emfile = 1, err;
        for (int round = 0; round < 50; round++) {
            int n = exhaust(makers[m], &err);
            if (first < 0)
                first = n;
            same &= n == first;
            all_emfile &= err == EMFILE;
        }
        char label[96];
        snprintf(label, sizeof label, "%s until EMFILE, 50 times: fills the table each time", names[m]);
        t_check(label, same && all_emfile && first == (int)rl.rlim_cur - taken[m]);
    }
    int fd = open("/dev/null", O_RDONLY);
    t_eq("afterwards the lowest descriptor is free again", fd, 3);
    close(fd);
}

/* Exo-OS only: the kernel's tmpfs checker, silent when it finds nothing (or on Linux). */
static void tmpfs_consistent(const char *after)
{
    static char report[4096];
    int fd = open("/proc/exo/tmpfs-check", O_RDONLY);
    if (fd < 0)
        return;
    ssize_t n = read(fd, report, sizeof report - 1);
    close(fd);
    report[n > 0 ? n : 0] = 0;
    if (strcmp(report, "ok\n") != 0) {
        t_say("tmpfs check after %s: %.200s", after, report);
        t_check("tmpfs consistent", 0);
    }
}

int main(void)
{
    t_init("hostile");
    t_scratch();
    long_paths();
    tmpfs_consistent("long paths");
    deep_tree();
    tmpfs_consistent("the deep tree");
    link_chains();
    tmpfs_consistent("symlink chains");
    big_directory();
    tmpfs_consistent("the big directory");
    tmpfs_limit();
    tmpfs_consistent("the tmpfs limit");
    fd_exhaustion();
    tmpfs_consistent("descriptor exhaustion");
    return t_done();
}
