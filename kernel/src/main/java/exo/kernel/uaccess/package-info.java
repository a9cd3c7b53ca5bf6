/**
 * User-space pointers and the only code that may turn them into addresses: UserAddr (a word
 * type whose raw value is package-private) and the range check of every user access. The
 * checked copy-in/copy-out of system calls goes here.
 */
package exo.kernel.uaccess;
