/*
 * One field of a ClassInfo: its type, and where it lives (an offset in the object, or a C
 * global for static fields).
 */
package exo.compiler.model;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldNode;

public final class FieldInfo {
    public final ClassInfo owner;
    public final FieldNode node;
    public final Type type;
    /** Byte offset from the object header for instance fields. */
    public int offset = -1;
    /** The C global holding a static field. */
    public String cName;

    FieldInfo(ClassInfo owner, FieldNode node) {
        this.owner = owner;
        this.node = node;
        this.type = Type.getType(node.desc);
    }

    public boolean isStatic() {
        return (node.access & Opcodes.ACC_STATIC) != 0;
    }

    /** Does the field hold a reference the GC must trace? (A word type holds a plain value.) */
    public boolean isReference() {
        return type.getSort() == Type.ARRAY || type.getSort() == Type.OBJECT && !owner.pool.isWord(type.getInternalName());
    }

    /** Bytes the field takes in an object. */
    public int size() {
        return sizeOf(type);
    }

    public static int sizeOf(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: case Type.BYTE: return 1;
            case Type.CHAR: case Type.SHORT: return 2;
            case Type.INT: case Type.FLOAT: return 4;
            default: return 8;
        }
    }

    @Override
    public String toString() {
        return owner.javaName() + "." + node.name;
    }
}
