/*
 * The page allowance of a file system (tmpfs's size= limit): the page cache takes one page of
 * allowance before allocating a frame and gives it back when the page is freed, so a full file
 * system fails the write with ENOSPC before touching memory.
 */
package exo.kernel.fs.page;

public interface PageBudget {
    /** Takes one page of allowance; false when the file system is full. */
    boolean take();

    void give(long pages);
}
