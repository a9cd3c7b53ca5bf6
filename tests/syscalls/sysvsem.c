/*
 * sysvsem.c - System V semaphores: semget's EINVAL (nsems 0, more than the set has), EEXIST
 * and ENOENT; semop's all-or-nothing rule, IPC_NOWAIT (EAGAIN), ERANGE, EFBIG, E2BIG and
 * EFAULT; semtimedop's timeout (EAGAIN) and EINVAL; semctl's GETVAL/SETVAL/GETALL/SETALL/
 * GETPID/GETNCNT/GETZCNT and IPC_STAT; a child waiting for a counter (GETNCNT sees it) and
 * woken by semop; a waiter ended by a signal (EINTR) and by removal (EIDRM); SEM_UNDO undone
 * when a child exits; clone's CLONE_SYSVSEM sharing the undo list (kcmp KCMP_SYSVSEM sees it,
 * and the adjustments wait for the last sharer's exit). libc-test's ipc_sem and LTP's sem* tests found these missing. Run by
 * tools/ctest/run on Linux and Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/sem.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define KEY 0x5e5e0a17

union semun {
    int val;
    struct semid_ds *buf;
    unsigned short *array;
};

static long one_op(int id, int num, int op, int flags)
{
    struct sembuf b = {num, op, flags};
    return semop(id, &b, 1);
}

static void on_alarm(int sig)
{
    (void) sig;
}

static void getting(void)
{
    int old = semget(KEY, 0, 0);
    if (old >= 0) {
        semctl(old, 0, IPC_RMID);
    }
    t_err("semget nsems 0", semget(KEY, 0, IPC_CREAT | 0600), EINVAL);
    t_err("semget of a missing key", semget(KEY, 1, 0600), ENOENT);
    int id = semget(KEY, 2, IPC_CREAT | IPC_EXCL | 0600);
    t_check("semget IPC_CREAT|IPC_EXCL", id >= 0);
    t_err("again with IPC_EXCL", semget(KEY, 2, IPC_CREAT | IPC_EXCL | 0600), EEXIST);
    t_err("more semaphores than the set has", semget(KEY, 3, 0600), EINVAL);
    t_check("semget of the key with nsems 0 finds it", semget(KEY, 0, 0) == id);
    t_ok("IPC_RMID", semctl(id, 0, IPC_RMID));
    t_err("IPC_RMID again", semctl(id, 0, IPC_RMID), EINVAL);
}

static void operating(int id)
{
    struct semid_ds ds;
    union semun arg = {.buf = &ds};
    t_ok("IPC_STAT", semctl(id, 0, IPC_STAT, arg));
    t_eq("sem_nsems", ds.sem_nsems, 3);
    t_eq("mode", ds.sem_perm.mode & 0777, 0600);
    t_ok("SETVAL 0 to 2", semctl(id, 0, SETVAL, (union semun){.val = 2}));
    t_eq("GETVAL", semctl(id, 0, GETVAL), 2);
    t_err("SETVAL -1", semctl(id, 0, SETVAL, (union semun){.val = -1}), ERANGE);
    t_err("GETVAL of semaphore 3", semctl(id, 3, GETVAL), EINVAL);
    struct sembuf two[2] = {{0, -1, 0}, {1, -1, IPC_NOWAIT}};
    t_err("semop -1,-1 with the second at 0, IPC_NOWAIT", semop(id, two, 2), EAGAIN);
    t_eq("the first was not applied", semctl(id, 0, GETVAL), 2);
    t_ok("semop +5 on 1", one_op(id, 1, 5, 0));
    t_ok("semop -1,-1", semop(id, two, 2));
    unsigned short all[3];
    t_ok("GETALL", semctl(id, 0, GETALL, (union semun){.array = all}));
    t_say("values: %d %d %d", all[0], all[1], all[2]);
    unsigned short set[3] = {1, 2, 3};
    t_ok("SETALL 1 2 3", semctl(id, 0, SETALL, (union semun){.array = set}));
    t_eq("GETVAL 2", semctl(id, 2, GETVAL), 3);
    t_check("GETPID is ours", semctl(id, 2, GETPID) == getpid());
    t_err("semop past 32767", one_op(id, 0, 32767, 0), ERANGE);
    t_err("semop on semaphore 5", one_op(id, 5, 1, 0), EFBIG);
    struct sembuf many[501];
    memset(many, 0, sizeof many);
    t_err("semop with 501 operations", semop(id, many, 501), E2BIG);
    t_err("semop with 0 operations", semop(id, many, 0), EINVAL);
    t_err("semop bad buffer", semop(id, (void *) 8, 1), EFAULT);
    struct timespec ts = {0, 50000000};
    struct sembuf down = {2, -4, 0};
    t_err("semtimedop 50 ms on a counter too low", semtimedop(id, &down, 1, &ts), EAGAIN);
    struct timespec bad = {0, 1000000000};
    t_err("semtimedop bad timeout", semtimedop(id, &down, 1, &bad), EINVAL);
}

static void waiting(int id)
{
    semctl(id, 0, SETVAL, (union semun){.val = 0});
    pid_t child = fork();
    if (child == 0) {
        _exit(one_op(id, 0, -1, 0) == 0 ? 0 : 1);
    }
    usleep(100000);
    t_eq("GETNCNT with the child waiting", semctl(id, 0, GETNCNT), 1);
    t_ok("semop +1 wakes it", one_op(id, 0, 1, 0));
    int status;
    waitpid(child, &status, 0);
    t_check("the child got the semaphore", WIFEXITED(status) && WEXITSTATUS(status) == 0);
    t_eq("GETNCNT after", semctl(id, 0, GETNCNT), 0);
    child = fork();
    if (child == 0) {
        _exit(one_op(id, 1, 4, SEM_UNDO) == 0 ? 0 : 1);
    }
    waitpid(child, &status, 0);
    t_eq("SEM_UNDO +4 undone at the child's exit", semctl(id, 1, GETVAL), 2);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, 0}, {0, 50000}};
    setitimer(ITIMER_REAL, &it, NULL);
    t_err("semop waiting, then SIGALRM", one_op(id, 0, -1, 0), EINTR);
    child = fork();
    if (child == 0) {
        long r = one_op(id, 0, -1, 0);
        _exit(r < 0 && errno == EIDRM ? 0 : 1);
    }
    usleep(100000);
    t_ok("IPC_RMID with a waiter", semctl(id, 0, IPC_RMID));
    waitpid(child, &status, 0);
    t_check("the waiter got EIDRM", WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

#define KCMP_SYSVSEM 6

static int undo_set;

static long kcmp_sysvsem(pid_t a, pid_t b)
{
    return syscall(SYS_kcmp, a, b, KCMP_SYSVSEM, 0, 0);
}

/* A child that blocks until a byte comes on go[0]; flags as clone's (SIGCHLD: a plain fork). */
static pid_t parked_child(long flags, int go[2], int undo_op)
{
    pipe(go);
    fflush(stdout);
    pid_t child = syscall(SYS_clone, flags, 0, 0, 0, 0);
    if (child == 0) {
        long r = undo_op ? one_op(undo_set, 0, undo_op, SEM_UNDO) : 0;
        char c;
        read(go[0], &c, 1);
        _exit(r == 0 ? 0 : 1);
    }
    return child;
}

