/*
 * check.h - the small checking library of the system-call test programs (tests/syscalls).
 * Each program calls t_init, makes checks that print one deterministic line each, and ends
 * with `return t_done();`. The runner (tools/ctest/run) compares a program's whole output
 * and exit status on Linux and on Exo-OS, so a line must never contain an address, a pid, a
 * time or anything else that differs between two correct runs: print relations ("pid>1:
 * yes") and errno names instead. A failed check also says FAIL on its line and makes the
 * exit status 1, so that each program checks itself on the Linux host.
 */
#ifndef CTEST_CHECK_H
#define CTEST_CHECK_H

#include <errno.h>
#include <stddef.h>
#include <stdio.h>

/* Line-buffers stdout (so fork never duplicates pending output) and names the group. */
void t_init(const char *group);
/* Prints the summary line and returns the exit status: 0 if every check passed. */
int t_done(void);

/* `label: yes`, or `label: no FAIL` when cond is false. */
void t_check(const char *label, int cond);
/* `label: ok` when ret >= 0, else `label: ERRNO FAIL` (errno read right after the call). */
void t_ok(const char *label, long ret);
/* `label: ENAME` when the call failed with want_errno, else what happened and FAIL. */
void t_err(const char *label, long ret, int want_errno);
/* `label: GOT`, with `want WANT FAIL` appended when they differ. */
void t_eq(const char *label, long got, long want);
/* `label: "GOT"` for a string result, with FAIL when it differs from want. */
void t_str(const char *label, const char *got, const char *want);
/* An informational line (no check): printf-like, deterministic content only. */
void t_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Counts a failure found outside the helpers (e.g. reported by a child). */
void t_fail_count(int failures);

/* The symbolic name of an errno value ("ENOENT"), or "E?<n>" for one not in the table. */
const char *t_errname(int err);

/* Creates a fresh scratch directory under $TMPDIR or /tmp (mode 0755, so that a child that
 * dropped to uid 65534 can search it), enters it, and removes it again in t_done. */
void t_scratch(void);

/* Runs fn in a child process that dropped root to uid/gid 65534 (or in a child as the
 * current user when not root); the child's failed checks count in the parent. Returns the
 * number of failures the child reported. */
int t_as_nobody(void (*fn)(void));
/* Runs fn in a child (same user) and returns its failure count (fork isolation for
 * checks that may crash or change process state). */
int t_in_child(void (*fn)(void));
/* Whether the program runs as root (some checks only make sense then; say which). */
int t_is_root(void);

/* Writes all of buf or stops the program: test set-up that must not fail silently. */
void t_write_file(const char *path, const char *text, int mode);
/* Reads a whole small file into buf (NUL-terminated); returns its length or -errno. */
long t_read_file(const char *path, char *buf, size_t size);

#define T_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
