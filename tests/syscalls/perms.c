/*
 * perms.c - permissions: umask, chmod/fchmod/fchmodat, chown/fchown/lchown, access/faccessat,
 * and what a process without privileges is refused (EACCES, EPERM). The unprivileged checks
 * run in a child that drops to uid/gid 65534 when started as root (t_as_nobody), against
 * files of mode 0000 and directories without r, w or x, so that they mean the same whether
 * the program started as root or not. Run by tools/ctest/run on Linux and Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static mode_t mode_of(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0 ? st.st_mode & 07777 : 0177777;
}

static void umask_and_chmod(void)
{
    t_eq("umask returns the previous mask (octal 022 = 18)", umask(027), 022);
    int fd = open("u", O_CREAT | O_WRONLY, 0666);
    close(fd);
    t_eq("file created 0666 under umask 027 (0640 = 416)", mode_of("u"), 0640);
    mkdir("ud", 0777);
    t_eq("directory created 0777 under umask 027 (0750 = 488)", mode_of("ud"), 0750);
    umask(022);
    t_ok("chmod 0600", chmod("u", 0600));
    t_eq("mode (0600 = 384)", mode_of("u"), 0600);
    fd = open("u", O_RDONLY);
    t_ok("fchmod 04755", fchmod(fd, 04755));
    t_eq("mode with setuid (04755 = 2541)", mode_of("u"), 04755);
    close(fd);
    t_ok("fchmodat 0444", fchmodat(AT_FDCWD, "u", 0444, 0));
    t_eq("mode (0444 = 292)", mode_of("u"), 0444);
    t_err("chmod a missing file", chmod("none", 0644), ENOENT);
    t_err("fchmod a bad fd", fchmod(99, 0644), EBADF);
    symlink("u", "ul");
    t_ok("lchown of a symlink to ourselves", lchown("ul", geteuid(), getegid()));
    t_ok("chown to ourselves (-1 keeps)", chown("u", (uid_t)-1, (gid_t)-1));
    t_ok("fchown to ourselves", fchown(fd = open("u", O_RDONLY), geteuid(), getegid()));
    close(fd);
}

static void access_checks(void)
{
    t_write_file("rw", "x", 0644);
    t_ok("access F_OK", access("rw", F_OK));
    t_ok("access R_OK|W_OK", access("rw", R_OK | W_OK));
    t_err("access X_OK on a 0644 file (even root needs an x bit)", access("rw", X_OK), EACCES);
    t_err("access of a missing file", access("none", F_OK), ENOENT);
    t_err("access bad mode", access("rw", 0100), EINVAL);
    t_ok("faccessat AT_EACCESS", faccessat(AT_FDCWD, "rw", R_OK, AT_EACCESS));
}

/* Set-up for the unprivileged child: things it must not be able to touch. */
static void make_forbidden(void)
{
    t_write_file("locked", "secret", 0644);
    chmod("locked", 0);
    mkdir("noexec", 0755);
    t_write_file("noexec/inner", "x", 0644);
    chmod("noexec", 0600);  /* no search permission for anyone but root */
    mkdir("noread", 0311);  /* search and write but not list */
    mkdir("nowrite", 0555);
    t_write_file("mine", "x", 0644);
    chmod(".", 0777);       /* the child may create its own files here */
}

static void unprivileged(void)
{
    char buf[8];
    t_err("open a mode-0000 file for reading", open("locked", O_RDONLY), EACCES);
    t_err("open it for writing", open("locked", O_WRONLY), EACCES);
    t_err("access R_OK on it", access("locked", R_OK), EACCES);
    t_err("a path through a directory without x", open("noexec/inner", O_RDONLY), EACCES);
    t_err("stat through it", access("noexec/inner", F_OK), EACCES);
    t_err("list a directory without r", open("noread", O_RDONLY | O_DIRECTORY), EACCES);
    t_err("create in a directory without w", open("nowrite/new", O_CREAT | O_WRONLY, 0644), EACCES);
    t_err("mkdir in it", mkdir("nowrite/new", 0755), EACCES);
    t_err("chdir into a directory without x", chdir("noexec"), EACCES);
    t_err("exec a non-executable file", execve("./mine", (char *[]){ "mine", NULL }, (char *[]){ NULL }), EACCES);
    t_err("truncate a mode-0000 file", truncate("locked", 0), EACCES);
    int fd = open("own", O_CREAT | O_WRONLY, 0600);
    t_check("but it can create its own file in a 0777 directory", fd >= 0);
    t_ok("and write it", write(fd, "me", 2));
    close(fd);
    t_ok("chmod its own file", chmod("own", 0644));
    t_eq("read it back", t_read_file("own", buf, sizeof buf), 2);
    t_err("setuid(0)", setuid(0), EPERM);
    t_err("kill init (pid 1)", kill(1, 0), EPERM);
}

/* Checks that only mean something when the program started as root (it owns the files). */
static void root_only(void)
{
    t_err("chmod a file owned by root", chmod("locked", 0644), EPERM);
    t_err("chown a file to ourselves", chown("locked", getuid(), getgid()), EPERM);
    t_err("utimensat with explicit times on a file not ours",
          utimensat(AT_FDCWD, "locked", (struct timespec[]){ { 1, 0 }, { 1, 0 } }, 0), EPERM);
}

static void as_root(void)
{
    struct stat st;
    if (!t_is_root()) {
        t_say("root checks: not root, skipped");
        return;
    }
    t_ok("root reads a mode-0000 file", access("locked", R_OK | W_OK));
    t_ok("root chowns a file to 65534", chown("mine", 65534, 65534));
    stat("mine", &st);
    t_check("owner and group read back", st.st_uid == 65534 && st.st_gid == 65534);
    chmod("mine", 06755);
    chown("mine", 65534, 65534);
    t_eq("chown clears setuid/setgid (0755 = 493)", mode_of("mine"), 0755);
    t_as_nobody(root_only);
}

int main(void)
{
    t_init("perms");
    umask(022);
    t_scratch();
    umask_and_chmod();
    access_checks();
    make_forbidden();
    t_as_nobody(unprivileged);
    as_root();
    /* give the owner its rights back so that t_done can remove the scratch directory */
    chmod("noexec", 0755), chmod("noread", 0755), chmod("nowrite", 0755);
    return t_done();
}
