/*
 * proc.c - process benchmarks of osbench: the null system call (getpid), sched_yield
 * between two processes, fork+exit+wait and fork+execve+wait of the tiny static program
 * osbench-nop. Called from main.c; rows are printed by report.c.
 */
#define _GNU_SOURCE
#include "bench.h"

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

char nop_path[256] = "/osbench-nop";

void bench_getpid(int scale)
{
    enum { BATCHES = 51 };
    long ops = 2000 / scale;
    struct batch b[BATCHES];
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++)
            syscall(SYS_getpid); /* musl does not cache getpid; this is the real call */
        b[i] = batch_between(s, stamp_now());
    }
    report_row("getpid", ops, b, BATCHES);
}

/* Two processes pinned to one CPU both call sched_yield: each parent call is two switches
 * (parent to child, child back). The child yields until killed. */
void bench_yield(int scale)
{
    enum { BATCHES = 31 };
    long ops = 1000 / scale;
    struct batch b[BATCHES];
    pin_to_cpu0();
    pid_t child = fork();
    if (child < 0)
        die("fork");
    if (child == 0) {
        for (;;)
            sched_yield();
    }
    for (int k = 0; k < 100; k++) /* let the child reach its loop */
        sched_yield();
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++)
            sched_yield();
        b[i] = batch_between(s, stamp_now());
    }
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    report_row("yield", 2 * ops, b, BATCHES);
}

static void wait_ok(pid_t child)
{
    int status;
    if (waitpid(child, &status, 0) != child)
        die("waitpid");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        errno = 0;
        die("child did not exit with status 0");
    }
}

void bench_fork_exit(int scale)
{
    enum { BATCHES = 31 };
    long ops = 20 / scale + 1;
    struct batch b[BATCHES];
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++) {
            pid_t child = fork();
            if (child < 0)
                die("fork");
            if (child == 0)
                _exit(0);
            wait_ok(child);
        }
        b[i] = batch_between(s, stamp_now());
    }
    report_row("fork_exit", ops, b, BATCHES);
}

void bench_fork_exec(int scale)
{
    enum { BATCHES = 31 };
    long ops = 10 / scale + 1;
    struct batch b[BATCHES];
    char *argv[] = { nop_path, NULL };
    char *envp[] = { NULL };
    if (access(nop_path, X_OK) != 0)
        die(nop_path);
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++) {
            pid_t child = fork();
            if (child < 0)
                die("fork");
            if (child == 0) {
                execve(nop_path, argv, envp);
                _exit(127);
            }
            wait_ok(child);
        }
        b[i] = batch_between(s, stamp_now());
    }
    report_row("fork_exec", ops, b, BATCHES);
}
