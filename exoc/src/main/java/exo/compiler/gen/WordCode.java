/*
 * Code generation for word types (docs/RUNTIME.md, "Word types") inside one method, for
 * MethodGen and Invoke: `new W` allocates nothing, the word's field is the word itself, and
 * a constructor call assigns the word it returns to the slot that `new; dup` left.
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.FieldInfo;
import exo.compiler.model.MethodInfo;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

final class WordCode implements Opcodes {
    private final MethodGen g;
    private final MethodInfo method;
    /** Stack depths holding a word being built by `new W; dup; ...; invokespecial W.<init>`. */
    private final Set<Integer> newWords = new HashSet<>();

    WordCode(MethodGen g, MethodInfo method) {
        this.g = g;
        this.method = method;
    }

    /**
     * `new W`: the slot receives the word when the matching constructor call returns it
     * (constructed). javac always follows the new with a dup, the copy that survives the
     * constructor call.
     */
    void newWord(TypeInsnNode insn, Frame<BasicValue> f) throws CompileError {
        AbstractInsnNode next = insn.getNext();
        while (next != null && next.getOpcode() < 0) {
            next = next.getNext();
        }
        if (next == null || next.getOpcode() != DUP) {
            throw new CompileError(g.whereNow() + ": new of word type " + insn.desc.replace('/', '.')
                    + " must be followed by dup (bytecode not from javac?)");
        }
        newWords.add(f.getStackSize());
        g.emitStatement(g.pushSlot(f, 'w', 0) + " = 0;");
    }

    /** The word's field is the word; only its constructors set it (the field is final). */
    void field(FieldInsnNode insn, FieldInfo fi, Frame<BasicValue> f) throws CompileError {
        if (insn.getOpcode() == GETFIELD) {
            g.emitStatement(g.pushSlot(f, 'j', 1) + " = " + g.stackSlot(f, 0) + ";");
        } else if (CProgram.isWordConstructor(method) && fi.owner == method.owner) {
            g.emitStatement("l0w = " + g.stackSlot(f, 0) + ";");
        } else {
            throw new CompileError(g.whereNow() + ": the field of word type " + fi.owner.javaName() + " is set outside its constructor");
        }
    }

    /**
     * The C variable that receives the word built by a constructor call whose receiver is at
     * stack depth receiverDepth: the copy `new; dup` left below it, or 'this' for this(...)
     * in another constructor of the same word type.
     */
    String constructed(int receiverDepth, ClassInfo word) throws CompileError {
        if (newWords.remove(receiverDepth - 1)) {
            return "s" + (receiverDepth - 1) + "w";
        }
        if (receiverDepth == 0 && CProgram.isWordConstructor(method) && method.owner == word) {
            return "l0w";
        }
        throw new CompileError(g.whereNow() + ": constructor of word type " + word.javaName() + " called on something not made by new");
    }
}
