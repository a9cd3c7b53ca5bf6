/*
 * pipes.c - pipes and FIFOs: data order, EOF when the last writer closes, EPIPE and SIGPIPE
 * when the last reader is gone, O_NONBLOCK with EAGAIN both ways, the 64 KiB capacity
 * (F_GETPIPE_SZ), writes of PIPE_BUF bytes not interleaved between writers, FIONREAD,
 * pipe2 flags, a three-process pipeline, and FIFOs made with mkfifo (open rules, ENXIO).
 * Run by tools/ctest/run on Linux and Exo-OS; output compared line by line.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void basics(void)
{
    int p[2];
    char buf[16];
    t_ok("pipe", pipe(p));
    t_eq("write 5", write(p[1], "hello", 5), 5);
    int avail = -1;
    ioctl(p[0], FIONREAD, &avail);
    t_eq("FIONREAD", avail, 5);
    t_eq("read 3", read(p[0], buf, 3), 3);
    t_eq("read the rest", read(p[0], buf + 3, 10), 2);
    t_check("bytes in order", memcmp(buf, "hello", 5) == 0);
    close(p[1]);
    t_eq("read after the last writer closed: EOF", read(p[0], buf, 1), 0);
    close(p[0]);
    t_err("write to the read end", (pipe(p), write(p[0], "x", 1)), EBADF);
    t_err("read from the write end", read(p[1], buf, 1), EBADF);
    close(p[0]);
    close(p[1]);
    t_ok("pipe2 O_CLOEXEC|O_NONBLOCK", pipe2(p, O_CLOEXEC | O_NONBLOCK));
    t_check("both ends close-on-exec and non-blocking",
            fcntl(p[0], F_GETFD) == FD_CLOEXEC && (fcntl(p[1], F_GETFL) & O_NONBLOCK));
    t_err("empty non-blocking read", read(p[0], buf, 1), EAGAIN);
    close(p[0]);
    close(p[1]);
    t_err("pipe2 bad flags", pipe2(p, 0x1234), EINVAL);
}

static void capacity_and_nonblock(void)
{
    int p[2];
    pipe2(p, O_NONBLOCK);
    t_eq("F_GETPIPE_SZ", fcntl(p[1], F_GETPIPE_SZ), 65536);
    static char big[70000];
    long total = 0, n;
    while ((n = write(p[1], big, 4096)) > 0)
        total += n;
    t_err("write to a full non-blocking pipe", n, EAGAIN);
    t_eq("bytes it took", total, 65536);
    t_eq("a read makes room", read(p[0], big, 4096), 4096);
    t_eq("then a PIPE_BUF write fits", write(p[1], big, PIPE_BUF), PIPE_BUF);
    close(p[0]);
    close(p[1]);
}

static void epipe(void)
{
    int p[2];
    pipe(p);
    close(p[0]);
    signal(SIGPIPE, SIG_IGN);
    t_err("write with no reader (SIGPIPE ignored)", write(p[1], "x", 1), EPIPE);
    signal(SIGPIPE, SIG_DFL);
    pid_t child = fork();
    if (child == 0) {
        write(p[1], "x", 1);
        _exit(0);
    }
    int status;
    waitpid(child, &status, 0);
    t_check("with the default action the writer dies of SIGPIPE",
            WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE);
    close(p[1]);
}

/* Four writers each write 64 records of PIPE_BUF bytes filled with their id; the reader
 * must find every record whole. */
static void atomic_writes(void)
{
    enum { WRITERS = 4, RECORDS = 64 };
    int p[2];
    pipe(p);
    for (int w = 0; w < WRITERS; w++) {
        if (fork() == 0) {
            close(p[0]);
            char rec[PIPE_BUF];
            memset(rec, 'A' + w, sizeof rec);
            for (int i = 0; i < RECORDS; i++)
                if (write(p[1], rec, sizeof rec) != (ssize_t)sizeof rec)
                    _exit(1);
            _exit(0);
        }
    }
    close(p[1]);
    char rec[PIPE_BUF];
    int whole = 0, torn = 0, counts[WRITERS] = { 0 };
    for (;;) {
        size_t got = 0;
        ssize_t n;
        while (got < sizeof rec && (n = read(p[0], rec + got, sizeof rec - got)) > 0)
            got += (size_t)n;
        if (got == 0)
            break;
        int same = got == sizeof rec && rec[0] >= 'A' && rec[0] < 'A' + WRITERS;
        for (size_t i = 1; same && i < sizeof rec; i++)
            same = rec[i] == rec[0];
        if (same) {
            whole++;
            counts[rec[0] - 'A']++;
        } else {
            torn++;
        }
    }
    while (wait(NULL) > 0)
        ;
    close(p[0]);
    t_eq("whole PIPE_BUF records", whole, WRITERS * RECORDS);
    t_eq("torn records", torn, 0);
    t_check("64 from each writer", counts[0] == RECORDS && counts[3] == RECORDS);
}

