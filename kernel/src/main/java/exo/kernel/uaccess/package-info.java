/**
 * User memory: UserMemory, UserStrings and UserBuffer copy between user ranges and the kernel
 * with every access checked; UserAddr is the typed user pointer (a word type whose raw value
 * only this package reads), so that code outside it cannot dereference one.
 */
package exo.kernel.uaccess;
