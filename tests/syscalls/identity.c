/*
 * identity.c - who and what the process is: uid/gid getters and setters (the setters in a
 * child that drops from root to 65534), supplementary groups, getrlimit/setrlimit/prlimit64
 * (RLIMIT_NOFILE, RLIMIT_STACK, RLIMIT_AS, RLIMIT_NPROC) and their errors, umask, the stable
 * uname fields, prctl PR_SET_NAME/PR_GET_NAME, getrandom, sched_getaffinity, sched_yield,
 * arch_prctl. Run by tools/ctest/run on Linux and Exo-OS; output compared line by line.
 */
#define _GNU_SOURCE
#include "check.h"

#include <grp.h>
#include <sched.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

enum { ARCH_GET_FS_CODE = 0x1003 };

static void ids(void)
{
    uid_t r, e, s;
    gid_t gr, ge, gs;
    t_check("getuid()==geteuid()", getuid() == geteuid());
    t_check("getgid()==getegid()", getgid() == getegid());
    t_ok("getresuid", getresuid(&r, &e, &s));
    t_check("real==effective==saved uid", r == e && e == s && r == getuid());
    t_ok("getresgid", getresgid(&gr, &ge, &gs));
    t_check("real==effective==saved gid", gr == ge && ge == gs);
    t_check("getgroups count >= 0", getgroups(0, NULL) >= 0);
}

/* In a child: root drops to 65534 step by step; a non-root user checks the EPERMs only. */
static void drop(void)
{
    if (t_is_root()) {
        gid_t g = 65534;
        t_ok("setgroups to one group", setgroups(1, &g));
        t_eq("getgroups", getgroups(0, NULL), 1);
        t_ok("setresgid 65534", setresgid(65534, 65534, 65534));
        t_ok("setreuid(65534, 65534)", setreuid(65534, 65534));
        uid_t r, e, s;
        getresuid(&r, &e, &s);
        t_check("all three uids 65534", r == 65534 && e == 65534 && s == 65534);
    } else {
        t_say("drop: started unprivileged");
        t_say("drop: 5 steps skipped");
    }
    t_err("setuid(0) afterwards", setuid(0), EPERM);
    t_err("setgid(0)", setgid(0), EPERM);
    gid_t zero = 0;
    t_err("setgroups", setgroups(1, &zero), EPERM);
    t_ok("setuid to our own uid", setuid(getuid()));
}

static void limits(void)
{
    struct rlimit rl, old;
    t_ok("getrlimit RLIMIT_NOFILE", getrlimit(RLIMIT_NOFILE, &rl));
    t_check("soft <= hard, soft >= 64", rl.rlim_cur <= rl.rlim_max && rl.rlim_cur >= 64);
    old = rl;
    rl.rlim_cur = 100;
    t_ok("lower the soft limit to 100", setrlimit(RLIMIT_NOFILE, &rl));
    getrlimit(RLIMIT_NOFILE, &rl);
    t_eq("reads back", (long)rl.rlim_cur, 100);
    t_eq("dup2 to fd 99 allowed", dup2(0, 99), 99);
    t_err("dup2 to fd 100 refused", dup2(0, 100), EBADF);
    close(99);
    rl.rlim_cur = rl.rlim_max + 1;
    t_err("soft above hard", setrlimit(RLIMIT_NOFILE, &rl), EINVAL);
    setrlimit(RLIMIT_NOFILE, &old);
    t_err("unknown resource", getrlimit(12345, &rl), EINVAL);
    t_ok("getrlimit RLIMIT_STACK", getrlimit(RLIMIT_STACK, &rl));
    t_check("stack soft limit >= 1 MiB", rl.rlim_cur >= (1 << 20));
    struct rlimit64_like {
        uint64_t cur, max;
    } p64;
    t_ok("prlimit64 read RLIMIT_NPROC", syscall(SYS_prlimit64, 0, RLIMIT_NPROC, NULL, &p64));
    t_check("nproc soft <= hard", p64.cur <= p64.max);
    t_err("prlimit64 of no such pid", syscall(SYS_prlimit64, 0x3fffffff, RLIMIT_NOFILE, NULL, &p64), ESRCH);
}

static void address_space_limit(void)
{
    struct rlimit rl = { 256u << 20, 256u << 20 };
    t_ok("RLIMIT_AS 256 MiB", setrlimit(RLIMIT_AS, &rl));
    void *p = mmap(NULL, 512u << 20, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    t_err("mmap of 512 MiB then fails", p == MAP_FAILED ? -1 : 0, ENOMEM);
}

static void raise_hard_limit(void)
{
    struct rlimit rl;
    getrlimit(RLIMIT_NOFILE, &rl);
    rl.rlim_max = rl.rlim_max - 1;
    rl.rlim_cur = rl.rlim_max;
    t_ok("lower the hard limit", setrlimit(RLIMIT_NOFILE, &rl));
    rl.rlim_max++;
    t_err("raising it again unprivileged", setrlimit(RLIMIT_NOFILE, &rl), EPERM);
}

static void system_info(void)
{
    struct utsname u;
    t_ok("uname", uname(&u));
    t_str("sysname", u.sysname, "Linux");
    t_str("machine", u.machine, "x86_64");
    t_check("release non-empty, starts with a digit", u.release[0] >= '0' && u.release[0] <= '9');
    t_check("nodename non-empty", u.nodename[0] != 0);
    t_eq("umask(077) returns the old mask 022", umask(077), 022);
    t_eq("umask back", umask(022), 077);
    char name[16];
    t_ok("prctl PR_SET_NAME", prctl(PR_SET_NAME, "ctest-name-1234567890"));
    t_ok("prctl PR_GET_NAME", prctl(PR_GET_NAME, name));
    t_str("name (15 characters kept)", name, "ctest-name-1234");
    t_err("prctl unknown option", prctl(0x7fff0000, 0, 0, 0, 0), EINVAL);
    unsigned char r1[32], r2[32];
    t_eq("getrandom 32 bytes", getrandom(r1, sizeof r1, 0), 32);
    getrandom(r2, sizeof r2, 0);
    t_check("two draws differ", memcmp(r1, r2, sizeof r1) != 0);
    t_err("getrandom bad flags", getrandom(r1, 8, 0x100), EINVAL);
    cpu_set_t set;
    t_ok("sched_getaffinity", sched_getaffinity(0, sizeof set, &set));
    t_check("at least one CPU", CPU_COUNT(&set) >= 1);
    t_ok("sched_yield", sched_yield());
    t_check("page size 4096", sysconf(_SC_PAGESIZE) == 4096);
    unsigned long fs = 0;
    t_ok("arch_prctl ARCH_GET_FS", syscall(SYS_arch_prctl, ARCH_GET_FS_CODE, &fs));
    t_check("FS base is our thread pointer", fs != 0 && *(unsigned long *)fs == fs);
    t_err("arch_prctl unknown code", syscall(SYS_arch_prctl, 0x9999, 0), EINVAL);
    t_ok("set_tid_address returns our tid", syscall(SYS_set_tid_address, NULL) == syscall(SYS_gettid) ? 0 : -1);
}

int main(void)
{
    t_init("identity");
    umask(022);
    ids();
    t_in_child(drop);
    limits();
    t_in_child(address_space_limit);
    t_as_nobody(raise_hard_limit);
    system_info();
    return t_done();
}
