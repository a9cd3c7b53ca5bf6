/*
 * exec.c - execve: argv and envp as the new program sees them, the auxiliary vector, the pid
 * kept, close-on-exec, signal dispositions reset and the mask and pending set kept, private
 * .data and zeroed .bss (the parent's writes do not reach the new image), #! scripts through
 * their interpreter, and the errors (ENOENT, ETXTBSY for writes to the running program and
 * for execve of a file open for writing,
 * EACCES, ENOEXEC for garbage and a truncated ELF, ENOTDIR, ELOOP, ENAMETOOLONG, E2BIG,
 * EFAULT). The program execs itself:
 * argv[1] names the check the new image makes, and the parent checks its exit status.
 * Run by tools/ctest/run on Linux and Exo-OS; output compared line by line.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static char self[PATH_MAX];

/* ---- the checks made by the new image (argv[1] selects one) ---- */

static int image_args(int argc, char **argv)
{
    t_init("exec image: args");
    t_eq("argc", argc, 5);
    t_str("argv[2]", argv[2], "one");
    t_str("argv[3]", argv[3], "two words");
    t_str("argv[4] (empty)", argv[4], "");
    t_check("argv[5] is NULL", argv[5] == NULL);
    int envc = 0;
    while (environ[envc])
        envc++;
    t_eq("environment entries", envc, 2);
    t_str("CT_A", getenv("CT_A"), "1");
    t_str("CT_B", getenv("CT_B"), "x y");
    t_eq("AT_PAGESZ", (long)getauxval(AT_PAGESZ), 4096);
    t_check("AT_UID/EUID/GID/EGID match the ids",
            getauxval(AT_UID) == getuid() && getauxval(AT_EUID) == geteuid() &&
            getauxval(AT_GID) == getgid() && getauxval(AT_EGID) == getegid());
    t_eq("AT_SECURE", (long)getauxval(AT_SECURE), 0);
    t_eq("AT_PHENT", (long)getauxval(AT_PHENT), 56);
    t_check("AT_PHNUM > 0, AT_PHDR and AT_ENTRY set",
            getauxval(AT_PHNUM) > 0 && getauxval(AT_PHDR) != 0 && getauxval(AT_ENTRY) != 0);
    const unsigned char *random = (const unsigned char *)getauxval(AT_RANDOM);
    int nonzero = 0;
    for (int i = 0; random && i < 16; i++)
        nonzero |= random[i];
    t_check("AT_RANDOM points to 16 bytes, not all zero", random && nonzero);
    const char *execfn = (const char *)getauxval(AT_EXECFN);
    t_check("AT_EXECFN is the path given to execve", execfn && strcmp(execfn, argv[0]) == 0);
    return t_done();
}

static int image_fds(void)
{
    char buf[8] = { 0 };
    t_init("exec image: fds");
    t_err("O_CLOEXEC fd 3 closed", fcntl(3, F_GETFD), EBADF);
    t_eq("fd 11 kept, FD_CLOEXEC clear", fcntl(11, F_GETFD), 0);
    t_eq("fd 11 still reads the file at its offset", pread(11, buf, 3, 0), 3);
    t_err("fd 12 (F_SETFD FD_CLOEXEC) closed", fcntl(12, F_GETFD), EBADF);
    t_err("fd 13 (F_DUPFD_CLOEXEC) closed", fcntl(13, F_GETFD), EBADF);
    t_check("fd 4 (plain open) kept", fcntl(4, F_GETFD) == 0);
    return t_done();
}

static int image_signals(void)
{
    struct sigaction sa;
    sigset_t mask, pending;
    t_init("exec image: signals");
    sigaction(SIGUSR1, NULL, &sa);
    t_check("caught SIGUSR1 reset to SIG_DFL", sa.sa_handler == SIG_DFL);
    sigaction(SIGINT, NULL, &sa);
    t_check("ignored SIGINT still SIG_IGN", sa.sa_handler == SIG_IGN);
    sigprocmask(SIG_BLOCK, NULL, &mask);
    t_check("blocked SIGUSR2 still blocked", sigismember(&mask, SIGUSR2));
    sigpending(&pending);
    t_check("pending SIGUSR2 still pending", sigismember(&pending, SIGUSR2));
    return t_done();
}

static int image_pid(char **argv)
{
    t_init("exec image: pid");
    t_check("same pid after exec", getpid() == atoi(argv[2]));
    return t_done();
}

