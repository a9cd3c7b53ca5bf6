/*
 * The base class of every record. exoc generates the equals/hashCode/toString bodies
 * (javac emits them as ObjectMethods bootstrap calls); this class only declares them abstract.
 */
package java.lang;

public abstract class Record {
    protected Record() {}

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