/* parent -> filter child (uppercases) -> sink child (counts and sums) -> parent */
static void pipeline(void)
{
    int a[2], b[2], c[2];
    pipe(a), pipe(b), pipe(c);
    if (fork() == 0) {
        close(a[1]), close(b[0]), close(c[0]), close(c[1]);
        char buf[1000];
        ssize_t n;
        while ((n = read(a[0], buf, sizeof buf)) > 0) {
            for (ssize_t i = 0; i < n; i++)
                buf[i] = (char)(buf[i] >= 'a' && buf[i] <= 'z' ? buf[i] - 32 : buf[i]);
            write(b[1], buf, (size_t)n);
        }
        _exit(0);
    }
    if (fork() == 0) {
        close(a[0]), close(a[1]), close(b[1]), close(c[0]);
        unsigned long sum = 0, count = 0;
        unsigned char buf[777];
        ssize_t n;
        while ((n = read(b[0], buf, sizeof buf)) > 0)
            for (ssize_t i = 0; i < n; i++)
                sum = sum * 31 + buf[i], count++;
        char line[64];
        int len = snprintf(line, sizeof line, "%lu %lu", count, sum);
        write(c[1], line, (size_t)len);
        _exit(0);
    }
    close(a[0]), close(b[0]), close(b[1]), close(c[1]);
    unsigned long want_sum = 0, want_count = 0;
    char chunk[4096];
    for (int round = 0; round < 256; round++) {
        for (size_t i = 0; i < sizeof chunk; i++) {
            chunk[i] = (char)('a' + (i * 7 + (size_t)round) % 26);
            want_sum = want_sum * 31 + (unsigned char)(chunk[i] - 32), want_count++;
        }
        write(a[1], chunk, sizeof chunk);
    }
    close(a[1]);
    char got[64] = { 0 }, want[64];
    read(c[0], got, sizeof got - 1);
    snprintf(want, sizeof want, "%lu %lu", want_count, want_sum);
    t_check("1 MiB through a 3-process pipeline, checksum matches", strcmp(got, want) == 0);
    while (wait(NULL) > 0)
        ;
    close(c[0]);
}

static void fifos(void)
{
    struct stat st;
    t_ok("mkfifo", mkfifo("fifo", 0644));
    stat("fifo", &st);
    t_check("S_ISFIFO", S_ISFIFO(st.st_mode));
    t_err("mkfifo again", mkfifo("fifo", 0644), EEXIST);
    t_err("open for writing, non-blocking, no reader", open("fifo", O_WRONLY | O_NONBLOCK), ENXIO);
    int r = open("fifo", O_RDONLY | O_NONBLOCK);
    t_check("open for reading, non-blocking, no writer", r >= 0);
    char buf[8];
    t_eq("read with no writer ever: EOF", read(r, buf, 1), 0);
    int w = open("fifo", O_WRONLY | O_NONBLOCK);
    t_check("now a writer can open", w >= 0);
    write(w, "fifo", 4);
    t_eq("read through the FIFO", read(r, buf, 8), 4);
    close(w);
    close(r);
    pid_t child = fork();
    if (child == 0) {
        int fd = open("fifo", O_WRONLY); /* blocks until the parent opens for reading */
        write(fd, "late", 4);
        _exit(0);
    }
    r = open("fifo", O_RDONLY);
    memset(buf, 0, sizeof buf);
    size_t got = 0;
    ssize_t n;
    while (got < 4 && (n = read(r, buf + got, 4 - got)) > 0)
        got += (size_t)n;
    t_str("blocking open pairs the reader with the writer", buf, "late");
    waitpid(child, NULL, 0);
    t_eq("then EOF", read(r, buf, 4), 0);
    close(r);
    /* The writer may write and leave before the reader's open returns: it still counts. */
    int rounds = 0;
    for (int i = 0; i < 20; i++) {
        child = fork();
        if (child == 0) {
            int fd = open("fifo", O_WRONLY);
            write(fd, "late", 4);
            _exit(0);
        }
        r = open("fifo", O_RDONLY);
        memset(buf, 0, sizeof buf);
        got = 0;
        while (got < 4 && (n = read(r, buf + got, 4 - got)) > 0)
            got += (size_t)n;
        waitpid(child, NULL, 0);
        rounds += strcmp(buf, "late") == 0 && read(r, buf, 4) == 0;
        close(r);
    }
    t_eq("20 blocking rendezvous in a row", rounds, 20);
    t_err("lseek on a FIFO", (r = open("fifo", O_RDWR), lseek(r, 0, SEEK_SET)), ESPIPE);
    close(r);
}

int main(void)
{
    t_init("pipes");
    t_scratch();
    basics();
    capacity_and_nonblock();
    epipe();
    atomic_writes();
    pipeline();
    fifos();
    return t_done();
}
