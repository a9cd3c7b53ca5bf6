/*
 * LambdaMetafactory, done at compile time: each lambda or method reference call site gets a
 * synthetic class that implements the functional interface, holds the captured values in
 * fields, and forwards the interface method to the implementation method with the
 * boxing/casting the erased signature needs. The call site becomes a static factory call.
 */
package exo.compiler.lower;

import exo.compiler.CompileError;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

final class Lambdas implements Opcodes {
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    private Lambdas() {}

    static MethodInsnNode lower(ClassPool pool, ClassInfo host, InvokeDynamicInsnNode indy, String className, String where)
            throws CompileError {
        List<Object> args = Indy.bsmArgs(indy);
        if (args.size() < 3 || !(args.get(1) instanceof Handle)) {
            throw new CompileError(where + ": malformed LambdaMetafactory call site");
        }
        Type samType = (Type) args.get(0);
        Handle impl = (Handle) args.get(1);
        Type itf = Type.getReturnType(indy.desc);
        Type[] captured = Type.getArgumentTypes(indy.desc);

        List<String> interfaces = new ArrayList<>();
        interfaces.add(itf.getInternalName());
        List<Type> bridges = new ArrayList<>();
        if (indy.bsm.getName().equals("altMetafactory")) {
            int flags = (Integer) args.get(3);
            int i = 4;
            if ((flags & FLAG_MARKERS) != 0) {
                int n = (Integer) args.get(i++);
                for (int k = 0; k < n; k++) {
                    interfaces.add(((Type) args.get(i++)).getInternalName());
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int n = (Integer) args.get(i++);
                for (int k = 0; k < n; k++) {
                    bridges.add((Type) args.get(i++));
                }
            }
        }

        ClassNode cls = new ClassNode();
        cls.version = V17;
        cls.access = ACC_FINAL | ACC_SYNTHETIC | ACC_PUBLIC;
        cls.name = className;
        cls.superName = "java/lang/Object";
        cls.interfaces = interfaces;
        cls.sourceFile = host.node.sourceFile;
        for (int i = 0; i < captured.length; i++) {
            cls.fields.add(new FieldNode(ACC_PRIVATE | ACC_FINAL, "cap" + i, captured[i].getDescriptor(), null, null));
        }
        cls.methods.add(constructor(cls, captured));
        cls.methods.add(factory(cls, captured, itf));
        cls.methods.add(forwarder(cls, indy.name, samType, impl, captured));
        for (Type bridge : bridges) {
            if (!bridge.equals(samType)) {
                cls.methods.add(forwarder(cls, indy.name, bridge, impl, captured));
            }
        }
        pool.addSynthetic(cls);
        return new MethodInsnNode(INVOKESTATIC, className, "create", indy.desc, false);
    }

    private static MethodNode constructor(ClassNode cls, Type[] captured) {
        MethodNode mn = new MethodNode(ACC_PRIVATE, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
        InsnList code = mn.instructions;
        code.add(new VarInsnNode(ALOAD, 0));
        code.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false));
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new VarInsnNode(captured[i].getOpcode(ILOAD), slot));
            code.add(new FieldInsnNode(PUTFIELD, cls.name, "cap" + i, captured[i].getDescriptor()));
            slot += captured[i].getSize();
        }
        code.add(new InsnNode(RETURN));
        mn.maxLocals = slot;
        mn.maxStack = 3;
        return mn;
    }

    private static MethodNode factory(ClassNode cls, Type[] captured, Type itf) {
        MethodNode mn = new MethodNode(ACC_PUBLIC | ACC_STATIC, "create", Type.getMethodDescriptor(itf, captured), null, null);
        InsnList code = mn.instructions;
        code.add(new TypeInsnNode(NEW, cls.name));
        code.add(new InsnNode(DUP));
        int slot = 0;
        for (Type t : captured) {
            code.add(new VarInsnNode(t.getOpcode(ILOAD), slot));
            slot += t.getSize();
        }
        code.add(new MethodInsnNode(INVOKESPECIAL, cls.name, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), false));
        code.add(new InsnNode(ARETURN));
        mn.maxLocals = slot;
        mn.maxStack = slot + 2;
        return mn;
    }

    /** The interface method: captured values, then the interface arguments, passed to impl. */
    private static MethodNode forwarder(ClassNode cls, String name, Type sam, Handle impl, Type[] captured) {
        MethodNode mn = new MethodNode(ACC_PUBLIC, name, sam.getDescriptor(), null, null);
        InsnList code = mn.instructions;
        Type implDesc = Type.getMethodType(impl.getDesc());
        Type owner = Type.getObjectType(impl.getOwner());
        List<Type> params = new ArrayList<>();
        boolean hasReceiver = impl.getTag() == H_INVOKEVIRTUAL || impl.getTag() == H_INVOKEINTERFACE
                || impl.getTag() == H_INVOKESPECIAL;
        if (hasReceiver) {
            params.add(owner);
        }
        for (Type t : implDesc.getArgumentTypes()) {
            params.add(t);
        }
        if (impl.getTag() == H_NEWINVOKESPECIAL) {
            code.add(new TypeInsnNode(NEW, impl.getOwner()));
            code.add(new InsnNode(DUP));
        }
        int p = 0;
        for (int i = 0; i < captured.length; i++, p++) {
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new FieldInsnNode(GETFIELD, cls.name, "cap" + i, captured[i].getDescriptor()));
            Boxing.convert(code, captured[i], params.get(p));
        }
        int slot = 1;
        for (Type t : sam.getArgumentTypes()) {
            code.add(new VarInsnNode(t.getOpcode(ILOAD), slot));
            slot += t.getSize();
            Boxing.convert(code, t, params.get(p++));
        }
        Type result;
        switch (impl.getTag()) {
            case H_INVOKESTATIC:
                code.add(new MethodInsnNode(INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface()));
                result = implDesc.getReturnType();
                break;
            case H_NEWINVOKESPECIAL:
                code.add(new MethodInsnNode(INVOKESPECIAL, impl.getOwner(), impl.getName(), impl.getDesc(), false));
                result = owner;
                break;
            case H_INVOKESPECIAL:
                code.add(new MethodInsnNode(INVOKESPECIAL, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface()));
                result = implDesc.getReturnType();
                break;
            default:
                code.add(new MethodInsnNode(impl.getTag() == H_INVOKEINTERFACE ? INVOKEINTERFACE : INVOKEVIRTUAL,
                        impl.getOwner(), impl.getName(), impl.getDesc(), impl.getTag() == H_INVOKEINTERFACE));
                result = implDesc.getReturnType();
        }
        Type ret = sam.getReturnType();
        if (ret.getSort() == Type.VOID) {
            if (result.getSort() != Type.VOID) {
                code.add(new InsnNode(result.getSize() == 2 ? POP2 : POP));
            }
            code.add(new InsnNode(RETURN));
        } else {
            Boxing.convert(code, result, ret);
            code.add(new InsnNode(ret.getOpcode(IRETURN)));
        }
        mn.maxLocals = slot;
        mn.maxStack = 2 * (params.size() + 2) + 4;
        return mn;
    }
}
