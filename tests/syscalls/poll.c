/*
 * poll.c - readiness: poll/ppoll, select/pselect, epoll (level and edge triggered,
 * EPOLL_CTL_ADD/MOD/DEL and their errors, timeouts) and eventfd (counter, EFD_SEMAPHORE,
 * EFD_NONBLOCK), over pipes, regular files and eventfds, including a wake-up by another
 * process. Run by tools/ctest/run on Linux and Exo-OS; output compared line by line.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void polls(void)
{
    int p[2];
    pipe(p);
    struct pollfd fds[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
    t_eq("poll: only the write end ready", poll(fds, 2, 0), 1);
    t_check("revents: none / POLLOUT", fds[0].revents == 0 && fds[1].revents == POLLOUT);
    write(p[1], "x", 1);
    t_eq("after a write both", poll(fds, 2, 0), 2);
    t_check("POLLIN on the read end", fds[0].revents == POLLIN);
    close(p[1]);
    fds[1].fd = -1; /* ignored */
    poll(fds, 2, 0);
    t_check("writer closed: POLLIN|POLLHUP", fds[0].revents == (POLLIN | POLLHUP));
    char c;
    read(p[0], &c, 1);
    poll(fds, 1, 0);
    t_check("drained: POLLHUP alone", fds[0].revents == POLLHUP);
    close(p[0]);
    poll(fds, 1, 0);
    t_check("closed fd: POLLNVAL", fds[0].revents == POLLNVAL);
    int f = open("/dev/null", O_RDWR);
    struct pollfd nul = { f, POLLIN | POLLOUT, 0 };
    poll(&nul, 1, 0);
    t_check("a device file is always ready", nul.revents == (POLLIN | POLLOUT));
    close(f);
    pipe(p);
    struct pollfd empty = { p[0], POLLIN, 0 };
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    t_eq("poll timeout 50 ms on an empty pipe", poll(&empty, 1, 50), 0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    t_check("waited at least 50 ms (and under 2 s)", ms >= 50 && ms < 2000);
    if (fork() == 0) {
        usleep(50 * 1000);
        write(p[1], "y", 1);
        _exit(0);
    }
    t_eq("poll wakes when another process writes", poll(&empty, 1, 5000), 1);
    wait(NULL);
    sigset_t none;
    sigemptyset(&none);
    struct timespec zero = { 0, 0 };
    t_eq("ppoll with a mask", ppoll(&empty, 1, &zero, &none), 1);
    t_err("poll with a bad array pointer", poll((struct pollfd *)8, 1, 0), EFAULT);
    close(p[0]);
    close(p[1]);
}

static void selects(void)
{
    int p[2];
    pipe(p);
    fd_set r, w;
    FD_ZERO(&r); FD_ZERO(&w);
    FD_SET(p[0], &r); FD_SET(p[1], &w);
    struct timeval tv = { 0, 0 };
    t_eq("select: one ready", select(p[1] + 1, &r, &w, NULL, &tv), 1);
    t_check("the write end", !FD_ISSET(p[0], &r) && FD_ISSET(p[1], &w));
    write(p[1], "x", 1);
    FD_ZERO(&r); FD_SET(p[0], &r);
    tv.tv_sec = 1;
    t_eq("select after a write", select(p[0] + 1, &r, NULL, NULL, &tv), 1);
    t_check("the read end", FD_ISSET(p[0], &r));
    FD_ZERO(&r); FD_SET(p[0], &r);
    struct timespec ts = { 0, 0 };
    t_eq("pselect", pselect(p[0] + 1, &r, NULL, NULL, &ts, NULL), 1);
    FD_ZERO(&r); FD_SET(50, &r);
    tv.tv_sec = 0;
    t_err("select on a closed fd", select(51, &r, NULL, NULL, &tv), EBADF);
    t_err("select with a negative nfds", select(-1, NULL, NULL, NULL, &tv), EINVAL);
    tv.tv_usec = 30000;
    t_eq("select as a 30 ms sleep", select(0, NULL, NULL, NULL, &tv), 0);
    close(p[0]);
    close(p[1]);
}

