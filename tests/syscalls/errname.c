/*
 * errname.c - errno values to their symbolic names for the test output (check.h's
 * t_errname): names, not strerror texts, so that the lines do not depend on a C library's
 * wording.
 */
#include "check.h"

#include <stdio.h>

struct errname {
    int value;
    const char *name;
};

#define E(x) { x, #x }
static const struct errname NAMES[] = {
    E(EPERM), E(ENOENT), E(ESRCH), E(EINTR), E(EIO), E(ENXIO), E(E2BIG), E(ENOEXEC),
    E(EBADF), E(ECHILD), E(EAGAIN), E(ENOMEM), E(EACCES), E(EFAULT), E(ENOTBLK), E(EBUSY),
    E(EEXIST), E(EXDEV), E(ENODEV), E(ENOTDIR), E(EISDIR), E(EINVAL), E(ENFILE), E(EMFILE),
    E(ENOTTY), E(ETXTBSY), E(EFBIG), E(ENOSPC), E(ESPIPE), E(EROFS), E(EMLINK), E(EPIPE),
    E(EDOM), E(ERANGE), E(EDEADLK), E(ENAMETOOLONG), E(ENOLCK), E(ENOSYS), E(ENOTEMPTY),
    E(ELOOP), E(ENOMSG), E(ENODATA), E(ETIME), E(EOVERFLOW), E(EBADFD), E(ENOTSOCK),
    E(EOPNOTSUPP), E(ETIMEDOUT), E(EALREADY), E(EINPROGRESS), E(ECANCELED),
    E(EOWNERDEAD), E(ENOTRECOVERABLE),
};

const char *t_errname(int err)
{
    static char unknown[16];
    for (size_t i = 0; i < T_ARRAY_LEN(NAMES); i++)
        if (NAMES[i].value == err)
            return NAMES[i].name;
    snprintf(unknown, sizeof unknown, "E?%d", err);
    return unknown;
}
