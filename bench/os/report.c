/*
 * report.c - clocks, statistics and the machine-readable row of osbench (see bench.h).
 * The row format is parsed by tools/osbench/report; keep the two in step.
 */
#define _GNU_SOURCE
#include "bench.h"

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct stamp stamp_now(void)
{
    struct timespec ts;
    struct stamp s;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    s.ticks = rdtsc();
    s.ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    return s;
}

struct batch batch_between(struct stamp start, struct stamp end)
{
    struct batch b = { end.ticks - start.ticks, end.ns - start.ns };
    return b;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorted copies of one clock's deltas; the caller frees. */
static uint64_t *sorted_clock(const struct batch *samples, int count, int want_ns)
{
    uint64_t *v = malloc(sizeof *v * (size_t)count);
    if (!v)
        die("malloc");
    for (int i = 0; i < count; i++)
        v[i] = want_ns ? samples[i].ns : samples[i].ticks;
    qsort(v, (size_t)count, sizeof *v, cmp_u64);
    return v;
}

static uint64_t per_op(uint64_t total, long ops)
{
    return (total + (uint64_t)ops / 2) / (uint64_t)ops;
}

void median_per_op(struct batch *samples, int count, long ops_per_batch,
                   uint64_t *ticks, uint64_t *ns)
{
    uint64_t *t = sorted_clock(samples, count, 0), *n = sorted_clock(samples, count, 1);
    *ticks = per_op(t[count / 2], ops_per_batch);
    *ns = per_op(n[count / 2], ops_per_batch);
    free(t);
    free(n);
}

/* Prints the row, with an optional extra "key=value" field. */
static void print_row(const char *name, long ops_per_batch, int count, const uint64_t v[4],
                      const char *key, long value)
{
    printf("row %s ops=%ld batches=%d tsc_min=%llu tsc_med=%llu ns_min=%llu ns_med=%llu",
           name, ops_per_batch, count, (unsigned long long)v[0], (unsigned long long)v[1],
           (unsigned long long)v[2], (unsigned long long)v[3]);
    if (key)
        printf(" %s=%ld", key, value);
    printf("\n");
    fflush(stdout);
}

void report_values(const char *name, long ops_per_batch, int count,
                   uint64_t tsc_min, uint64_t tsc_med, uint64_t ns_min, uint64_t ns_med)
{
    uint64_t v[4] = { tsc_min, tsc_med, ns_min, ns_med };
    print_row(name, ops_per_batch, count, v, NULL, 0);
}

void report_row_extra(const char *name, long ops_per_batch, struct batch *samples, int count,
                      const char *key, long value)
{
    uint64_t *t = sorted_clock(samples, count, 0), *n = sorted_clock(samples, count, 1);
    uint64_t v[4] = { per_op(t[0], ops_per_batch), per_op(t[count / 2], ops_per_batch),
                      per_op(n[0], ops_per_batch), per_op(n[count / 2], ops_per_batch) };
    print_row(name, ops_per_batch, count, v, key, value);
    free(t);
    free(n);
}

void report_row(const char *name, long ops_per_batch, struct batch *samples, int count)
{
    report_row_extra(name, ops_per_batch, samples, count, NULL, 0);
}

void die(const char *what)
{
    fprintf(stderr, "osbench: %s: %s\n", what, strerror(errno));
    fflush(stdout);
    exit(2);
}

void pin_to_cpu0(void)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(0, &set);
    sched_setaffinity(0, sizeof set, &set);
}
