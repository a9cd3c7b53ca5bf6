/*
 * An error while running a command (bad substitution, unset parameter with `set -u`, a
 * readonly variable, a failed redirection of a special builtin...). The shell prints it and
 * sets the status; when exits is true a non-interactive shell then exits, as POSIX's table
 * of "consequences of shell errors" says.
 */
package exo.userland.sh;

class ShellError extends RuntimeException {
    final int status;
    final boolean exits;

    ShellError(String message, int status, boolean exits) {
        super(message);
        this.status = status;
        this.exits = exits;
    }
}