static void release_child(pid_t child, int go[2])
{
    int status;
    write(go[1], "x", 1);
    waitpid(child, &status, 0);
    close(go[0]);
    close(go[1]);
}

/* Run in a child of the test (which has no undo list): its own children share it or not. */
static void undo_sharing(void)
{
    pid_t me = getpid();
    int go[2];
    pid_t plain = parked_child(SIGCHLD, go, 0);
    t_eq("kcmp SYSVSEM with a fork child, neither with an undo list", kcmp_sysvsem(me, plain), 0);
    release_child(plain, go);
    t_ok("SEM_UNDO +2", one_op(undo_set, 0, 2, SEM_UNDO));
    plain = parked_child(SIGCHLD, go, 0);
    t_check("kcmp SYSVSEM with a fork child differs", kcmp_sysvsem(me, plain) > 0);
    release_child(plain, go);
    pid_t sharer = parked_child(CLONE_SYSVSEM | SIGCHLD, go, 3);
    t_eq("kcmp SYSVSEM with a CLONE_SYSVSEM child", kcmp_sysvsem(me, sharer), 0);
    release_child(sharer, go);
    t_eq("the sharer's SEM_UNDO +3 stays after its exit", semctl(undo_set, 0, GETVAL), 5);
}

static void shared_undo(void)
{
    undo_set = semget(IPC_PRIVATE, 1, 0600);
    t_check("semget for CLONE_SYSVSEM", undo_set >= 0);
    t_in_child(undo_sharing);
    t_eq("both undone at the last sharer's exit", semctl(undo_set, 0, GETVAL), 0);
    semctl(undo_set, 0, IPC_RMID);
}

int main(void)
{
    t_init("sysvsem");
    getting();
    int id = semget(IPC_PRIVATE, 3, 0600);
    t_check("semget IPC_PRIVATE", id >= 0);
    operating(id);
    struct seminfo info;
    t_check("IPC_INFO", semctl(0, 0, IPC_INFO, (union semun){.buf = (struct semid_ds *) &info}) >= 0);
    t_eq("semmsl", info.semmsl, 32000);
    t_eq("semopm", info.semopm, 500);
    t_eq("semvmx", info.semvmx, 32767);
    waiting(id);
    shared_undo();
    return t_done();
}
