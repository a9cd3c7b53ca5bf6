/*
 * xattrs.c - extended attributes in the security.* and trusted.* namespaces (what tmpfs has
 * on Linux 6.1, and ext4 too): set with XATTR_CREATE/XATTR_REPLACE, get and list with the
 * size-0 query and ERANGE, remove, the l* forms on a symlink, the f* forms, an O_PATH
 * descriptor (EBADF), ENODATA, ERANGE for an empty or 256-byte name, E2BIG past 64 KiB, and as
 * nobody: EPERM to change, trusted.* hidden. Lists are printed sorted (file systems keep their
 * own order). Found by LTP's *xattr* tests. Run by tools/ctest/run on Linux and Exo-OS as root.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/xattr.h>
#include <unistd.h>

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* the names of a list, sorted and joined by commas */
static void say_list(const char *label, const char *buf, long len)
{
    const char *names[32];
    int n = 0;
    for (long i = 0; i < len && n < 32; i += strlen(buf + i) + 1) {
        names[n++] = buf + i;
    }
    qsort(names, n, sizeof names[0], cmp);
    char out[512] = "";
    for (int i = 0; i < n; i++) {
        strcat(out, i ? "," : "");
        strcat(out, names[i]);
    }
    t_say("%s: %s", label, out);
}

static void as_nobody(void)
{
    char buf[256];
    t_err("setxattr as nobody", setxattr("f", "security.n", "1", 1, 0), EPERM);
    t_err("removexattr as nobody", removexattr("f", "security.a"), EPERM);
    t_err("getxattr trusted.* as nobody", getxattr("f", "trusted.b", buf, sizeof buf), ENODATA);
    long len = listxattr("f", buf, sizeof buf);
    t_check("listxattr as nobody", len > 0);
    say_list("names nobody sees", buf, len > 0 ? len : 0);
}

int main(void)
{
    t_init("xattrs");
    t_scratch();
    t_write_file("f", "data", 0644);
    symlink("f", "l");
    char buf[256];
    t_ok("setxattr security.a", setxattr("f", "security.a", "one", 3, 0));
    t_ok("setxattr trusted.b XATTR_CREATE", setxattr("f", "trusted.b", "two", 3, XATTR_CREATE));
    t_err("XATTR_CREATE of an existing name", setxattr("f", "security.a", "x", 1, XATTR_CREATE), EEXIST);
    t_err("XATTR_REPLACE of a missing name", setxattr("f", "security.c", "x", 1, XATTR_REPLACE), ENODATA);
    t_ok("XATTR_REPLACE", setxattr("f", "security.a", "three", 5, XATTR_REPLACE));
    t_err("bad flags", setxattr("f", "security.a", "x", 1, 8), EINVAL);
    t_err("empty name", setxattr("f", "", "x", 1, 0), ERANGE);
    char longname[300];
    memset(longname, 'n', sizeof longname);
    memcpy(longname, "security.", 9);
    longname[256] = 0;
    t_err("256-byte name", setxattr("f", longname, "x", 1, 0), ERANGE);
    static char big[65537];
    t_err("value of 64 KiB + 1", setxattr("f", "security.big", big, sizeof big, 0), E2BIG);
    t_eq("getxattr size query", getxattr("f", "security.a", NULL, 0), 5);
    t_err("getxattr into 2 bytes", getxattr("f", "security.a", buf, 2), ERANGE);
    long n = getxattr("f", "security.a", buf, sizeof buf);
    t_check("getxattr value", n == 5 && memcmp(buf, "three", 5) == 0);
    t_err("getxattr of a missing name", getxattr("f", "security.none", buf, sizeof buf), ENODATA);
    t_err("getxattr of a missing file", getxattr("nofile", "security.a", buf, sizeof buf), ENOENT);
    long len = listxattr("f", NULL, 0);
    t_check("listxattr size query > 0", len > 0);
    t_err("listxattr into 1 byte", listxattr("f", buf, 1), ERANGE);
    len = listxattr("f", buf, sizeof buf);
    say_list("names", buf, len > 0 ? len : 0);
    t_ok("lsetxattr on the symlink", lsetxattr("l", "trusted.link", "L", 1, 0));
    len = llistxattr("l", buf, sizeof buf);
    say_list("names on the link", buf, len > 0 ? len : 0);
    t_eq("lgetxattr", lgetxattr("l", "trusted.link", buf, sizeof buf), 1);
    t_err("getxattr through the link", getxattr("l", "trusted.link", buf, sizeof buf), ENODATA);
    int fd = open("f", O_RDWR);
    t_ok("fsetxattr", fsetxattr(fd, "security.fd", "F", 1, 0));
    t_eq("fgetxattr", fgetxattr(fd, "security.fd", buf, sizeof buf), 1);
    len = flistxattr(fd, buf, sizeof buf);
    say_list("flistxattr", buf, len > 0 ? len : 0);
    t_ok("fremovexattr", fremovexattr(fd, "security.fd"));
    t_err("fremovexattr again", fremovexattr(fd, "security.fd"), ENODATA);
    int path = open("f", O_PATH);
    t_err("fgetxattr on O_PATH", fgetxattr(path, "security.a", buf, sizeof buf), EBADF);
    t_err("fgetxattr on a closed fd", fgetxattr(999, "security.a", buf, sizeof buf), EBADF);
    if (t_is_root()) {
        t_as_nobody(as_nobody);
    }
    t_ok("removexattr", removexattr("f", "security.a"));
    t_err("removexattr again", removexattr("f", "security.a"), ENODATA);
    close(fd);
    close(path);
    return t_done();
}
