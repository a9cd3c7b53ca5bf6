/*
 * sysvmsg.c - System V message queues: msgget's IPC_PRIVATE, IPC_CREAT, IPC_EXCL and ENOENT;
 * msgsnd's EINVAL (type 0, negative size, bad id) and EFAULT; msgrcv by type (0, exact,
 * MSG_EXCEPT, lowest up to |type|), ENOMSG with IPC_NOWAIT, E2BIG and MSG_NOERROR; IPC_STAT's
 * counts, pid and mode; IPC_SET's msg_qbytes making a sender wait (EAGAIN with IPC_NOWAIT,
 * a child making room otherwise); a waiting receiver ended by a signal (EINTR) and by the
 * queue's removal (EIDRM); a removed id (EINVAL); and as nobody, EACCES and EPERM. libc-test's
 * ipc_msg and LTP's msg* tests found these missing. Run by tools/ctest/run on Linux and Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <signal.h>
#include <string.h>
#include <sys/msg.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#define KEY 0x5e5e0917

struct msg {
    long type;
    char text[64];
};

static int root_queue;

static long put(int id, long type, const char *text, int flags)
{
    struct msg m = {type, ""};
    strcpy(m.text, text);
    return msgsnd(id, &m, strlen(text), flags);
}

/* "TYPE:TEXT" of the message msgrcv picks, or the errno name */
static void take(const char *label, int id, long type, size_t size, int flags)
{
    struct msg m;
    memset(&m, 0, sizeof m);
    long n = msgrcv(id, &m, size, type, flags);
    if (n < 0) {
        t_say("%s: %s", label, t_errname(errno));
    } else {
        t_say("%s: %ld:%.*s", label, m.type, (int) n, m.text);
    }
}

static void on_alarm(int sig)
{
    (void) sig;
}

static void as_nobody(void)
{
    t_err("msgget of root's 0600 queue as nobody", msgget(KEY, 0600), EACCES);
    t_err("IPC_RMID as nobody", msgctl(root_queue, IPC_RMID, NULL), EPERM);
    t_err("msgsnd as nobody", put(root_queue, 1, "x", IPC_NOWAIT), EACCES);
}

static void getting(void)
{
    int old = msgget(KEY, 0);
    if (old >= 0) {
        msgctl(old, IPC_RMID, NULL);
    }
    int id = msgget(KEY, IPC_CREAT | IPC_EXCL | 0600);
    t_check("msgget IPC_CREAT|IPC_EXCL", id >= 0);
    t_err("again with IPC_EXCL", msgget(KEY, IPC_CREAT | IPC_EXCL | 0600), EEXIST);
    t_check("msgget of the key finds it", msgget(KEY, 0) == id);
    t_err("msgget of a missing key", msgget(KEY + 1, 0600), ENOENT);
    int p1 = msgget(IPC_PRIVATE, 0600), p2 = msgget(IPC_PRIVATE, 0600);
    t_check("IPC_PRIVATE makes new queues", p1 >= 0 && p2 >= 0 && p1 != p2);
    msgctl(p1, IPC_RMID, NULL);
    msgctl(p2, IPC_RMID, NULL);
    root_queue = id;
    if (t_is_root()) {
        t_as_nobody(as_nobody);
    }
    t_ok("IPC_RMID", msgctl(id, IPC_RMID, NULL));
    t_err("IPC_RMID again", msgctl(id, IPC_RMID, NULL), EINVAL);
    t_err("msgsnd to the removed id", put(id, 1, "x", IPC_NOWAIT), EINVAL);
}

