/*
 * Checks exo.rt.Unicode (behind java.lang.Character in compiled programs) against the host
 * JDK 17 for every char of the BMP: each classification, both case mappings, digit in every
 * radix, and getNumericValue where ours claims exactness (ASCII, Latin-1, Nd digits).
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

class UnicodeTest {
    private static final String CLASS = "exo.rt.Unicode";
    private final List<String> failures = new ArrayList<>();

    private static MethodHandle method(String name, Class<?> ret, Class<?>... params) throws Exception {
        return CorelibClasses.staticMethod(CLASS, name, ret, params);
    }

    private void fail(String message) {
        if (failures.size() < 30) {
            failures.add(message);
        }
    }

    private void predicate(String name, IntPredicate jdk) throws Throwable {
        MethodHandle ours = method(name, boolean.class, int.class);
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean o = (boolean) ours.invokeExact(c);
            if (o != jdk.test(c)) {
                fail(name + "(U+" + Integer.toHexString(c) + "): ours " + o);
            }
        }
    }

    private void mapping(String name, IntUnaryOperator jdk) throws Throwable {
        MethodHandle ours = method(name, int.class, int.class);
        for (int c = 0; c <= 0xFFFF; c++) {
            int o = (int) ours.invokeExact(c);
            if (o != jdk.applyAsInt((char) c)) {
                fail(name + "(U+" + Integer.toHexString(c) + "): ours U+" + Integer.toHexString(o));
            }
        }
    }

    private void assertNoFailures() {
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void classificationMatchesTheJdkOnTheBmp() throws Throwable {
        predicate("isLetter", Character::isLetter);
        predicate("isDigit", Character::isDigit);
        predicate("isUpperCase", Character::isUpperCase);
        predicate("isLowerCase", Character::isLowerCase);
        predicate("isTitleCase", Character::isTitleCase);
        predicate("isAlphabetic", Character::isAlphabetic);
        predicate("isIdeographic", Character::isIdeographic);
        predicate("isJavaIdentifierStart", Character::isJavaIdentifierStart);
        predicate("isJavaIdentifierPart", Character::isJavaIdentifierPart);
        predicate("isSpaceChar", Character::isSpaceChar);
        predicate("isWhitespace", Character::isWhitespace);
        predicate("isDefined", Character::isDefined);
        assertNoFailures();
    }

    @Test
    void caseMappingMatchesTheJdkOnTheBmp() throws Throwable {
        // The char overloads of the JDK, which is what String and Character(char) use.
        mapping("toUpperCase", c -> Character.toUpperCase((char) c));
        mapping("toLowerCase", c -> Character.toLowerCase((char) c));
        assertNoFailures();
    }

    @Test
    void digitsMatchTheJdk() throws Throwable {
        MethodHandle digit = method("digit", int.class, int.class, int.class);
        for (int radix = -1; radix <= 40; radix++) {
            for (int c = 0; c <= 0xFFFF; c++) {
                int o = (int) digit.invokeExact(c, radix);
                if (o != Character.digit(c, radix)) {
                    fail("digit(U+" + Integer.toHexString(c) + ", " + radix + "): ours " + o);
                }
            }
        }
        MethodHandle numeric = method("getNumericValue", int.class, int.class);
        for (int c = 0; c <= 0xFFFF; c++) {
            if (c < 0x100 || Character.isDigit(c) || (c >= 0xFF10 && c <= 0xFF5A && Character.isLetterOrDigit(c))) {
                int o = (int) numeric.invokeExact(c);
                if (o != Character.getNumericValue(c)) {
                    fail("getNumericValue(U+" + Integer.toHexString(c) + "): ours " + o);
                }
            }
        }
        assertNoFailures();
    }

    @Test
    void supplementaryIdeographsAreLetters() throws Throwable {
        MethodHandle isLetter = method("isLetter", boolean.class, int.class);
        for (int cp : new int[] {0x20000, 0x2A6DD, 0x2B740, 0x30000}) {
            assertTrue((boolean) isLetter.invokeExact(cp) && Character.isLetter(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void generalCategoryMatchesTheJdkEverywhere() throws Throwable {
        MethodHandle getType = CorelibClasses.staticMethod("exo.rt.CharType", "getType", int.class, int.class);
        for (int c = -1; c <= 0x110000; c++) {
            int o = (int) getType.invokeExact(c);
            if (o != Character.getType(c)) {
                fail("getType(U+" + Integer.toHexString(c) + "): ours " + o);
            }
        }
        assertNoFailures();
    }
}
