/*
 * fs.c - file benchmarks of osbench: open+close of an existing file on tmpfs (tmp_dir,
 * /tmp by default) and 4 KiB reads of /dev/zero. Called from main.c.
 */
#define _GNU_SOURCE
#include "bench.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

enum { BATCHES = 31, READ_BYTES = 4096 };

const char *tmp_dir = "/tmp";

void bench_open_close(int scale)
{
    long ops = 1000 / scale;
    struct batch b[BATCHES];
    char path[512];
    snprintf(path, sizeof path, "%s/osbench-open.tmp", tmp_dir);
    int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    if (fd < 0)
        die(path);
    close(fd);
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++) {
            fd = open(path, O_RDONLY);
            if (fd < 0)
                die(path);
            close(fd);
        }
        b[i] = batch_between(s, stamp_now());
    }
    unlink(path);
    report_row("open_close", ops, b, BATCHES);
}

void bench_devzero(int scale)
{
    static char buf[READ_BYTES];
    long ops = 1000 / scale;
    struct batch b[BATCHES];
    int fd = open("/dev/zero", O_RDONLY);
    if (fd < 0)
        die("/dev/zero");
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++) {
            if (read(fd, buf, READ_BYTES) != READ_BYTES)
                die("read /dev/zero");
        }
        b[i] = batch_between(s, stamp_now());
    }
    close(fd);
    report_row("devzero_4k", ops, b, BATCHES);
}
