/*
 * What a file mapping needs from the file layer: the frame holding one page of the file (the
 * page cache's own frame, so that every mapping and read() see the same bytes), with a
 * reference taken for the mapping, and the file's size so a fault past its end becomes SIGBUS.
 * Each region that maps the file holds it (retain/release), so the file stays open while
 * mapped even after its descriptor is closed. MappedFile implements it over an open file.
 */
package exo.kernel.vm;

public interface FilePages {
    /** Physical address of the frame for page `index`, with one reference for the caller; -errno. */
    long pageFrame(long index);

    /**
     * Fault-around: for each i < count with frames[i] == 0, the frame of page firstIndex + i if
     * the file has it in its cache already (no allocation, no I/O), with one reference for the
     * caller, else -1; other entries are left alone. By default nothing is cached.
     */
    default void cachedFrames(long firstIndex, long[] frames, int count) {
        for (int i = 0; i < count; i++) {
            if (frames[i] == 0) {
                frames[i] = -1;
            }
        }
    }

    /** The file's size in bytes now. */
    long size();

    /** One more region maps the file (a split, fork). */
    void retain();

    /** A region mapping the file is gone; the last one closes it. */
    void release();
}
