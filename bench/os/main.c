/*
 * main.c - osbench, the operating-system microbenchmarks in the style of lmbench, run on
 * Linux (host or guest, tools/osbench) and on Exo-OS with the same static binary.
 *
 *   osbench [--quick] [--tmp DIR] [--dir DIR] [NAME...]     (all benchmarks by default)
 *   osbench --list                                           (the names, one a line)
 *
 * Each benchmark prints one line "row NAME ops=.. batches=.. tsc_min=.. tsc_med=.. ns_min=..
 * ns_med=.." (per-operation figures, see report.c); "--quick" divides the iteration counts
 * for smoke tests. --dir names the directory of the programs the exec benchmarks run
 * (osbench-nop, osbench-hello-c, osbench-hello-java; default: osbench's own), --tmp the
 * tmpfs directory of open+close (default /tmp).
 */
#define _GNU_SOURCE
#include "bench.h"

#include <stdio.h>
#include <string.h>

struct bench {
    const char *name;
    void (*run)(int scale);
};

static const struct bench BENCHES[] = {
    { "getpid", bench_getpid },          { "pipe_self", bench_pipe_self },
    { "pingpong", bench_pipe_pingpong }, { "ctx", bench_ctx },
    { "yield", bench_yield },            { "pagefault", bench_pagefault },
    { "mmap_munmap", bench_mmap },       { "fork_exit", bench_fork_exit },
    { "fork_exec", bench_fork_exec },    { "open_close", bench_open_close },
    { "devzero_4k", bench_devzero },     { "pipe_64k", bench_pipe_bw },
    { "hello_c", bench_hello_c },        { "hello_java", bench_hello_java },
};
enum { BENCH_COUNT = sizeof BENCHES / sizeof BENCHES[0] };

static const struct bench *find(const char *name)
{
    for (int i = 0; i < BENCH_COUNT; i++)
        if (strcmp(BENCHES[i].name, name) == 0)
            return &BENCHES[i];
    return NULL;
}

static int usage(const char *why)
{
    fprintf(stderr, "osbench: %s\nusage: osbench [--quick] [--tmp DIR] [--dir DIR] [NAME...]\n"
            "names:", why);
    for (int i = 0; i < BENCH_COUNT; i++)
        fprintf(stderr, " %s", BENCHES[i].name);
    fprintf(stderr, "\n");
    return 2;
}

/* The programs the exec benchmarks run sit beside argv[0] unless --dir says otherwise. */
static void default_bench_dir(const char *argv0)
{
    const char *slash = strrchr(argv0, '/');
    int dir_len = slash ? (int)(slash - argv0) : 1;
    snprintf(bench_dir, sizeof bench_dir, "%.*s", dir_len, slash ? argv0 : ".");
}

int main(int argc, char **argv)
{
    int scale = 1, first_name = argc;
    default_bench_dir(argv[0]);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--list") == 0) {
            for (int k = 0; k < BENCH_COUNT; k++)
                printf("%s\n", BENCHES[k].name);
            return 0;
        } else if (strcmp(argv[i], "--quick") == 0) {
            scale = 10;
        } else if ((strcmp(argv[i], "--tmp") == 0 || strcmp(argv[i], "--dir") == 0)) {
            if (i + 1 >= argc)
                return usage("missing value after an option");
            if (argv[i][2] == 't')
                tmp_dir = argv[++i];
            else if (strlen(argv[++i]) >= sizeof bench_dir)
                return usage("--dir path too long");
            else
                strcpy(bench_dir, argv[i]);
        } else if (argv[i][0] == '-') {
            return usage("unknown option");
        } else {
            first_name = i;
            break;
        }
    }
    for (int i = first_name; i < argc; i++)
        if (!find(argv[i]))
            return usage("unknown benchmark name");
    for (int i = 0; i < BENCH_COUNT && first_name == argc; i++)
        BENCHES[i].run(scale);
    for (int i = first_name; i < argc; i++)
        find(argv[i])->run(scale);
    return 0;
}
