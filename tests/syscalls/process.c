/*
 * process.c - processes: fork, exit statuses through wait4/waitpid/waitid, WNOHANG, ECHILD,
 * getpid/getppid/gettid, process groups and sessions, orphans re-parented, zombies reaped.
 * Run by tools/ctest/run on Linux and Exo-OS; output compared line by line.
 */
#define _GNU_SOURCE
#include "check.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t fork_exit(int code)
{
    fflush(stdout);
    pid_t child = fork();
    if (child == 0)
        _exit(code);
    return child;
}

static void ids(void)
{
    pid_t pid = getpid();
    t_check("pid>1", pid > 1);
    t_check("ppid>0", getppid() > 0);
    t_check("gettid==getpid in the main thread", syscall(SYS_gettid) == pid);
    t_check("getpid stable", getpid() == pid);
}

static void exit_statuses(void)
{
    static const int codes[] = { 0, 1, 42, 255, 256 + 7 };
    for (size_t i = 0; i < T_ARRAY_LEN(codes); i++) {
        int status = -1;
        pid_t child = fork_exit(codes[i]);
        pid_t got = waitpid(child, &status, 0);
        t_check("waitpid returns the child", got == child);
        t_say("exit(%d): exited=%d status=%d", codes[i], WIFEXITED(status), WEXITSTATUS(status));
    }
}

static void child_sees_parent(void)
{
    pid_t parent = getpid();
    fflush(stdout);
    pid_t child = fork();
    if (child == 0)
        _exit(getppid() == parent && getpid() != parent ? 0 : 1);
    int status;
    waitpid(child, &status, 0);
    t_check("child: getppid()==parent, own pid", WIFEXITED(status) && WEXITSTATUS(status) == 0);
    t_check("fork returned a pid>0 to the parent", child > 0);
}

static void nohang_and_echild(void)
{
    int status;
    int to_child[2];
    if (pipe(to_child) != 0)
        exit(1);
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        char c;
        close(to_child[1]);
        _exit(read(to_child[0], &c, 1) == 0 ? 3 : 4); /* waits for the parent's close */
    }
    close(to_child[0]);
    t_eq("waitpid WNOHANG on a running child", waitpid(child, &status, WNOHANG), 0);
    close(to_child[1]);
    t_check("waitpid after it exits", waitpid(child, &status, 0) == child);
    t_eq("its status", WEXITSTATUS(status), 3);
    t_err("waitpid with no children", waitpid(-1, &status, 0), ECHILD);
    t_err("waitpid WNOHANG with no children", waitpid(-1, &status, WNOHANG), ECHILD);
    t_err("waitpid of a non-child", waitpid(1, &status, 0), ECHILD);
    t_err("waitpid bad options", waitpid(-1, &status, 0x100), EINVAL);
}

static void wait4_and_waitid(void)
{
    struct rusage ru;
    int status;
    pid_t child = fork_exit(9);
    t_check("wait4 with rusage", wait4(child, &status, 0, &ru) == child);
    t_eq("wait4 status", WEXITSTATUS(status), 9);
    t_check("rusage utime sane", ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_usec < 1000000);

    siginfo_t info = { 0 };
    child = fork_exit(5);
    t_ok("waitid P_PID WEXITED", waitid(P_PID, (id_t)child, &info, WEXITED));
    t_check("si_pid is the child", info.si_pid == child);
    t_eq("si_code CLD_EXITED", info.si_code, CLD_EXITED);
    t_eq("si_status", info.si_status, 5);
    t_eq("si_signo SIGCHLD", info.si_signo, SIGCHLD);

    child = fork_exit(6);
    info.si_pid = 0;
    t_ok("waitid WNOWAIT", waitid(P_PID, (id_t)child, &info, WEXITED | WNOWAIT));
    t_check("still waitable after WNOWAIT", waitpid(child, &status, 0) == child);
    t_eq("status after WNOWAIT", WEXITSTATUS(status), 6);
    t_err("waitid without WEXITED etc.", waitid(P_ALL, 0, &info, 0), EINVAL);
}

static void many_children(void)
{
    enum { N = 20 };
    int sum = 0;
    for (int i = 0; i < N; i++)
        fork_exit(i);
    for (int i = 0; i < N; i++) {
        int status;
        if (wait(&status) > 0 && WIFEXITED(status))
            sum += WEXITSTATUS(status);
    }
    t_eq("20 children reaped, sum of statuses", sum, N * (N - 1) / 2);
    t_err("then no child left", wait(NULL), ECHILD);
}

/* A grandchild outlives its parent; it must get a new parent (init or a subreaper) and
 * our wait must not see it. */
static void orphan(void)
{
    int p[2];
    if (pipe(p) != 0)
        exit(1);
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        pid_t mid = getpid();
        if (fork() == 0) {
            close(p[0]);
            while (getppid() == mid)
                usleep(1000);
            char ok = 'r';
            write(p[1], &ok, 1);
            _exit(0);
        }
        _exit(0);
    }
    close(p[1]);
    int status;
    waitpid(child, &status, 0);
    char c = 0;
    t_check("orphan re-parented after its parent exited", read(p[0], &c, 1) == 1 && c == 'r');
    close(p[0]);
    t_err("the orphan is not our child", waitpid(-1, &status, WNOHANG), ECHILD);
}

static void groups_and_sessions(void)
{
    t_check("getpgid(0)==getpgrp()", getpgid(0) == getpgrp());
    /* 0 when the session leader is outside our PID namespace (a CI container) */
    t_check("getsid(0)>=0 and ==getsid(getpid())", getsid(0) >= 0 && getsid(0) == getsid(getpid()));
    t_err("getpgid of no such process", getpgid(0x3fffffff), ESRCH);
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        int ok = setpgid(0, 0) == 0 && getpgrp() == getpid();
        pid_t sid = setsid();
        int ok2 = sid == -1 && errno == EPERM; /* already a group leader */
        _exit(ok && ok2 ? 0 : 1);
    }
    int status;
    waitpid(child, &status, 0);
    t_check("child: setpgid(0,0) leads a group; setsid then EPERM", WEXITSTATUS(status) == 0);
    child = fork();
    if (child == 0)
        _exit(setsid() == getpid() && getsid(0) == getpid() && getpgrp() == getpid() ? 0 : 1);
    waitpid(child, &status, 0);
    t_check("child: setsid makes a session and group", WEXITSTATUS(status) == 0);
    t_err("setpgid of no such process", setpgid(0x3fffffff, 0), ESRCH);
    t_err("setpgid negative pgid", setpgid(0, -1), EINVAL);
}

static void exit_group_from_signal(void)
{
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        kill(getpid(), SIGKILL);
        _exit(0);
    }
    int status;
    waitpid(child, &status, 0);
    t_check("SIGKILL: WIFSIGNALED", WIFSIGNALED(status));
    t_eq("WTERMSIG", WTERMSIG(status), SIGKILL);
}

int main(void)
{
    t_init("process");
    ids();
    exit_statuses();
    child_sees_parent();
    nohang_and_echild();
    wait4_and_waitid();
    many_children();
    orphan();
    groups_and_sessions();
    exit_group_from_signal();
    return t_done();
}
