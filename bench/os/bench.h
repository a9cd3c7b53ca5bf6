/*
 * bench.h - the measuring core shared by the operating-system microbenchmarks (osbench):
 * clocks, batches, statistics and the one-line report. Every benchmark file (proc.c,
 * ipc.c, mem.c, fs.c) times batches of operations with both clocks and hands the samples to
 * report_row(); main.c picks which benchmarks run.
 *
 * Two clocks are read around each batch: rdtsc (under QEMU -icount shift=0 one tick is one
 * guest instruction; under plain TCG it follows the host's TSC) and CLOCK_MONOTONIC in
 * nanoseconds. A batch runs many operations back to back and its cost is divided by their
 * number, so the cost of reading the clocks (a system call where there is no vDSO) is spread
 * out; the row gives the minimum and the median over the batches.
 */
#ifndef OSBENCH_H
#define OSBENCH_H

#include <stdint.h>

/* One timed batch: the two clock deltas for the whole batch. */
struct batch {
    uint64_t ticks;
    uint64_t ns;
};

/* A point in time on both clocks. */
struct stamp {
    uint64_t ticks;
    uint64_t ns;
};

static inline uint64_t rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi) :: "memory");
    return ((uint64_t)hi << 32) | lo;
}

struct stamp stamp_now(void);
/* The batch between two stamps. */
struct batch batch_between(struct stamp start, struct stamp end);

/*
 * Prints the row "row NAME ops=OPS batches=N tsc_min=.. tsc_med=.. ns_min=.. ns_med=.."
 * with per-operation figures (batch cost / ops_per_batch, rounded); sorts the samples.
 */
void report_row(const char *name, long ops_per_batch, struct batch *samples, int count);
/* report_row plus one more "key=value" field (e.g. maxrss_kb). */
void report_row_extra(const char *name, long ops_per_batch, struct batch *samples, int count,
                      const char *key, long value);
/* A row whose per-operation figures were computed elsewhere (derived rows such as ctx). */
void report_values(const char *name, long ops_per_batch, int count,
                   uint64_t tsc_min, uint64_t tsc_med, uint64_t ns_min, uint64_t ns_med);
/* The per-operation median of a batch set, on each clock (samples sorted in place). */
void median_per_op(struct batch *samples, int count, long ops_per_batch,
                   uint64_t *ticks, uint64_t *ns);

/* Stops the program with "osbench: WHAT: strerror" and exit status 2. */
void die(const char *what);
/* Keeps the calling process on CPU 0 so that two processes ping-pong on one CPU, as in
 * the single-CPU guests; a kernel without sched_setaffinity is not an error. */
void pin_to_cpu0(void);

/* The benchmarks: each prints its row(s). `scale` divides the iteration counts (1 = full). */
void bench_getpid(int scale);
void bench_pipe_self(int scale);
void bench_pipe_pingpong(int scale);
void bench_ctx(int scale);
void bench_yield(int scale);
void bench_pagefault(int scale);
void bench_mmap(int scale);
void bench_fork_exit(int scale);
void bench_fork_exec(int scale);
void bench_open_close(int scale);
void bench_devzero(int scale);
void bench_pipe_bw(int scale);
void bench_hello_c(int scale);
void bench_hello_java(int scale);

/* Where the exec benchmarks find osbench-nop and the hello programs: osbench's own
 * directory unless --dir says otherwise (set by main). */
extern char bench_dir[256];
/* Directory for the open+close benchmark (a tmpfs on both systems). */
extern const char *tmp_dir;

#endif
