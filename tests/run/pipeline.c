/*
 * pipeline.c - issue 10's three-process pipeline: a producer writes 256 MiB (a xorshift stream)
 * into a pipe, a filter reads it, flips every byte and writes it into a second pipe, a consumer
 * reads that, flips it back and checksums it. The producer's checksum of what it sent and the
 * consumer's of what it got must be equal, and so must the byte counts. tools/run-tests runs
 * it on the host and on Exo-OS and compares the outputs.
 *
 *   pipeline [-v] [MIB]     (default 256; -v adds the time taken)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CHUNK 65536

struct result {
    uint64_t sent_sum, got_sum;
    long long sent, got;
};

static uint64_t mix(uint64_t sum, const uint64_t *w, size_t words)
{
    for (size_t i = 0; i < words; i++)
        sum = (sum ^ w[i]) * 0x100000001B3ULL + (sum >> 29);
    return sum;
}

/* Reads exactly n bytes unless the writer is gone; returns what was read. */
static size_t read_full(int fd, void *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, (char *)buf + got, n - got);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    return got;
}

static int write_full(int fd, const void *buf, size_t n)
{
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, (const char *)buf + done, n - done);
        if (w <= 0)
            return -1;
        done += (size_t)w;
    }
    return 0;
}

static void produce(int out, long long total, struct result *res)
{
    static uint64_t buf[CHUNK / 8];
    uint64_t x = 88172645463325252ULL, sum = 0;
    for (long long sent = 0; sent < total; sent += CHUNK) {
        for (size_t i = 0; i < CHUNK / 8; i++) {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            buf[i] = x;
        }
        sum = mix(sum, buf, CHUNK / 8);
        if (write_full(out, buf, CHUNK) != 0)
            _exit(1);
    }
    res->sent_sum = sum;
    res->sent = total;
    _exit(0);
}

static void filter(int in, int out)
{
    static uint64_t buf[CHUNK / 8];
    size_t n;
    while ((n = read_full(in, buf, CHUNK)) > 0) {
        for (size_t i = 0; i < (n + 7) / 8; i++)
            buf[i] = ~buf[i];
        if (write_full(out, buf, n) != 0)
            _exit(1);
    }
    _exit(0);
}

static void consume(int in, struct result *res)
{
    static uint64_t buf[CHUNK / 8];
    uint64_t sum = 0;
    long long got = 0;
    size_t n;
    while ((n = read_full(in, buf, CHUNK)) > 0) {
        for (size_t i = 0; i < n / 8; i++)
            buf[i] = ~buf[i];
        sum = mix(sum, buf, n / 8);
        got += (long long)n;
    }
    res->got_sum = sum;
    res->got = got;
    _exit(0);
}

int main(int argc, char **argv)
{
    int verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
    long mib = argc > 1 + verbose ? atol(argv[1 + verbose]) : 256;
    if (mib <= 0) {
        fprintf(stderr, "usage: pipeline [-v] [MIB]\n");
        return 2;
    }
    struct result *res = mmap(NULL, sizeof *res, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int a[2], b[2];
    if (res == MAP_FAILED || pipe(a) != 0 || pipe(b) != 0) {
        perror("pipeline: set-up");
        return 1;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t p[3];
    if ((p[0] = fork()) == 0) {
        close(a[0]); close(b[0]); close(b[1]);
        produce(a[1], (long long)mib << 20, res);
    }
    if ((p[1] = fork()) == 0) {
        close(a[1]); close(b[0]);
        filter(a[0], b[1]);
    }
    if ((p[2] = fork()) == 0) {
        close(a[0]); close(a[1]); close(b[1]);
        consume(b[0], res);
    }
    close(a[0]); close(a[1]); close(b[0]); close(b[1]);
    int ok = 1;
    for (int i = 0; i < 3; i++) {
        int status = 0;
        ok &= p[i] > 0 && waitpid(p[i], &status, 0) == p[i] && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("%ld MiB through two pipes, three processes\n", mib);
    printf("every process ended well: %s\n", ok ? "yes" : "no");
    printf("bytes received: %lld of %lld\n", res->got, res->sent);
    printf("checksum %016llx, matches: %s\n", (unsigned long long)res->got_sum,
           res->got_sum == res->sent_sum && res->got == res->sent ? "yes" : "no");
    if (verbose)
        printf("time: %.2f s\n", (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    return ok && res->got_sum == res->sent_sum ? 0 : 1;
}
