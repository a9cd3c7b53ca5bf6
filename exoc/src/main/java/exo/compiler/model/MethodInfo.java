/*
 * One method of a ClassInfo, with what code generation needs to know about it.
 */
package exo.compiler.model;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

public final class MethodInfo {
    public final ClassInfo owner;
    public final MethodNode node;
    public final String name;
    public final String desc;
    /** Slot in the owner's vtable, or -1 when the method is not virtually dispatched. */
    public int vtableIndex = -1;
    /** The C function name. */
    public String cName;
    /** Index in the stack-trace method table. */
    public int traceId = -1;

    MethodInfo(ClassInfo owner, MethodNode node) {
        this.owner = owner;
        this.node = node;
        this.name = node.name;
        this.desc = node.desc;
    }

    public boolean isStatic() { return (node.access & Opcodes.ACC_STATIC) != 0; }
    public boolean isAbstract() { return (node.access & Opcodes.ACC_ABSTRACT) != 0; }
    public boolean isNative() { return (node.access & Opcodes.ACC_NATIVE) != 0; }
    public boolean isPrivate() { return (node.access & Opcodes.ACC_PRIVATE) != 0; }
    public boolean isConstructor() { return name.equals("<init>"); }
    public boolean isClassInit() { return name.equals("<clinit>"); }

    /** True for methods that take part in virtual dispatch. */
    public boolean isVirtual() {
        return !isStatic() && !isPrivate() && !isConstructor();
    }

    public boolean hasAnnotation(String desc) {
        return Annotations.has(node.invisibleAnnotations, desc) || Annotations.has(node.visibleAnnotations, desc);
    }

    public String key() {
        return name + desc;
    }

    public Type returnType() {
        return Type.getReturnType(desc);
    }

    public Type[] argTypes() {
        return Type.getArgumentTypes(desc);
    }

    @Override
    public String toString() {
        return owner.javaName() + "." + name + desc;
    }
}
