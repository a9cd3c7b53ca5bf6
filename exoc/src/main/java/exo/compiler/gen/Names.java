/*
 * C identifiers for Java names, and C types for Java types.
 */
package exo.compiler.gen;

import org.objectweb.asm.Type;

final class Names {
    private Names() {}

    /** A C identifier fragment that keeps distinct Java names distinct. */
    static String mangle(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else if (c == '/' || c == '.') {
                b.append('_');
            } else if (c == '_') {
                b.append("_1");
            } else if (c == ';') {
                b.append("_2");
            } else if (c == '[') {
                b.append("_3");
            } else if (c == '$') {
                b.append("_4");
            } else if (c == '<' || c == '>') {
                // <init>, <clinit>
            } else {
                b.append("_x").append(Integer.toHexString(c));
            }
        }
        return b.toString();
    }

    /** The descriptor-name of a type's class descriptor: CLS_java_lang_String, CLS__3I. */
    static String classDesc(String internalOrArrayDesc) {
        return "CLS_" + mangle(internalOrArrayDesc);
    }

    static String classObject(String internalOrArrayDesc) {
        return "CO_" + mangle(internalOrArrayDesc);
    }

    /** C type of a value of this Java type on the operand stack / in a signature. */
    static String ctype(Type t) {
        switch (t.getSort()) {
            case Type.VOID: return "void";
            case Type.BOOLEAN: case Type.BYTE: case Type.CHAR: case Type.SHORT: case Type.INT: return "jint";
            case Type.LONG: return "jlong";
            case Type.FLOAT: return "jfloat";
            case Type.DOUBLE: return "jdouble";
            default: return "jobj";
        }
    }

    /** C type of a field or array element of this Java type (its storage size). */
    static String storageType(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: case Type.BYTE: return "int8_t";
            case Type.CHAR: return "uint16_t";
            case Type.SHORT: return "int16_t";
            case Type.INT: return "jint";
            case Type.LONG: return "jlong";
            case Type.FLOAT: return "jfloat";
            case Type.DOUBLE: return "jdouble";
            default: return "jobj";
        }
    }

    /** One-letter kind of a stack/local slot: i, j, f, d or a. */
    static char kind(Type t) {
        switch (t.getSort()) {
            case Type.LONG: return 'j';
            case Type.FLOAT: return 'f';
            case Type.DOUBLE: return 'd';
            case Type.OBJECT: case Type.ARRAY: return 'a';
            default: return 'i';
        }
    }

    /** C type of a slot of kind k; 'w' is a word type's value (docs/RUNTIME.md). */
    static String kindType(char k) {
        switch (k) {
            case 'j': case 'w': return "jlong";
            case 'f': return "jfloat";
            case 'd': return "jdouble";
            case 'a': return "jobj";
            default: return "jint";
        }
    }

    /** A C string literal. */
    static String cString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 32 && c < 127 && c != '?') {
                b.append(c);
            } else {
                b.append(String.format("\\%03o", (int) c & 0xff));
            }
        }
        return b.append('"').toString();
    }

    static String intLiteral(int v) {
        return v == Integer.MIN_VALUE ? "((jint)0x80000000u)" : Integer.toString(v);
    }

    static String longLiteral(long v) {
        return v == Long.MIN_VALUE ? "INT64_MIN" : v + "LL";
    }

    static String floatLiteral(float f) {
        return "exo_fbits(0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + "u)";
    }

    static String doubleLiteral(double d) {
        return "exo_dbits(0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + "ull)";
    }
}
