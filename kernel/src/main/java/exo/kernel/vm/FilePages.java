/*
 * What a file mapping needs from the file layer: the frame holding one page of the file
 * (reading it in if need be), with a reference taken for the mapping, and the file's size so a
 * fault past its end becomes SIGBUS. The process layer implements it over the file layer's
 * page cache; anonymous shared memory (MAP_SHARED|MAP_ANONYMOUS) is a file of its own.
 */
package exo.kernel.vm;

public interface FilePages {
    /** Physical address of the frame for page `index`, with one reference for the caller; -errno. */
    long pageFrame(long index);

    /** The file's size in bytes now. */
    long size();
}
