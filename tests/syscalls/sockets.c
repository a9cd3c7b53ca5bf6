/*
 * sockets.c - what the socket calls say about descriptors that are not sockets, identical on
 * a kernel with networking and on one without: EBADF for a closed or O_PATH descriptor,
 * ENOTSOCK for a file, a pipe or a directory. (Exo-OS has no address family yet: socket(2)
 * itself is EAFNOSUPPORT there, so it is not compared here.) Found by LTP's accept03 and
 * friends. Run by tools/ctest/run on Linux and Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

static void on(const char *what, int fd, int want)
{
    struct sockaddr sa = {0};
    socklen_t len = sizeof sa;
    char buf[1];
    char label[96];
    int one = 1;
#define CHECK(name, call) \
    (snprintf(label, sizeof label, "%s on %s", name, what), t_err(label, (call), want))
    CHECK("connect", connect(fd, &sa, sizeof sa));
    CHECK("accept", accept(fd, &sa, &len));
    CHECK("accept4", accept4(fd, &sa, &len, SOCK_CLOEXEC));
    CHECK("bind", bind(fd, &sa, sizeof sa));
    CHECK("listen", listen(fd, 1));
    CHECK("getsockname", getsockname(fd, &sa, &len));
    CHECK("getpeername", getpeername(fd, &sa, &len));
    CHECK("sendto", sendto(fd, "x", 1, 0, NULL, 0));
    CHECK("recvfrom", recvfrom(fd, buf, 1, MSG_DONTWAIT, NULL, NULL));
    CHECK("shutdown", shutdown(fd, SHUT_RDWR));
    CHECK("setsockopt", setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
    CHECK("getsockopt", getsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, &len));
#undef CHECK
}

int main(void)
{
    t_init("sockets");
    t_scratch();
    t_write_file("file", "data", 0644);
    int file = open("file", O_RDONLY);
    int path = open("file", O_PATH);
    int dir = open(".", O_RDONLY | O_DIRECTORY);
    int p[2];
    pipe(p);
    on("a file", file, ENOTSOCK);
    on("a directory", dir, ENOTSOCK);
    on("a pipe", p[0], ENOTSOCK);
    on("an O_PATH descriptor", path, EBADF);
    on("a closed descriptor", 999, EBADF);
    on("-1", -1, EBADF);
    return t_done();
}
