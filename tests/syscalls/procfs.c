/*
 * procfs.c - /proc: the self and thread-self links, /proc/self/{exe,cwd,fd/N,fd/,comm,
 * status,stat,statm,cmdline,environ,maps,task/}, another process's state (sleeping, then a
 * zombie), and the system files with stable content (meminfo, cpuinfo, uptime, loadavg,
 * filesystems, mounts, version, sys/kernel/ostype). Prints relations, never values that
 * change between runs. Run by tools/ctest/run on Linux and Exo-OS; output compared.
 */
#define _GNU_SOURCE
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static char text[65536];

static int link_is(const char *path, const char *want)
{
    char buf[PATH_MAX];
    long n = readlink(path, buf, sizeof buf - 1);
    if (n < 0)
        return 0;
    buf[n] = 0;
    return strcmp(buf, want) == 0;
}

/* The value after "Key:" (spaces/tabs skipped) in a key-value file read into text. */
static const char *field(const char *key)
{
    static char value[256];
    size_t klen = strlen(key);
    for (char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        if (strncmp(line, key, klen) == 0 && line[klen] == ':') {
            const char *v = line + klen + 1;
            while (*v == ' ' || *v == '\t')
                v++;
            size_t n = strcspn(v, "\n");
            snprintf(value, sizeof value, "%.*s", (int)n, v);
            return value;
        }
    }
    return "";
}