static void selecting(int id)
{
    struct msg m = {1, "x"};
    t_err("msgsnd type 0", put(id, 0, "x", 0), EINVAL);
    t_err("msgsnd size -1", msgsnd(id, &m, (size_t) -1, 0), EINVAL);
    t_err("msgsnd size 8193", msgsnd(id, &m, 8193, 0), EINVAL);
    t_err("msgsnd bad buffer", msgsnd(id, (void *) 8, 1, 0), EFAULT);
    t_err("msgsnd bad id", put(-1, 1, "x", 0), EINVAL);
    t_ok("send 3:c", put(id, 3, "c", 0));
    t_ok("send 1:a", put(id, 1, "a", 0));
    t_ok("send 2:bb", put(id, 2, "bb", 0));
    t_ok("send 5:eeeee", put(id, 5, "eeeee", 0));
    struct msqid_ds ds;
    t_ok("IPC_STAT", msgctl(id, IPC_STAT, &ds));
    t_eq("msg_qnum", ds.msg_qnum, 4);
    t_eq("msg_cbytes", ds.msg_cbytes, 9);
    t_eq("msg_qbytes", ds.msg_qbytes, 16384);
    t_eq("mode", ds.msg_perm.mode & 0777, 0600);
    t_check("msg_lspid is ours", ds.msg_lspid == getpid());
    t_check("msg_perm.uid is ours", ds.msg_perm.uid == geteuid());
    take("type 2", id, 2, 64, 0);
    take("MSG_EXCEPT 1", id, 1, 64, MSG_EXCEPT);
    take("type -4", id, -4, 64, 0);
    take("type -4 again, IPC_NOWAIT", id, -4, 64, IPC_NOWAIT);
    take("into 2 bytes", id, 0, 2, 0);
    take("MSG_NOERROR into 2 bytes", id, 0, 2, MSG_NOERROR);
    take("empty, IPC_NOWAIT", id, 0, 64, IPC_NOWAIT);
    t_ok("IPC_STAT", msgctl(id, IPC_STAT, &ds));
    t_eq("msg_qnum after", ds.msg_qnum, 0);
    t_eq("msg_cbytes after", ds.msg_cbytes, 0);
    t_check("msg_lrpid is ours", ds.msg_lrpid == getpid());
}

static void waiting(int id)
{
    struct msqid_ds ds;
    msgctl(id, IPC_STAT, &ds);
    ds.msg_qbytes = 10;
    t_ok("IPC_SET msg_qbytes 10", msgctl(id, IPC_SET, &ds));
    t_ok("send 8 bytes", put(id, 1, "12345678", 0));
    t_err("8 more, IPC_NOWAIT", put(id, 1, "abcdefgh", IPC_NOWAIT), EAGAIN);
    pid_t child = fork();
    if (child == 0) {
        usleep(100000);
        struct msg m;
        _exit(msgrcv(id, &m, 64, 0, 0) == 8 ? 0 : 1);
    }
    t_ok("8 more wait for the child's msgrcv", put(id, 2, "abcdefgh", 0));
    int status;
    waitpid(child, &status, 0);
    t_check("the child received", WIFEXITED(status) && WEXITSTATUS(status) == 0);
    take("what is left", id, 0, 64, 0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, 0}, {0, 50000}};
    setitimer(ITIMER_REAL, &it, NULL);
    take("msgrcv on an empty queue, then SIGALRM", id, 0, 64, 0);
    child = fork();
    if (child == 0) {
        struct msg m;
        long n = msgrcv(id, &m, 64, 0, 0);
        _exit(n < 0 && errno == EIDRM ? 0 : 1);
    }
    usleep(100000);
    t_ok("IPC_RMID with a receiver waiting", msgctl(id, IPC_RMID, NULL));
    waitpid(child, &status, 0);
    t_check("the waiting receiver got EIDRM", WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

int main(void)
{
    t_init("sysvmsg");
    getting();
    int id = msgget(IPC_PRIVATE, 0600);
    t_check("msgget IPC_PRIVATE", id >= 0);
    selecting(id);
    struct msginfo info;
    t_check("IPC_INFO", msgctl(0, IPC_INFO, (struct msqid_ds *) &info) >= 0);
    t_eq("msgmax", info.msgmax, 8192);
    t_eq("msgmnb", info.msgmnb, 16384);
    waiting(id);
    return t_done();
}
