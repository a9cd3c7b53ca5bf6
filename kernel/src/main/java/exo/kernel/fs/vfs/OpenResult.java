/*
 * What an open returns: the new open file, or the negative errno that prevented it.
 */
package exo.kernel.fs.vfs;

public final class OpenResult {
    public final OpenFile file;
    public final int error;

    private OpenResult(OpenFile file, int error) {
        this.file = file;
        this.error = error;
    }

    public static OpenResult of(OpenFile f) {
        return new OpenResult(f, 0);
    }

    public static OpenResult fail(int negErrno) {
        return new OpenResult(null, negErrno);
    }

    public boolean ok() {
        return file != null;
    }
}
