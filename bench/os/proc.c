/*
 * proc.c - process benchmarks of osbench: the null system call (getpid), sched_yield
 * between two processes, fork+exit+wait, fork+execve+wait of the tiny static program
 * osbench-nop, and the start-up (fork+execve+wait, peak memory) of hello world in C and in
 * Java compiled by exoc. Called from main.c; rows are printed by report.c.
 */
#define _GNU_SOURCE
#include "bench.h"

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

char bench_dir[256] = ".";

/* A program that sits beside osbench (bench_dir). */
static const char *exec_path(const char *program)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", bench_dir, program);
    return path;
}

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

/* Waits for a child that must exit with status 0; returns its peak RSS in KiB. */
static long wait_ok(pid_t child)
{
    int status;
    struct rusage usage;
    if (wait4(child, &status, 0, &usage) != child)
        die("wait4");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        errno = 0;
        die("child did not exit with status 0");
    }
    return usage.ru_maxrss;
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

/* fork+execve+wait of path (stdout to /dev/null); the row also gives the child's peak
 * resident memory (wait4's ru_maxrss) as maxrss_kb. */
static void fork_exec_row(const char *name, const char *path, int scale)
{
    enum { BATCHES = 31 };
    long ops = 10 / scale + 1, maxrss_kb = 0;
    struct batch b[BATCHES];
    char *argv[] = { (char *)path, NULL };
    char *envp[] = { NULL };
    if (access(path, X_OK) != 0)
        die(path);
    for (int i = 0; i < BATCHES; i++) {
        struct stamp s = stamp_now();
        for (long k = 0; k < ops; k++) {
            pid_t child = fork();
            if (child < 0)
                die("fork");
            if (child == 0) {
                int null = open("/dev/null", O_WRONLY);
                if (null >= 0)
                    dup2(null, 1);
                execve(path, argv, envp);
                _exit(127);
            }
            maxrss_kb = wait_ok(child);
        }
        b[i] = batch_between(s, stamp_now());
    }
    report_row_extra(name, ops, b, BATCHES, "maxrss_kb", maxrss_kb);
}

void bench_fork_exec(int scale)
{
    fork_exec_row("fork_exec", exec_path("osbench-nop"), scale);
}

void bench_hello_c(int scale)
{
    fork_exec_row("hello_c", exec_path("osbench-hello-c"), scale);
}

void bench_hello_java(int scale)
{
    fork_exec_row("hello_java", exec_path("osbench-hello-java"), scale);
}
