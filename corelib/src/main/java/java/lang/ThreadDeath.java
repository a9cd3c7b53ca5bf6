/*
 * Thrown by the deprecated Thread.stop in the JDK; kept so that ThreadGroup's default handling
 * can name it (nothing in exoc's runtime throws it).
 */
package java.lang;

public class ThreadDeath extends Error {
    public ThreadDeath() {
        super();
    }
}
