/*
 * mem.c - memory benchmarks of osbench: the anonymous page fault (write one byte to each
 * page of a fresh 64 MiB private mapping) and mmap+munmap of an untouched 1 MiB anonymous
 * mapping. Called from main.c.
 */
#define _GNU_SOURCE
#include "bench.h"

#include <stddef.h>
#include <sys/mman.h>

enum { FAULT_MAP_BYTES = 64 << 20, PAGE_BYTES = 4096, SMALL_MAP_BYTES = 1 << 20 };

void bench_pagefault(int scale)
{
    int batches = scale > 1 ? 3 : 11;
    struct batch b[11];
    long pages = FAULT_MAP_BYTES / PAGE_BYTES;
    for (int i = 0; i < batches; i++) {
        volatile char *map = mmap(NULL, FAULT_MAP_BYTES, PROT_READ | PROT_WRITE,
                                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (map == MAP_FAILED)
            die("mmap 64 MiB");
        struct stamp s = stamp_now();
        for (long p = 0; p < pages; p++)
            map[p * PAGE_BYTES] = 1;
        b[i] = batch_between(s, stamp_now());
        if (munmap((void *)map, FAULT_MAP_BYTES) != 0)
            die("munmap");
    }
    report_row("pagefault", pages, b, batches);
}

void bench_mmap(int scale)
{
    enum { BATCHES = 31 };
    long ops = 200 / scale;
    struct batch b[BATCHES];
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++) {
            void *map = mmap(NULL, SMALL_MAP_BYTES, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (map == MAP_FAILED)
                die("mmap 1 MiB");
            if (munmap(map, SMALL_MAP_BYTES) != 0)
                die("munmap");
        }
        b[i] = batch_between(s, stamp_now());
    }
    report_row("mmap_munmap", ops, b, BATCHES);
}
