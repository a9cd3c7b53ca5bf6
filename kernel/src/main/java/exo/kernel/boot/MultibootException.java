/*
 * A multiboot2 information structure that cannot be trusted (truncated, misaligned, sizes that
 * run past the end, no end tag). Thrown by Multiboot2.parse with a message that says where the
 * structure went wrong; Boot turns it into a panic with that message.
 */
package exo.kernel.boot;

public final class MultibootException extends RuntimeException {
    public MultibootException(String message) {
        super(message);
    }
}
