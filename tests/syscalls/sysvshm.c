/*
 * sysvshm.c - System V shared memory: shmget's EINVAL (size 0, larger than the segment),
 * ENOENT and EEXIST; shmat's EINVAL (bad id, unaligned address, SHM_REMAP without an address,
 * an address over a mapping), SHM_RND, SHM_REMAP, SHM_RDONLY (a write is SIGSEGV) and EACCES
 * for another user; two attachments seeing the same bytes; a forked child sharing the pages
 * and its attachment counted in shm_nattch until it exits; exec dropping the attachment;
 * shm_lpid following fork's implicit attach (the parent's) and exit's and exec's detach;
 * IPC_STAT's fields, IPC_SET, IPC_INFO, SHM_INFO and SHM_STAT; /proc/sysvipc/shm and
 * /proc/sys/kernel/shmmni; shmdt's EINVAL; a split
 * attachment detached whole; IPC_RMID while attached (SHM_DEST, key freed, the memory still
 * usable, the id gone with the last detach). libc-test's ipc_shm and LTP's shm* tests use
 * these. Run by tools/ctest/run on Linux and Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>

#define KEY 0x5e5e0b17
#define PAGE 4096

static const char *self;

static long nattch(int id)
{
    struct shmid_ds ds;
    return shmctl(id, IPC_STAT, &ds) < 0 ? -1 : (long) ds.shm_nattch;
}

static long lpid(int id)
{
    struct shmid_ds ds;
    return shmctl(id, IPC_STAT, &ds) < 0 ? -1 : (long) ds.shm_lpid;
}

static void getting(void)
{
    int old = shmget(KEY, 0, 0);
    if (old >= 0) {
        shmctl(old, IPC_RMID, NULL);
    }
    t_err("shmget size 0", shmget(KEY, 0, IPC_CREAT | 0600), EINVAL);
    t_err("shmget of a missing key", shmget(KEY, PAGE, 0600), ENOENT);
    int id = shmget(KEY, 3 * PAGE, IPC_CREAT | IPC_EXCL | 0600);
    t_check("shmget IPC_CREAT|IPC_EXCL", id >= 0);
    t_err("again with IPC_EXCL", shmget(KEY, PAGE, IPC_CREAT | IPC_EXCL | 0600), EEXIST);
    t_err("larger than the segment", shmget(KEY, 3 * PAGE + 1, 0600), EINVAL);
    t_check("size 0 finds the segment", shmget(KEY, 0, 0) == id);
    t_ok("IPC_RMID", shmctl(id, IPC_RMID, NULL));
    t_err("IPC_RMID again", shmctl(id, IPC_RMID, NULL), EINVAL);
}

static void attaching(int id)
{
    t_err("shmat of a bad id", (long) shmat(-1, NULL, 0), EINVAL);
    t_err("shmat SHM_REMAP without an address", (long) shmat(id, NULL, SHM_REMAP), EINVAL);
    char *a = shmat(id, NULL, 0);
    t_check("shmat anywhere", a != (void *) -1);
    char *b = shmat(id, NULL, 0);
    t_check("a second attachment elsewhere", b != (void *) -1 && b != a);
    strcpy(a + PAGE, "shared bytes");
    t_str("the second sees the first's write", b + PAGE, "shared bytes");
    t_eq("shm_nattch", nattch(id), 2);
    t_ok("shmdt the second", shmdt(b));
    t_err("shmdt it again", shmdt(b), EINVAL);
    t_err("shmdt of an unaligned address", shmdt(a + 1), EINVAL);
    t_err("shmdt inside an attachment", shmdt(a + PAGE), EINVAL);
    t_err("shmat over a mapping", (long) shmat(id, a, 0), EINVAL);
    t_err("shmat at an unaligned address", (long) shmat(id, a + 1, 0), EINVAL);
    char *r = shmat(id, a + 1, SHM_RND | SHM_REMAP);
    t_check("SHM_RND|SHM_REMAP rounds down and replaces", r == a);
    t_str("the bytes are the segment's", r + PAGE, "shared bytes");
    t_eq("shm_nattch after the remap", nattch(id), 1);
    /* mprotect splits the attachment into three regions; shmdt takes them all */
    t_ok("mprotect the middle page", mprotect(a + PAGE, PAGE, PROT_READ));
    t_eq("shm_nattch counts the regions", nattch(id), 3);
    t_ok("shmdt the split attachment", shmdt(a));
    t_eq("shm_nattch after shmdt", nattch(id), 0);
}