static void epolls(void)
{
    int ep = epoll_create1(EPOLL_CLOEXEC);
    t_check("epoll_create1", ep >= 0);
    int p[2];
    pipe(p);
    struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 77 }, out[4];
    t_ok("EPOLL_CTL_ADD (level)", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    t_err("EPOLL_CTL_ADD twice", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), EEXIST);
    t_eq("epoll_wait on nothing ready", epoll_wait(ep, out, 4, 0), 0);
    write(p[1], "ab", 2);
    t_eq("one event", epoll_wait(ep, out, 4, 0), 1);
    t_check("EPOLLIN with our data", out[0].events == EPOLLIN && out[0].data.u64 == 77);
    t_eq("level triggered: again while unread", epoll_wait(ep, out, 4, 0), 1);
    ev.events = EPOLLIN | EPOLLET;
    t_ok("EPOLL_CTL_MOD to edge triggered", epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev));
    t_eq("edge: reported once", epoll_wait(ep, out, 4, 0), 1);
    t_eq("edge: not again without new data", epoll_wait(ep, out, 4, 0), 0);
    write(p[1], "c", 1);
    t_eq("edge: new data, new event", epoll_wait(ep, out, 4, 0), 1);
    t_ok("EPOLL_CTL_DEL", epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL));
    t_err("EPOLL_CTL_DEL again", epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), ENOENT);
    t_err("EPOLL_CTL_MOD of an absent fd", epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), ENOENT);
    int f = open("/dev/null", O_RDONLY);
    char path_file[] = "regular";
    t_write_file(path_file, "x", 0644);
    int reg = open(path_file, O_RDONLY);
    t_err("epoll of a regular file", epoll_ctl(ep, EPOLL_CTL_ADD, reg, &ev), EPERM);
    t_err("epoll of itself", epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev), EINVAL);
    t_err("epoll_ctl bad op", epoll_ctl(ep, 99, p[0], &ev), EINVAL);
    t_err("epoll_wait maxevents 0", epoll_wait(ep, out, 0, 0), EINVAL);
    t_err("epoll_wait on a non-epoll fd", epoll_wait(f, out, 1, 0), EINVAL);
    close(f);
    close(reg);
    ev.events = EPOLLOUT;
    epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev);
    close(p[0]);
    t_eq("reader gone: the write end reports", epoll_wait(ep, out, 4, 0), 1);
    t_check("EPOLLOUT|EPOLLERR", out[0].events == (EPOLLOUT | EPOLLERR));
    close(p[1]);
    t_eq("closing the fd removes it from the set", epoll_wait(ep, out, 4, 20), 0);
    close(ep);
}

static void eventfds(void)
{
    uint64_t v = 0;
    int e = eventfd(3, EFD_NONBLOCK);
    t_check("eventfd", e >= 0);
    t_eq("read returns the counter", read(e, &v, 8), 8);
    t_eq("value", (long)v, 3);
    t_err("then it is zero: EAGAIN", read(e, &v, 8), EAGAIN);
    v = 5;
    write(e, &v, 8);
    v = 6;
    write(e, &v, 8);
    read(e, &v, 8);
    t_eq("writes add up", (long)v, 11);
    t_err("read into 4 bytes", read(e, &v, 4), EINVAL);
    v = UINT64_MAX;
    t_err("write of 2^64-1", write(e, &v, 8), EINVAL);
    struct pollfd pf = { e, POLLIN | POLLOUT, 0 };
    poll(&pf, 1, 0);
    t_check("poll: writable, not readable", pf.revents == POLLOUT);
    close(e);
    e = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
    read(e, &v, 8);
    t_eq("EFD_SEMAPHORE reads 1", (long)v, 1);
    read(e, &v, 8);
    t_eq("and 1 again", (long)v, 1);
    t_err("then EAGAIN", read(e, &v, 8), EAGAIN);
    int ep = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLIN, .data.fd = e }, out;
    epoll_ctl(ep, EPOLL_CTL_ADD, e, &ev);
    if (fork() == 0) {
        uint64_t one = 1;
        usleep(30 * 1000);
        write(e, &one, 8);
        _exit(0);
    }
    t_eq("epoll_wait wakes on another process's eventfd write", epoll_wait(ep, &out, 1, 5000), 1);
    wait(NULL);
    close(ep);
    close(e);
    t_err("eventfd bad flags", eventfd(0, 0x1234), EINVAL);
}

int main(void)
{
    t_init("poll");
    t_scratch();
    polls();
    selects();
    epolls();
    eventfds();
    return t_done();
}
