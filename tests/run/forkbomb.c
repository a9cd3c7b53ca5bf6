/* Forks until the kernel says EAGAIN (the process/thread limit), then reaps everything: the
 * kernel must stay up and answer. Prints only what is the same on any system. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    int made = 0, err = 0;
    for (int i = 0; i < 100000; i++) {
        pid_t p = fork();
        if (p == 0) {
            pause();
            _exit(0);
        }
        if (p < 0) {
            err = errno;
            break;
        }
        made++;
    }
    printf("fork stopped with EAGAIN: %s\n", err == EAGAIN ? "yes" : "no");
    printf("made some children first: %s\n", made > 0 ? "yes" : "no");
    signal(SIGTERM, SIG_IGN);   /* the children keep the default: killed */
    kill(0, SIGTERM);
    int reaped = 0;
    while (wait(NULL) > 0)
        reaped++;
    printf("every child reaped: %s\n", reaped == made ? "yes" : "no");
    pid_t again = fork();   /* the kernel took its resources back */
    if (again == 0)
        _exit(0);
    printf("fork works again: %s\n", again > 0 && waitpid(again, NULL, 0) == again ? "yes" : "no");
    return 0;
}