/* As a #! interpreter: argv = [interpreter, "interp-arg", script path, script args...]. */
static int image_script(int argc, char **argv)
{
    t_init("exec image: #! interpreter");
    t_eq("argc", argc, 5);
    t_str("argv[1]: the optional argument of the #! line", argv[1], "interp-arg");
    t_str("argv[2]: the script's path as given", argv[2], "./script");
    t_str("argv[3]", argv[3], "a");
    t_str("argv[4]", argv[4], "b");
    return t_done();
}

/*
 * The program's .data and .bss as exec leaves them. Segments are private mappings of the file
 * (MAP_PRIVATE): the parent's writes to its own copies must not reach the file's pages, and the
 * bytes after the file's part of the data segment (the start of .bss, which shares its page
 * with the end of .data) read as zero.
 */
static volatile int private_data = 12345;
static volatile char bss_probe[5000];

static int image_private(void)
{
    t_init("exec image: private data");
    t_eq("initialised data as in the file", private_data, 12345);
    int nonzero = 0;
    for (size_t i = 0; i < sizeof bss_probe; i++)
        nonzero += bss_probe[i] != 0;
    t_eq("bss bytes that are not zero", nonzero, 0);
    return t_done();
}

/* ---- the parent side ---- */

/* fork, child runs `prepare` then execs path with argv; returns the child's exit status. */
static int spawn(const char *path, char *const argv[], char *const envp[], void (*prepare)(void))
{
    pid_t child = fork();
    if (child == 0) {
        if (prepare)
            prepare();
        execve(path, argv, envp);
        printf("execve %s: %s FAIL\n", path, t_errname(errno));
        _exit(99);
    }
    int status;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void prepare_fds(void)
{
    for (int fd = 3; fd < 64; fd++)
        close(fd);
    int a = open("data", O_RDONLY | O_CLOEXEC); /* lowest free: 3 */
    int b = open("data", O_RDONLY);
    dup2(b, 11); /* dup2 leaves FD_CLOEXEC clear */
    dup2(b, 12);
    fcntl(12, F_SETFD, FD_CLOEXEC);
    fcntl(b, F_DUPFD_CLOEXEC, 13);
    lseek(11, 2, SEEK_SET);
    if (a != 3)
        printf("set-up: open gave fd %d, not 3 FAIL\n", a);
}

static void prepare_signals(void)
{
    sigset_t usr2;
    signal(SIGUSR1, (void (*)(int))prepare_signals); /* any handler: must not survive */
    signal(SIGINT, SIG_IGN);
    sigemptyset(&usr2);
    sigaddset(&usr2, SIGUSR2);
    sigprocmask(SIG_BLOCK, &usr2, NULL);
    raise(SIGUSR2);
}

static void run_images(void)
{
    char *envp[] = { "CT_A=1", "CT_B=x y", NULL };
    char *args[] = { self, "args", "one", "two words", "", NULL };
    t_eq("image 'args' exit status", spawn(self, args, envp, NULL), 0);
    char *fds[] = { self, "fds", NULL };
    t_write_file("data", "abcdef", 0644);
    t_eq("image 'fds' exit status", spawn(self, fds, envp, prepare_fds), 0);
    char *sigs[] = { self, "signals", NULL };
    t_eq("image 'signals' exit status", spawn(self, sigs, envp, prepare_signals), 0);
    char pid_text[32] = "";
    pid_t child = fork();
    if (child == 0) {
        snprintf(pid_text, sizeof pid_text, "%d", getpid());
        char *pid_args[] = { self, "pid", pid_text, NULL };
        execve(self, pid_args, envp);
        _exit(99);
    }
    int status;
    waitpid(child, &status, 0);
    t_eq("image 'pid' exit status", WEXITSTATUS(status), 0);

    private_data = 777;
    memset((char *)bss_probe, 0x5a, sizeof bss_probe);
    char *priv[] = { self, "private", NULL };
    t_eq("image 'private' exit status", spawn(self, priv, envp, NULL), 0);

    char line[PATH_MAX + 32];
    snprintf(line, sizeof line, "#!%s interp-arg\n", self);
    t_write_file("script", line, 0755);
    char *script_args[] = { "./script", "a", "b", NULL };
    t_eq("#! script exit status", spawn("./script", script_args, envp, NULL), 0);
}

static long exec_error(const char *path)
{
    char *argv[] = { (char *)path, NULL };
    return execve(path, argv, environ);
}

static void errors(void)
{
    t_err("execve of a missing file", exec_error("./missing"), ENOENT);
    /* A running program's file is kept from writers (exec maps it, it does not copy it). */
    struct stat self_st;
    stat(self, &self_st);
    t_err("open of the running program for writing", open(self, O_WRONLY), ETXTBSY);
    t_err("truncate of the running program", truncate(self, self_st.st_size), ETXTBSY);
    t_write_file("plain", "#!/bin/sh\n", 0644);
    t_err("execve of a file without x permission", exec_error("./plain"), EACCES);
    t_err("execve of a directory", exec_error("."), EACCES);
    t_write_file("garbage", "this is not a program\n", 0755);
    t_err("execve of garbage", exec_error("./garbage"), ENOEXEC);
    t_write_file("empty", "", 0755);
    t_err("execve of an empty file", exec_error("./empty"), ENOEXEC);
    char head[64];
    int fd = open(self, O_RDONLY);
    read(fd, head, sizeof head);
    close(fd);
    fd = open("truncated", O_WRONLY | O_CREAT | O_TRUNC, 0755);
    write(fd, head, sizeof head); /* a valid ELF header whose program headers are missing */
    close(fd);
    long r = exec_error("./truncated");
    int err = errno;
    t_check("execve of a truncated ELF fails", r == -1);
    t_check("with ENOEXEC or EIO", err == ENOEXEC || err == EIO);
    t_write_file("badinterp", "#!/nonexistent/interpreter\n", 0755);
    t_err("#! with a missing interpreter", exec_error("./badinterp"), ENOENT);
    /* A file open for writing cannot be executed (LTP execve04); a reader does not stop it. */
    int busy = open("busy", O_WRONLY | O_CREAT | O_TRUNC, 0755);
    write(busy, "#!/nonexistent/interpreter\n", 27);
    t_err("execve of a file open for writing", exec_error("./busy"), ETXTBSY);
    int busy2 = dup(busy);
    close(busy);
    t_err("execve while a dup of the writer is open", exec_error("./busy"), ETXTBSY);
    close(busy2);
    t_err("execve once the writer is closed", exec_error("./busy"), ENOENT);
    int reader = open("busy", O_RDONLY);
    t_err("execve while a reader has it open", exec_error("./busy"), ENOENT);
    close(reader);
    int rw = open("busy", O_RDWR);
    t_err("execve while open O_RDWR", exec_error("./busy"), ETXTBSY);
    close(rw);
    t_err("execve through a regular file", exec_error("./plain/x"), ENOTDIR);
    symlink("loop2", "loop1");
    symlink("loop1", "loop2");
    t_err("execve of a symlink loop", exec_error("./loop1"), ELOOP);
    char long_name[300];
    memset(long_name, 'n', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = 0;
    t_err("execve of a 299-character name", exec_error(long_name), ENAMETOOLONG);
    static char *volatile bad_path = (char *)16; /* volatile: gcc would reject the constant */
    t_err("execve with a bad path pointer", execve(bad_path, (char *[]){ NULL }, environ), EFAULT);
    size_t huge_len = 200 * 1024; /* past Linux's 128 KiB limit for one string */
    char *huge = malloc(huge_len + 1);
    memset(huge, 'h', huge_len);
    huge[huge_len] = 0;
    char *big_args[] = { self, huge, NULL };
    t_err("execve with a 200 KiB argument", execve(self, big_args, environ), E2BIG);
    free(huge);
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "args") == 0)
        return image_args(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "fds") == 0)
        return image_fds();
    if (argc >= 2 && strcmp(argv[1], "signals") == 0)
        return image_signals();
    if (argc >= 3 && strcmp(argv[1], "pid") == 0)
        return image_pid(argv);
    if (argc >= 2 && strcmp(argv[1], "interp-arg") == 0)
        return image_script(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "private") == 0)
        return image_private();
    t_init("exec");
    if (argv[0][0] == '/')
        snprintf(self, sizeof self, "%s", argv[0]);
    else if (!realpath(argv[0], self))
        return printf("cannot find my own path FAIL\n"), 1;
    t_scratch();
    run_images();
    errors();
    return t_done();
}