static void self_links(const char *exe)
{
    char want[PATH_MAX + 64], cwd[PATH_MAX];
    snprintf(want, sizeof want, "%d", getpid());
    t_check("/proc/self -> our pid", link_is("/proc/self", want));
    snprintf(want, sizeof want, "%d/task/%ld", getpid(), syscall(SYS_gettid));
    t_check("/proc/thread-self -> pid/task/tid", link_is("/proc/thread-self", want));
    t_check("/proc/self/exe -> this program", link_is("/proc/self/exe", exe));
    getcwd(cwd, sizeof cwd);
    t_check("/proc/self/cwd -> getcwd()", link_is("/proc/self/cwd", cwd));
    t_check("/proc/self/root -> /", link_is("/proc/self/root", "/"));
    int fd = open("named-file", O_CREAT | O_RDWR, 0644);
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    snprintf(want, sizeof want, "%s/named-file", cwd);
    t_check("/proc/self/fd/N -> the file's path", link_is(path, want));
    int p[2];
    pipe(p);
    snprintf(path, sizeof path, "/proc/self/fd/%d", p[0]);
    char buf[64];
    long n = readlink(path, buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    t_check("/proc/self/fd/N of a pipe -> pipe:[inode]", strncmp(buf, "pipe:[", 6) == 0);
    write(fd, "via-proc", 8);
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    t_eq("opening /proc/self/fd/N reopens the file", t_read_file(path, buf, sizeof buf), 8);
    DIR *d = opendir("/proc/self/fd");
    int seen0 = 0, seen_fd = 0, count = 0;
    struct dirent *de;
    while (d && (de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        count++;
        seen0 |= strcmp(de->d_name, "0") == 0;
        seen_fd |= atoi(de->d_name) == fd;
    }
    if (d)
        closedir(d);
    t_check("/proc/self/fd lists fd 0 and our file", seen0 && seen_fd && count >= 5);
    close(p[0]);
    close(p[1]);
    close(fd);
}

static void self_files(int argc, char **argv)
{
    t_check("read /proc/self/status", t_read_file("/proc/self/status", text, sizeof text) > 0);
    t_str("status Name", field("Name"), "procfs");
    t_check("status Pid is ours", atoi(field("Pid")) == getpid());
    t_check("status PPid is our parent", atoi(field("PPid")) == getppid());
    t_check("status Uid starts with our uid", (uid_t)atoi(field("Uid")) == getuid());
    t_check("status State running", field("State")[0] == 'R');
    t_check("status Threads 1", atoi(field("Threads")) == 1);
    t_read_file("/proc/self/stat", text, sizeof text);
    char comm[32] = "", state = 0;
    int pid = 0, ppid = 0;
    sscanf(text, "%d %31s %c %d", &pid, comm, &state, &ppid);
    t_check("stat: pid (comm) R ppid", pid == getpid() && strcmp(comm, "(procfs)") == 0 && state == 'R' && ppid == getppid());
    t_read_file("/proc/self/statm", text, sizeof text);
    long v[7];
    t_eq("statm has 7 numbers", sscanf(text, "%ld %ld %ld %ld %ld %ld %ld", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6]), 7);
    t_read_file("/proc/self/comm", text, sizeof text);
    t_str("comm", text, "procfs\n");
    long n = t_read_file("/proc/self/cmdline", text, sizeof text);
    long want = 0;
    int same = 1;
    for (int i = 0; i < argc; i++) {
        same &= strcmp(text + want, argv[i]) == 0;
        want += (long)strlen(argv[i]) + 1;
    }
    t_check("cmdline is argv, NUL-separated", n == want && same);
    n = t_read_file("/proc/self/environ", text, sizeof text);
    want = 0;
    same = 1;
    for (int i = 0; environ[i]; i++) {
        same &= strcmp(text + want, environ[i]) == 0;
        want += (long)strlen(environ[i]) + 1;
    }
    t_check("environ is the environment, NUL-separated", n == want && same);
    t_read_file("/proc/self/maps", text, sizeof text);
    t_check("maps has [stack]", strstr(text, "[stack]") != NULL);
    t_check("maps has an r-xp mapping of this program", strstr(text, "r-xp") && strstr(text, "/procfs\n"));
    DIR *d = opendir("/proc/self/task");
    int tasks = 0, ours = 0;
    struct dirent *de;
    while (d && (de = readdir(d)))
        if (de->d_name[0] != '.')
            tasks++, ours |= atoi(de->d_name) == getpid();
    if (d)
        closedir(d);
    t_check("task/ has one entry, our tid", tasks == 1 && ours);
}

static char state_of(pid_t pid)
{
    char path[64], comm[64], state = '?';
    int got_pid;
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    if (t_read_file(path, text, sizeof text) > 0)
        sscanf(text, "%d %63s %c", &got_pid, comm, &state);
    return state;
}

static void other_process(void)
{
    int p[2];
    pipe(p);
    pid_t child = fork();
    if (child == 0) {
        char c;
        read(p[0], &c, 1);
        _exit(0);
    }
    char st = '?';
    for (int i = 0; i < 2000 && (st = state_of(child)) != 'S'; i++)
        usleep(1000);
    t_check("a child blocked in read is S", st == 'S');
    write(p[1], "x", 1);
    for (int i = 0; i < 2000 && (st = state_of(child)) != 'Z'; i++)
        usleep(1000);
    t_check("after it exits, before wait: Z", st == 'Z');
    waitpid(child, NULL, 0);
    char path[64];
    snprintf(path, sizeof path, "/proc/%d", child);
    t_err("after wait its directory is gone", access(path, F_OK), ENOENT);
    t_err("/proc of no such pid", open("/proc/1073741823/stat", O_RDONLY), ENOENT);
    close(p[0]);
    close(p[1]);
}

static void system_files(void)
{
    t_check("read /proc/meminfo", t_read_file("/proc/meminfo", text, sizeof text) > 0);
    t_check("MemTotal > MemFree > 0, in kB", atol(field("MemTotal")) > atol(field("MemFree")) &&
                                             atol(field("MemFree")) > 0 && strstr(field("MemTotal"), " kB"));
    t_read_file("/proc/cpuinfo", text, sizeof text);
    t_check("cpuinfo has processor 0", strstr(text, "processor\t: 0\n") != NULL);
    t_read_file("/proc/uptime", text, sizeof text);
    double up = 0, idle = -1;
    t_check("uptime: two numbers, up > 0", sscanf(text, "%lf %lf", &up, &idle) == 2 && up > 0 && idle >= 0);
    t_read_file("/proc/loadavg", text, sizeof text);
    double l1, l5, l15;
    int running, total;
    t_eq("loadavg fields", sscanf(text, "%lf %lf %lf %d/%d", &l1, &l5, &l15, &running, &total), 5);
    t_read_file("/proc/filesystems", text, sizeof text);
    t_check("filesystems lists tmpfs and proc", strstr(text, "\ttmpfs\n") && strstr(text, "\tproc\n"));
    t_read_file("/proc/mounts", text, sizeof text);
    t_check("mounts has /proc", strstr(text, " /proc proc ") != NULL);
    t_read_file("/proc/version", text, sizeof text);
    t_check("version starts with 'Linux version '", strncmp(text, "Linux version ", 14) == 0);
    t_read_file("/proc/sys/kernel/ostype", text, sizeof text);
    t_str("sys/kernel/ostype", text, "Linux\n");
    t_check("sys/kernel/osrelease non-empty", t_read_file("/proc/sys/kernel/osrelease", text, sizeof text) > 1);
}

int main(int argc, char **argv)
{
    char exe[PATH_MAX];
    t_init("procfs");
    if (!realpath(argv[0], exe))
        return printf("cannot find my own path FAIL\n"), 1;
    t_scratch();
    self_links(exe);
    self_files(argc, argv);
    other_process();
    system_files();
    return t_done();
}
