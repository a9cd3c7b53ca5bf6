/*
 * prompt.c - osbench-prompt, the probe behind Exo-OS's "boot to the shell prompt" row.
 *
 * tools/osbench/run boots Exo-OS's system with init's arguments "--shell
 * /bench/osbench-prompt", so init (PID 1) starts this program wherever it would start
 * exosh. On a virtual console it just becomes exosh. On /dev/console it starts exosh on a
 * pseudo-terminal, reads the TSC when the shell's prompt arrives on the master side (under
 * QEMU -icount shift=0: guest instructions since reset) and CLOCK_MONOTONIC (nanoseconds
 * since the kernel's first instruction), prints "shell tsc=T mono_ns=M", ends the
 * shell with "exit" and asks init to power off (SIGUSR2), waiting there to be ended with
 * the other shells (exiting first would have init start it again).
 *
 * Why not type a command at the real prompt from the host: under -icount sleep=off an idle
 * guest's clock jumps to the next timer deadline at once, so every host millisecond between
 * the prompt and the typed line became millions of guest "instructions" (one boot in three
 * read 2.85e9 instead of 0.27e9). Here nothing waits for the host.
 */
#define _GNU_SOURCE
#include "bench.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char SHELL_PATH[] = "/bin/exosh";

/* The child's side: a session of its own with the pty's slave as controlling terminal. */
static void exec_shell_on(const char *slave_path)
{
    setsid();
    int fd = open(slave_path, O_RDWR);
    if (fd < 0) {
        perror("osbench-prompt: open pty slave");
        _exit(126);
    }
    ioctl(fd, TIOCSCTTY, 0);
    for (int i = 0; i < 3; i++)
        dup2(fd, i);
    if (fd > 2)
        close(fd);
    char *argv[] = { (char *)SHELL_PATH, NULL };
    execv(SHELL_PATH, argv);
    _exit(127);
}

/* True when the output so far ends with a prompt ("/# " as root, "$ " otherwise). */
static int ends_with_prompt(const char *buf, size_t n)
{
    return n >= 2 && buf[n - 1] == ' ' && (buf[n - 2] == '#' || buf[n - 2] == '$');
}

/* Starts exosh on a pseudo-terminal, returns the TSC at its first prompt (0 on failure) and
 * sets *mono to CLOCK_MONOTONIC then. */
static uint64_t tsc_at_prompt(struct timespec *mono)
{
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        perror("osbench-prompt: pseudo-terminal");
        return 0;
    }
    char slave_path[64];
    if (ptsname_r(master, slave_path, sizeof slave_path) != 0) {
        perror("osbench-prompt: ptsname");
        return 0;
    }
    pid_t child = fork();
    if (child < 0) {
        perror("osbench-prompt: fork");
        return 0;
    }
    if (child == 0)
        exec_shell_on(slave_path);
    char out[4096];
    size_t n = 0;
    uint64_t tsc = 0;
    while (n < sizeof out) {
        ssize_t r = read(master, out + n, sizeof out - n);
        if (r <= 0)
            break;
        n += (size_t)r;
        if (ends_with_prompt(out, n)) {
            tsc = rdtsc();
            clock_gettime(CLOCK_MONOTONIC, mono);
            break;
        }
    }
    if (tsc == 0)
        fprintf(stderr, "osbench-prompt: no prompt from %s (%zu bytes of output)\n", SHELL_PATH, n);
    if (write(master, "exit\n", 5) != 5)
        kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    close(master);
    return tsc;
}

int main(int argc, char **argv)
{
    (void)argc;
    const char *tty = ttyname(0);
    if (tty == NULL || strcmp(tty, "/dev/console") != 0) {
        argv[0] = (char *)SHELL_PATH;
        execv(SHELL_PATH, argv);
        perror("osbench-prompt: exec /bin/exosh");
        return 127;
    }
    struct timespec since_kernel_entry;
    uint64_t tsc = tsc_at_prompt(&since_kernel_entry);
    if (tsc != 0)
        printf("shell tsc=%llu mono_ns=%lld\n", (unsigned long long)tsc,
               (long long)since_kernel_entry.tv_sec * 1000000000LL + since_kernel_entry.tv_nsec);
    fflush(stdout);
    if (tsc == 0)
        return 1;
    kill(1, SIGUSR2);   /* init powers the machine off, ending this program with the rest */
    for (;;)
        pause();
}