static void read_only_write(void)
{
    int id = shmget(IPC_PRIVATE, PAGE, 0600);
    char *p = shmat(id, NULL, SHM_RDONLY);
    shmctl(id, IPC_RMID, NULL);
    pid_t child = fork();
    if (child == 0) {
        p[0] = 1;
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    t_check("a write to an SHM_RDONLY attachment is SIGSEGV", WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV);
    t_eq("the reader still reads", p[0], 0);
    t_err("mprotect PROT_WRITE of an SHM_RDONLY attachment", mprotect(p, PAGE, PROT_READ | PROT_WRITE), EACCES);
    t_ok("shmdt", shmdt(p));
}

static void forking(int id)
{
    int *p = shmat(id, NULL, 0);
    p[0] = 1;
    pid_t child = fork();
    if (child == 0) {
        int ok = nattch(id) == 2;
        p[0] = 2;
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    t_eq("the child saw shm_nattch 2", WEXITSTATUS(status), 0);
    t_eq("the child's write is seen", p[0], 2);
    t_eq("shm_nattch after the child's exit", nattch(id), 1);
    t_check("shm_lpid is the child's after its exit", lpid(id) == child);
    child = fork();
    if (child == 0) {
        if (lpid(id) != getppid()) {
            _exit(98);   // fork's implicit attach is the parent's
        }
        char idtext[16];
        snprintf(idtext, sizeof idtext, "%d", id);
        char *args[] = {(char *) self, "nattch", idtext, NULL};
        execv(self, args);
        _exit(99);
    }
    waitpid(child, &status, 0);
    t_eq("fork's attach set shm_lpid to the parent; after exec the child saw shm_nattch 1 and shm_lpid its own",
         WEXITSTATUS(status), 0);
    t_check("shm_lpid is the exec'd child's", lpid(id) == child);
    t_ok("shmdt", shmdt(p));
}

static void stat_fields(int id)
{
    struct shmid_ds ds;
    t_ok("IPC_STAT", shmctl(id, IPC_STAT, &ds));
    t_eq("shm_segsz", ds.shm_segsz, 3 * PAGE);
    t_eq("mode", ds.shm_perm.mode, 0600);
    t_check("shm_cpid is ours", ds.shm_cpid == getpid());
    t_check("shm_lpid is ours (our shmdt)", ds.shm_lpid == getpid());
    t_check("shm_atime, shm_dtime, shm_ctime set", ds.shm_atime > 0 && ds.shm_dtime >= ds.shm_atime && ds.shm_ctime > 0);
    t_check("uid and cuid are ours", ds.shm_perm.uid == geteuid() && ds.shm_perm.cuid == geteuid());
    ds.shm_perm.mode = 0640;
    t_ok("IPC_SET mode 0640", shmctl(id, IPC_SET, &ds));
    t_ok("IPC_STAT again", shmctl(id, IPC_STAT, &ds));
    t_eq("mode", ds.shm_perm.mode, 0640);
    t_err("IPC_STAT to a bad pointer", shmctl(id, IPC_STAT, (struct shmid_ds *) 8), EFAULT);
    t_err("an unknown command", shmctl(id, 99, &ds), EINVAL);
    struct shminfo info;
    int top = shmctl(0, IPC_INFO, (struct shmid_ds *) &info);
    t_check("IPC_INFO returns an index", top >= 0);
    t_check("shmmax is Linux's default", info.shmmax == ~0UL - (1UL << 24));
    t_eq("shmmin", info.shmmin, 1);
    t_eq("shmmni", info.shmmni, 4096);
    struct shm_info used;
    top = shmctl(0, SHM_INFO, (struct shmid_ds *) &used);
    t_check("SHM_INFO: at least one segment and its pages", top >= 0 && used.used_ids >= 1 && used.shm_tot >= 3);
    int found = 0;
    for (int i = 0; i <= top; i++) {
        found |= shmctl(i, SHM_STAT, &ds) == id;
    }
    t_check("SHM_STAT by index finds the id", found);
    t_check("SHM_STAT with the id itself (its index part)", shmctl(id, SHM_STAT, &ds) == id);
    static char text[65536];
    t_check("/proc/sysvipc/shm reads", t_read_file("/proc/sysvipc/shm", text, sizeof text) > 0);
    int listed = 0;
    for (char *line = strchr(text, '\n'); line; line = strchr(line + 1, '\n')) {
        int key, shmid;
        unsigned long size;
        listed |= sscanf(line + 1, "%d %d %*o %lu", &key, &shmid, &size) == 3 && shmid == id && key == KEY && size == 3 * PAGE;
    }
    t_check("/proc/sysvipc/shm lists the segment", listed);
    char limit[64];
    t_check("/proc/sys/kernel/shmmni reads", t_read_file("/proc/sys/kernel/shmmni", limit, sizeof limit) > 0);
    t_str("shmmni", limit, "4096\n");
}

static void others(void)
{
    int id = shmget(KEY, 0, 0);
    t_err("shmat by another user of a 0640 segment", (long) shmat(id, NULL, 0), EACCES);
    struct shmid_ds ds;
    t_err("IPC_STAT by another user", shmctl(id, IPC_STAT, &ds), EACCES);
    t_err("IPC_RMID by another user", shmctl(id, IPC_RMID, NULL), EPERM);
}

static void remove_attached(int id)
{
    char *p = shmat(id, NULL, 0);
    strcpy(p, "still here");
    t_ok("IPC_RMID while attached", shmctl(id, IPC_RMID, NULL));
    struct shmid_ds ds;
    t_ok("IPC_STAT after IPC_RMID", shmctl(id, IPC_STAT, &ds));
    t_check("SHM_DEST is set", (ds.shm_perm.mode & SHM_DEST) != 0);
    t_eq("the key is IPC_PRIVATE", ds.shm_perm.__key, IPC_PRIVATE);
    t_err("the key is gone", shmget(KEY, 0, 0), ENOENT);
    int again = shmget(KEY, PAGE, IPC_CREAT | IPC_EXCL | 0600);
    t_check("a new segment takes the key", again >= 0 && again != id);
    t_str("the memory is still usable", p, "still here");
    t_ok("shmdt", shmdt(p));
    t_err("then the id is gone", shmctl(id, IPC_STAT, &ds), EINVAL);
    t_ok("IPC_RMID of the new one", shmctl(again, IPC_RMID, NULL));
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "nattch") == 0) {
        int id = atoi(argv[2]);
        return nattch(id) != 1 ? 1 : lpid(id) != getpid() ? 2 : 0;   // exec detached as us
    }
    self = argv[0];
    t_init("sysvshm");
    getting();
    int id = shmget(KEY, 3 * PAGE, IPC_CREAT | IPC_EXCL | 0600);
    t_check("shmget", id >= 0);
    attaching(id);
    read_only_write();
    forking(id);
    stat_fields(id);
    if (t_is_root()) {
        t_fail_count(t_as_nobody(others));
    } else {
        t_say("others: skipped (not root)");
    }
    remove_attached(id);
    return t_done();
}
