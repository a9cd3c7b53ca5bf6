/* A task with no argument and no result; lambdas often implement it. */
package java.lang;

@FunctionalInterface
public interface Runnable {
    void run();
}
