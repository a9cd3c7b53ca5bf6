/*
 * The EnumSet implementation: bit ordinal of words[ordinal / 64] is set when the constant is
 * in the set. Iterators read each word when they reach it, so removing through the iterator
 * is safe and other changes are not reported (as the JDK's enum sets).
 */
package java.util;

final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private long[] words;
    private int size;

    RegularEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        words = new long[(universe.length + 63) >>> 6];
    }

    void addRange(E from, E to) {
        for (int i = from.ordinal(); i <= to.ordinal(); i++) {
            setBit(i);
        }
    }

    void addAll() {
        for (int i = 0; i < universe.length; i++) {
            setBit(i);
        }
    }

    void complement() {
        for (int i = 0; i < universe.length; i++) {
            if (testBit(i)) {
                clearBit(i);
            } else {
                setBit(i);
            }
        }
    }

    private boolean testBit(int i) {
        return (words[i >>> 6] & (1L << i)) != 0;
    }

    private boolean setBit(int i) {
        long old = words[i >>> 6];
        words[i >>> 6] = old | (1L << i);
        if (old != words[i >>> 6]) {
            size++;
            return true;
        }
        return false;
    }

    private boolean clearBit(int i) {
        long old = words[i >>> 6];
        words[i >>> 6] = old & ~(1L << i);
        if (old != words[i >>> 6]) {
            size--;
            return true;
        }
        return false;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private int wordIndex = 0;
            private long unseen = words.length > 0 ? words[0] : 0;
            private int lastReturned = -1;

            public boolean hasNext() {
                while (unseen == 0 && wordIndex < words.length - 1) {
                    unseen = words[++wordIndex];
                }
                return unseen != 0;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long bit = unseen & -unseen;
                unseen -= bit;
                lastReturned = (wordIndex << 6) + Long.numberOfTrailingZeros(bit);
                return (E) universe[lastReturned];
            }

            public void remove() {
                if (lastReturned < 0) {
                    throw new IllegalStateException();
                }
                clearBit(lastReturned);
                lastReturned = -1;
            }
        };
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private boolean isMember(Object e) {
        if (e == null) {
            return false;
        }
        Class<?> eClass = e.getClass();
        return eClass == elementType || eClass.getSuperclass() == elementType;
    }

    public boolean contains(Object e) {
        return isMember(e) && testBit(((Enum<?>) e).ordinal());
    }

    public boolean add(E e) {
        typeCheck(e);
        return setBit(e.ordinal());
    }

    public boolean remove(Object e) {
        return isMember(e) && clearBit(((Enum<?>) e).ordinal());
    }

    public void clear() {
        Arrays.fill(words, 0L);
        size = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof RegularEnumSet<?> es)) {
            return super.equals(o);
        }
        if (es.elementType != elementType) {
            return size == 0 && es.size == 0;
        }
        return Arrays.equals(es.words, words);
    }

    public EnumSet<E> clone() {
        RegularEnumSet<E> result = (RegularEnumSet<E>) super.clone();
        result.words = result.words.clone();
        return result;
    }
}
