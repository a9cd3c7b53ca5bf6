/* Asks for far more memory than the machine has: mmap must fail with ENOMEM or succeed lazily;
 * touching more than exists must kill this child (SIGKILL, out of memory), never the kernel. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    size_t huge = (size_t)1 << 46;   /* 64 TiB: more than the user half allows */
    void *p = mmap(NULL, huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap of 64 TiB: %s\n", p == MAP_FAILED && errno == ENOMEM ? "ENOMEM" : "mapped");
    pid_t child = fork();
    if (child == 0) {
        size_t big = (size_t)8 << 30;   /* 8 GiB, more than the guest's RAM */
        char *q = mmap(NULL, big, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (q == MAP_FAILED)
            _exit(3);
        for (size_t i = 0; i < big; i += 4096)
            q[i] = 1;
        _exit(4);
    }
    int status;
    waitpid(child, &status, 0);
    printf("toucher ended by a signal or a refusal: %s\n",
           WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 3) ? "yes" : "no");
    return 0;
}
