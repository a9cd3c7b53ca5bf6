/*
 * Thrown by Stack.pop and Stack.peek on an empty stack. Carries no message, like the JDK's.
 */
package java.util;

public class EmptyStackException extends RuntimeException {
    public EmptyStackException() {
    }
}
