/*
 * init.c - osbench-init, the /init of the Linux guest's initramfs (tools/osbench/linux-guest)
 * and the program Exo-OS boots for the same measurements.
 *
 * First thing, it prints "init tsc=T": under QEMU -icount shift=0 the TSC counts guest
 * instructions since reset, so T is the cost of booting to the first instruction of /init
 * (firmware included). As PID 1 it then mounts /proc, devtmpfs on /dev (and takes
 * /dev/console as stdin/stdout/stderr) and a tmpfs on /tmp. It prints the memory in use
 * from /proc/meminfo ("init mem ..."), runs /bench/osbench
 * with its own arguments (the kernel passes what follows "--" on its command line), prints
 * "init done status=N", and powers the machine off. Not PID 1 (on Exo-OS through ./exo run),
 * it skips the mounts and exits with osbench's status instead of powering off.
 * (Exo-OS's boot to its shell prompt is prompt.c's.)
 */
#define _GNU_SOURCE
#include "bench.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char OSBENCH_PATH[] = "/bench/osbench";

/* Mounts one file system, saying so on failure (the run goes on: a missing /proc only
 * costs nothing here, a missing /tmp makes open_close fail with a clear message). */
static void mount_or_warn(const char *source, const char *target, const char *type)
{
    mkdir(target, 0755);
    if (mount(source, target, type, 0, NULL) != 0)
        fprintf(stderr, "osbench-init: mount %s on %s: %m\n", type, target);
}

/* The kernel starts PID 1 with no open files when the initramfs has no /dev/console. */
static void open_console(void)
{
    int fd = open("/dev/console", O_RDWR);
    if (fd < 0)
        return;
    for (int i = 0; i < 3; i++)
        if (i != fd)
            dup2(fd, i);
    if (fd > 2)
        close(fd);
}

/* Linux hands init the command-line words it does not know itself; "nokaslr" is one (the
 * decompressor reads it, the kernel proper does not claim it): not for osbench. */
static int kernel_word(const char *arg)
{
    return strcmp(arg, "nokaslr") == 0;
}

/* Memory in use once booted, from /proc/meminfo: "init mem total_kb=.. free_kb=..
 * available_kb=..". Nothing is printed when the file cannot be read. */
static void print_idle_memory(void)
{
    char text[4096];
    long total = -1, free_kb = -1, available = -1;
    int fd = open("/proc/meminfo", O_RDONLY);
    if (fd < 0)
        return;
    ssize_t n = read(fd, text, sizeof text - 1);
    close(fd);
    text[n > 0 ? n : 0] = 0;
    for (char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        sscanf(line, "MemTotal: %ld", &total);
        sscanf(line, "MemFree: %ld", &free_kb);
        sscanf(line, "MemAvailable: %ld", &available);
    }
    printf("init mem total_kb=%ld free_kb=%ld available_kb=%ld\n", total, free_kb, available);
}

static int run_osbench(char **argv, int argc)
{
    char *args[64];
    int n = 0;
    args[n++] = (char *)OSBENCH_PATH;
    for (int i = 1; i < argc && n < 63; i++)
        if (!kernel_word(argv[i]))
            args[n++] = argv[i];
    args[n] = NULL;
    pid_t child = fork();
    if (child < 0)
        return 125;
    if (child == 0) {
        char *envp[] = { "PATH=/bin", NULL };
        execve(OSBENCH_PATH, args, envp);
        fprintf(stderr, "osbench-init: exec %s: %m\n", OSBENCH_PATH);
        _exit(127);
    }
    int status;
    if (waitpid(child, &status, 0) != child)
        return 125;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int main(int argc, char **argv)
{
    uint64_t boot_ticks = rdtsc();
    int pid1 = getpid() == 1;
    if (pid1) {
        mount_or_warn("devtmpfs", "/dev", "devtmpfs");
        open_console();
        mount_or_warn("proc", "/proc", "proc");
        mount_or_warn("tmpfs", "/tmp", "tmpfs");
    }
    printf("init tsc=%llu\n", (unsigned long long)boot_ticks);
    print_idle_memory();
    fflush(stdout);
    int status = run_osbench(argv, argc);
    printf("init done status=%d\n", status);
    fflush(stdout);
    if (!pid1)
        return status;
    sync();
    reboot(RB_POWER_OFF);
    fprintf(stderr, "osbench-init: reboot(RB_POWER_OFF): %m\n");
    for (;;)
        pause();
}
