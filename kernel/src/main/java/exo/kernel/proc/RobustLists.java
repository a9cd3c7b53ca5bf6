/*
 * Robust futexes (set_robust_list(2), get_robust_list(2), the kernel's
 * Documentation/locking/robust-futex-ABI): a thread registers the head of a list, in its own
 * memory, of the locks it holds; when the thread ends (exit, a fatal signal, or execve), the
 * kernel walks that list and marks each lock word the thread still owns with FUTEX_OWNER_DIED,
 * keeping FUTEX_WAITERS, and wakes one waiter, so a lock whose owner died is not held forever
 * (pthread_mutex_lock then returns EOWNERDEAD). The head is three words: the first entry (the
 * list is circular, ending at the head), futex_offset (from an entry to its lock word) and
 * list_op_pending (an entry being added or removed). The low bit of an entry marks a
 * priority-inheritance lock, whose waiters PiFutexes hands the lock to. The walk reads user
 * memory only through uaccess and stops at a bad pointer or after ROBUST_LIST_LIMIT entries
 * (a cycle). Called by Exits.exitThread and Exec.
 */
package exo.kernel.proc;

import exo.kernel.uaccess.UserAtomics;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.vm.AddressSpace;

public final class RobustLists {
    private RobustLists() {}

    public static final int FUTEX_WAITERS = 0x8000_0000;
    public static final int FUTEX_OWNER_DIED = 0x4000_0000;
    public static final int FUTEX_TID_MASK = 0x3FFF_FFFF;
    /** sizeof(struct robust_list_head): what set_robust_list's len must be. */
    public static final long HEAD_BYTES = 24;
    /** Linux's ROBUST_LIST_LIMIT: the walk's bound, which also ends a cyclic list. */
    static final int ROBUST_LIST_LIMIT = 2048;

    /** Walks t's robust list, if it registered one, and forgets it (exit and exec). */
    public static void release(Task t) {
        long head = t.robustListHead;
        if (head == 0) {
            return;
        }
        t.setRobustList(0, 0);
        AddressSpace mm = t.process.mm();
        boolean[] ok = {true};
        long entry = UserMemory.readLong(mm, head, ok);
        long offset = UserMemory.readLong(mm, head + 8, ok);
        long pending = UserMemory.readLong(mm, head + 16, ok);
        if (!ok[0]) {
            return;
        }
        for (int n = 0; entry != head && n < ROBUST_LIST_LIMIT; n++) {
            long next = UserMemory.readLong(mm, entry & ~1L, ok);
            if (!ok[0]) {
                return;
            }
            if (entry != pending) {   // the pending one is handled last, once
                ownerDied(t, mm, (entry & ~1L) + offset, (entry & 1) != 0);
            }
            entry = next;
        }
        if (pending != 0) {
            ownerDied(t, mm, (pending & ~1L) + offset, (pending & 1) != 0);
        }
    }

    /**
     * The lock word at uaddr, if t holds it, becomes "owner died" (FUTEX_WAITERS kept) and one
     * waiter is woken (for a PI lock, handed the lock). A word t does not own is left alone.
     */
    static void ownerDied(Task t, AddressSpace mm, long uaddr, boolean pi) {
        for (int attempt = 0; attempt < 16; attempt++) {   // the user may change the word meanwhile
            long found = UserAtomics.read32(mm, uaddr);
            if (found < 0 || ((int) found & FUTEX_TID_MASK) != t.tid) {
                return;
            }
            int old = (int) found;
            int dead = (old & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
            if (UserAtomics.compareAndSwap32(mm, uaddr, old, dead) != found) {
                continue;
            }
            if (pi) {
                PiFutexes.handOffDead(mm, uaddr);
            } else if ((old & FUTEX_WAITERS) != 0) {
                // Linux wakes with a shared key. A private waiter on the same word is woken
                // too: a spurious wake-up, which every futex user must tolerate, rather than a
                // waiter left asleep until its timeout.
                Futexes.wake(mm, uaddr, 1, Futexes.BITSET_ALL, true);
                Futexes.wake(mm, uaddr, 1, Futexes.BITSET_ALL, false);
            }
            return;
        }
    }
}
