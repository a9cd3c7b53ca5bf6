/* The natural ordering of a class (used by sorting and TreeMap). */
package java.lang;

public interface Comparable<T> {
    int compareTo(T o);
}
