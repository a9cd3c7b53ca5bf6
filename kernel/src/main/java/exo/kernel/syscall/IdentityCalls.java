/*
 * The identity system calls: real and effective user and group ids (the setters come with
 * credential changes). Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.proc.Task;

final class IdentityCalls {
    private IdentityCalls() {}

    static long getuid(Task t) {
        return t.process.cred().uid;
    }

    static long geteuid(Task t) {
        return t.process.cred().euid;
    }

    static long getgid(Task t) {
        return t.process.cred().gid;
    }

    static long getegid(Task t) {
        return t.process.cred().egid;
    }
}
