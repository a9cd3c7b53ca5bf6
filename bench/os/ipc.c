/*
 * ipc.c - pipe benchmarks of osbench: a 1-byte write+read in one process, the 1-byte
 * round trip between two processes, the context switch derived from both as lmbench's
 * lat_ctx does, and 64 KiB pipe throughput. Called from main.c.
 */
#define _GNU_SOURCE
#include "bench.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

enum { BATCHES = 31, CHUNK_BYTES = 64 * 1024 };

static void write_all(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n <= 0)
            die("pipe write");
        buf += n;
        len -= (size_t)n;
    }
}

static void read_all(int fd, char *buf, size_t len)
{
    while (len > 0) {
        ssize_t n = read(fd, buf, len);
        if (n <= 0)
            die("pipe read");
        buf += n;
        len -= (size_t)n;
    }
}

static void make_pipe(int fds[2])
{
    if (pipe(fds) != 0)
        die("pipe");
}

/* 1-byte write then read back on the same pipe, one process: the pipe's own cost. */
static void measure_pipe_self(long ops, struct batch *b)
{
    int p[2];
    char c = 'x';
    make_pipe(p);
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++) {
            write_all(p[1], &c, 1);
            read_all(p[0], &c, 1);
        }
        b[i] = batch_between(s, stamp_now());
    }
    close(p[0]);
    close(p[1]);
}

/* Round trips of one byte: parent -> child on one pipe, child -> parent on the other. */
static void measure_pingpong(long ops, struct batch *b)
{
    int to_child[2], to_parent[2];
    char c = 'x';
    make_pipe(to_child);
    make_pipe(to_parent);
    pin_to_cpu0();
    pid_t child = fork();
    if (child < 0)
        die("fork");
    if (child == 0) {
        for (;;) {
            read_all(to_child[0], &c, 1);
            write_all(to_parent[1], &c, 1);
        }
    }
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++) {
            write_all(to_child[1], &c, 1);
            read_all(to_parent[0], &c, 1);
        }
        b[i] = batch_between(s, stamp_now());
    }
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    close(to_child[0]), close(to_child[1]), close(to_parent[0]), close(to_parent[1]);
}

void bench_pipe_self(int scale)
{
    struct batch b[BATCHES];
    long ops = 2000 / scale;
    measure_pipe_self(ops, b);
    report_row("pipe_self", ops, b, BATCHES);
}

void bench_pipe_pingpong(int scale)
{
    struct batch b[BATCHES];
    long ops = 300 / scale;
    measure_pingpong(ops, b);
    report_row("pingpong", ops, b, BATCHES);
}

static uint64_t minus_floor0(uint64_t a, uint64_t b)
{
    return a > b ? a - b : 0;
}

/* lat_ctx's definition: a round trip is two switches plus two 1-byte pipe transfers, so
 * one switch = round trip / 2 - (write+read in one process). Both measured here. */
void bench_ctx(int scale)
{
    struct batch rt[BATCHES], self[BATCHES];
    long rt_ops = 300 / scale, self_ops = 2000 / scale;
    uint64_t rt_t, rt_n, self_t, self_n;
    measure_pipe_self(self_ops, self);
    measure_pingpong(rt_ops, rt);
    median_per_op(self, BATCHES, self_ops, &self_t, &self_n);
    median_per_op(rt, BATCHES, rt_ops, &rt_t, &rt_n);
    uint64_t min_t = UINT64_MAX, min_n = UINT64_MAX;
    for (int i = 0; i < BATCHES; i++) {
        if (rt[i].ticks < min_t)
            min_t = rt[i].ticks;
        if (rt[i].ns < min_n)
            min_n = rt[i].ns;
    }
    /* the minimum row subtracts the median pipe cost: a min-min difference would mix two
     * unrelated lucky batches */
    report_values("ctx", 2 * rt_ops, BATCHES,
                  minus_floor0((min_t + rt_ops) / (2 * rt_ops), self_t),
                  minus_floor0(rt_t / 2, self_t),
                  minus_floor0((min_n + rt_ops) / (2 * rt_ops), self_n),
                  minus_floor0(rt_n / 2, self_n));
}

/* A child writes 64 KiB chunks as fast as it can; the parent times reading them. */
void bench_pipe_bw(int scale)
{
    struct batch b[BATCHES];
    long ops = 40 / scale + 1;
    int p[2];
    char *buf = malloc(CHUNK_BYTES);
    if (!buf)
        die("malloc");
    for (int i = 0; i < CHUNK_BYTES; i++)
        buf[i] = (char)i;
    make_pipe(p);
    pin_to_cpu0();
    pid_t child = fork();
    if (child < 0)
        die("fork");
    if (child == 0) {
        close(p[0]);
        for (long k = 0; k < (long)BATCHES * ops; k++)
            write_all(p[1], buf, CHUNK_BYTES);
        _exit(0);
    }
    close(p[1]);
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++)
            read_all(p[0], buf, CHUNK_BYTES);
        b[i] = batch_between(s, stamp_now());
    }
    close(p[0]);
    waitpid(child, NULL, 0);
    free(buf);
    report_row("pipe_64k", ops, b, BATCHES);
}
