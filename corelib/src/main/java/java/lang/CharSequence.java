/*
 * A readable sequence of chars: String, StringBuilder and StringBuffer implement it.
 * chars()/codePoints() read it lazily, as the JDK's do.
 */
package java.lang;

public interface CharSequence {
    int length();

    char charAt(int index);

    default boolean isEmpty() {
        return this.length() == 0;
    }

    CharSequence subSequence(int start, int end);

    String toString();

    default java.util.stream.IntStream chars() {
        return java.util.stream.Sources.ofInts(new java.util.PrimitiveIterator.OfInt() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < length();
            }

            @Override
            public int nextInt() {
                if (index >= length()) {
                    throw new java.util.NoSuchElementException();
                }
                return charAt(index++);
            }
        });
    }

    default java.util.stream.IntStream codePoints() {
        return java.util.stream.Sources.ofInts(new java.util.PrimitiveIterator.OfInt() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < length();
            }

            @Override
            public int nextInt() {
                if (index >= length()) {
                    throw new java.util.NoSuchElementException();
                }
                int cp = Character.codePointAt(CharSequence.this, index);
                index += Character.charCount(cp);
                return cp;
            }
        });
    }

    /** Lexicographic comparison by char values, as String.compareTo. */
    static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }
}
