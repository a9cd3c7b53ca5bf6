/*
 * Formatter: an explicit argument index of 0 or beyond an int ("%0$s"). Package-private as
 * in the JDK; Formatter creates it for exo.rt.FormatEngine.
 */
package java.util;

class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private final int illegalIndex;

    IllegalFormatArgumentIndexException(int index) {
        illegalIndex = index;
    }

    int getIndex() {
        return illegalIndex;
    }

    @Override
    public String getMessage() {
        if (illegalIndex == Integer.MIN_VALUE) {
            return "Format argument index: (not representable as int)";
        }
        return "Illegal format argument index = " + illegalIndex;
    }
}
