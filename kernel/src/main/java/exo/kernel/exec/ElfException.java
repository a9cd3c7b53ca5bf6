/*
 * An ELF file that ElfImage refuses, with Linux's errno for it (ENOEXEC for a foreign,
 * truncated or malformed file; EINVAL or ENOMEM where Linux's loader gives those) and a
 * message naming the field and the value that failed.
 */
package exo.kernel.exec;

public final class ElfException extends ExecException {
    public ElfException(int errno, String message) {
        super(errno, message);
    }
}
