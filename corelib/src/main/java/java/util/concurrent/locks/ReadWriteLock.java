/*
 * A pair of locks: one shared by readers, one exclusive for writers.
 */
package java.util.concurrent.locks;

public interface ReadWriteLock {
    Lock readLock();

    Lock writeLock();
}
