/*
 * check.c - the checking library of tests/syscalls (see check.h): result lines, errno
 * names, the scratch directory and the child-process helpers.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;
static int checks;
static char scratch_path[256];
static pid_t owner_pid;

void t_init(const char *group)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    owner_pid = getpid();
    printf("== %s\n", group);
}

static void line(const char *label, const char *result, int ok)
{
    checks++;
    if (!ok)
        failures++;
    printf("%s: %s%s\n", label, result, ok ? "" : " FAIL");
}

void t_check(const char *label, int cond)
{
    line(label, cond ? "yes" : "no", cond);
}

void t_ok(const char *label, long ret)
{
    int err = errno;
    line(label, ret >= 0 ? "ok" : t_errname(err), ret >= 0);
}

void t_err(const char *label, long ret, int want_errno)
{
    int err = errno;
    char buf[64];
    if (ret >= 0) {
        snprintf(buf, sizeof buf, "succeeded, want %s", t_errname(want_errno));
        line(label, buf, 0);
    } else if (err != want_errno) {
        snprintf(buf, sizeof buf, "%s want %s", t_errname(err), t_errname(want_errno));
        line(label, buf, 0);
    } else {
        line(label, t_errname(err), 1);
    }
}

void t_eq(const char *label, long got, long want)
{
    char buf[80];
    if (got == want)
        snprintf(buf, sizeof buf, "%ld", got);
    else
        snprintf(buf, sizeof buf, "%ld want %ld", got, want);
    line(label, buf, got == want);
}

void t_str(const char *label, const char *got, const char *want)
{
    char buf[512];
    int same = got && strcmp(got, want) == 0;
    if (same)
        snprintf(buf, sizeof buf, "\"%s\"", got);
    else
        snprintf(buf, sizeof buf, "\"%s\" want \"%s\"", got ? got : "(null)", want);
    line(label, buf, same);
}

void t_say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
}

void t_fail_count(int n)
{
    failures += n;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

int t_done(void)
{
    if (scratch_path[0] && getpid() == owner_pid) {
        if (chdir("/") == 0)
            nftw(scratch_path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    }
    printf("== %s\n", failures ? "FAILED" : "passed");
    fflush(stdout);
    return failures ? 1 : 0;
}

void t_scratch(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch_path, sizeof scratch_path, "%s/ctest.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(scratch_path) || chmod(scratch_path, 0755) != 0 || chdir(scratch_path) != 0) {
        printf("scratch directory %s: %s FAIL\n", scratch_path, strerror(errno));
        exit(1);
    }
}

int t_is_root(void)
{
    return geteuid() == 0;
}

/* The child's failure count travels in its exit status (capped: statuses are 8 bits). */
static int run_child(void (*fn)(void), int drop)
{
    fflush(stdout);
    pid_t child = fork();
    if (child < 0) {
        line("fork for a child check", t_errname(errno), 0);
        return 1;
    }
    if (child == 0) {
        failures = 0;
        if (drop && t_is_root() &&
            (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)) {
            printf("drop to uid 65534: %s FAIL\n", t_errname(errno));
            _exit(1);
        }
        fn();
        fflush(stdout);
        _exit(failures > 100 ? 100 : failures);
    }
    int status;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status)) {
        line("child check ended normally", "no", 0);
        return 1;
    }
    failures += WEXITSTATUS(status);
    return WEXITSTATUS(status);
}

int t_as_nobody(void (*fn)(void))
{
    return run_child(fn, 1);
}

int t_in_child(void (*fn)(void))
{
    return run_child(fn, 0);
}

void t_write_file(const char *path, const char *text, int mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
    size_t len = strlen(text);
    if (fd < 0 || write(fd, text, len) != (ssize_t)len || close(fd) != 0) {
        printf("set-up: write %s: %s FAIL\n", path, t_errname(errno));
        exit(1);
    }
}

long t_read_file(const char *path, char *buf, size_t size)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -errno;
    size_t total = 0;
    ssize_t n;
    while (total + 1 < size && (n = read(fd, buf + total, size - 1 - total)) > 0)
        total += (size_t)n;
    buf[total] = 0;
    close(fd);
    return (long)total;
}
