/*
 * loop.c - the program tools/osbench/trace/trace boots: one operation repeated, so that a
 * gdb single-step trace can start at any iteration. WHAT is getpid, pingpong (a 1-byte
 * round trip with a child through two pipes), pipeself, devzero (4 KiB reads), openclose
 * (/tmp/x), mmap (1 MiB mmap+munmap) or forkexec (fork, execve of /t/nop, wait; 40 times).
 */
#include <unistd.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <sys/mman.h>
#include <fcntl.h>
int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "getpid";
    if (!strcmp(what, "getpid")) { for (int i = 0; i < 100000; i++) syscall(SYS_getpid); }
    else if (!strcmp(what, "pingpong")) {
        int a[2], b[2]; pipe(a); pipe(b); char c = 0;
        if (fork() == 0) { for (;;) { if (read(a[0], &c, 1) != 1) _exit(0); write(b[1], &c, 1); } }
        for (int i = 0; i < 100000; i++) { write(a[1], &c, 1); read(b[0], &c, 1); }
    } else if (!strcmp(what, "pipeself")) {
        int a[2]; pipe(a); char c = 0;
        for (int i = 0; i < 100000; i++) { write(a[1], &c, 1); read(a[0], &c, 1); }
    } else if (!strcmp(what, "devzero")) {
        static char buf[4096]; int fd = open("/dev/zero", O_RDONLY);
        for (int i = 0; i < 100000; i++) read(fd, buf, 4096);
    } else if (!strcmp(what, "openclose")) {
        close(open("/tmp/x", O_CREAT|O_RDWR, 0644));
        for (int i = 0; i < 100000; i++) close(open("/tmp/x", O_RDWR));
    } else if (!strcmp(what, "forkexec")) {
        char *av[] = {"/t/nop", 0}, *ev[] = {0};
        for (int i = 0; i < 40; i++) { pid_t p = fork(); if (p == 0) { execve("/t/nop", av, ev); _exit(127); } waitpid(p, 0, 0); }
    } else if (!strcmp(what, "mmap")) {
        for (int i = 0; i < 100000; i++) { void *p = mmap(0, 1<<20, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0); munmap(p, 1<<20); }
    }
    return 0;
}
