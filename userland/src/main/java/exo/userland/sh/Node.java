/*
 * The syntax tree Parser builds and Exec runs: one small class per construct of the POSIX
 * shell grammar. Words are kept as their source text (quotes included); Expander interprets
 * them when the command runs, as POSIX's expansions happen at that time.
 */
package exo.userland.sh;

import java.util.List;

abstract class Node {
    /** Line of the script where the construct starts (error messages, $LINENO). */
    int line;

    /** A simple command: assignments, words (the first names the command), redirections. */
    static final class Simple extends Node {
        final List<String> assigns;
        final List<String> words;
        final List<Redir> redirs;

        Simple(List<String> assigns, List<String> words, List<Redir> redirs) {
            this.assigns = assigns;
            this.words = words;
            this.redirs = redirs;
        }
    }

    /** cmd | cmd | ...; bang negates the status. */
    static final class Pipeline extends Node {
        final List<Node> commands;
        final boolean bang;

        Pipeline(List<Node> commands, boolean bang) {
            this.commands = commands;
            this.bang = bang;
        }
    }

    /** left && right, left || right. */
    static final class AndOr extends Node {
        final Node left, right;
        final boolean and;

        AndOr(Node left, boolean and, Node right) {
            this.left = left;
            this.and = and;
            this.right = right;
        }
    }

    /** Commands run in order (separated by ; or newlines). */
    static final class Sequence extends Node {
        final List<Node> items;

        Sequence(List<Node> items) {
            this.items = items;
        }
    }

    /** cmd & : run without waiting; text is what `jobs` shows. */
    static final class Background extends Node {
        final Node body;
        final String text;

        Background(Node body, String text) {
            this.body = body;
            this.text = text;
        }
    }

    /** ( list ) */
    static final class Subshell extends Node {
        final Node body;

        Subshell(Node body) {
            this.body = body;
        }
    }

    /** { list; } */
    static final class Group extends Node {
        final Node body;

        Group(Node body) {
            this.body = body;
        }
    }

    /** A compound command with redirections after it: `{ ...; } > file`, `while ...; done < f`. */
    static final class Redirected extends Node {
        final Node body;
        final List<Redir> redirs;

        Redirected(Node body, List<Redir> redirs) {
            this.body = body;
            this.redirs = redirs;
        }
    }

    /** if cond; then body; [elif ...] else elseBody fi (elif is a nested If in elseBody). */
    static final class If extends Node {
        final Node cond, then, otherwise;

        If(Node cond, Node then, Node otherwise) {
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }
    }

    /** while/until cond; do body; done */
    static final class Loop extends Node {
        final Node cond, body;
        final boolean until;

        Loop(Node cond, Node body, boolean until) {
            this.cond = cond;
            this.body = body;
            this.until = until;
        }
    }

    /** for var [in words]; do body; done (words null: "$@"). */
    static final class For extends Node {
        final String var;
        final List<String> words;
        final Node body;

        For(String var, List<String> words, Node body) {
            this.var = var;
            this.words = words;
            this.body = body;
        }
    }

    /** case word in pattern|pattern) body;; ... esac */
    static final class Case extends Node {
        final String word;
        final List<List<String>> patterns;
        final List<Node> bodies;   // an entry may be null (empty body)
        final List<Boolean> fallThrough;   // ;& (bash, mksh): run the next body too

        Case(String word, List<List<String>> patterns, List<Node> bodies, List<Boolean> fallThrough) {
            this.word = word;
            this.patterns = patterns;
            this.bodies = bodies;
            this.fallThrough = fallThrough;
        }
    }

    /** name() body: defines a function. */
    static final class FunctionDef extends Node {
        final String name;
        final Node body;
        final String text;

        FunctionDef(String name, Node body, String text) {
            this.name = name;
            this.body = body;
            this.text = text;
        }
    }

    /** A redirection: fd, operator, target word (here-documents: the body). */
    static final class Redir {
        static final int IN = 0, OUT = 1, APPEND = 2, CLOBBER = 3, READ_WRITE = 4, DUP_IN = 5, DUP_OUT = 6,
                HEREDOC = 7, HERESTRING = 8;

        final int fd;     // -1: the operator's default (0 or 1)
        final int op;
        String target;   // a word; for HEREDOC the body (set when the lexer reads it)
        final boolean quotedHeredoc;   // the delimiter was quoted: the body is not expanded

        Redir(int fd, int op, String target, boolean quotedHeredoc) {
            this.fd = fd;
            this.op = op;
            this.target = target;
            this.quotedHeredoc = quotedHeredoc;
        }

        int fdOrDefault() {
            if (fd >= 0) {
                return fd;
            }
            return op == IN || op == DUP_IN || op == HEREDOC || op == HERESTRING || op == READ_WRITE ? 0 : 1;
        }
    }
}
