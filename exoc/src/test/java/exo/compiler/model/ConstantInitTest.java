package exo.compiler.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** Which static initialisers ConstantInit evaluates, and to what. */
class ConstantInitTest implements Opcodes {
    private final ClassNode node = new ClassNode();
    private final MethodNode clinit = new MethodNode(ACC_STATIC, "<clinit>", "()V", null, null);

    ConstantInitTest() {
        node.name = "p/C";
        node.superName = "java/lang/Object";
        node.access = ACC_PUBLIC;
        node.fields.add(new FieldNode(ACC_STATIC, "i", "I", null, null));
        node.fields.add(new FieldNode(ACC_STATIC, "b", "B", null, null));
        node.fields.add(new FieldNode(ACC_STATIC, "z", "Z", null, null));
        node.fields.add(new FieldNode(ACC_STATIC, "d", "D", null, null));
        node.fields.add(new FieldNode(ACC_STATIC, "s", "Ljava/lang/String;", null, null));
        node.fields.add(new FieldNode(0, "instance", "I", null, null));
        node.methods.add(clinit);
    }

    private Map<String, Object> values() {
        return ConstantInit.valuesOf(new ClassInfo(null, node, false));
    }

    private void put(String field, String desc) {
        clinit.instructions.add(new FieldInsnNode(PUTSTATIC, "p/C", field, desc));
    }

    @Test
    void constantStoresAreEvaluatedTheLastOneWinning() {
        clinit.instructions.add(new IntInsnNode(BIPUSH, 42));
        put("i", "I");
        clinit.instructions.add(new IntInsnNode(SIPUSH, 300));
        put("b", "B");   // putstatic narrows: 300 is 44 as a byte
        clinit.instructions.add(new InsnNode(ICONST_3));
        put("z", "Z");   // and a boolean keeps its low bit
        clinit.instructions.add(new LdcInsnNode(-0.5));
        put("d", "D");
        clinit.instructions.add(new LdcInsnNode("text"));
        put("s", "Ljava/lang/String;");
        clinit.instructions.add(new InsnNode(ICONST_M1));
        put("i", "I");
        clinit.instructions.add(new InsnNode(RETURN));
        Map<String, Object> v = values();
        assertEquals(Map.of("i", -1, "b", 44, "z", 1, "d", -0.5, "s", "text"), v);
    }

    @Test
    void aNullStoreIsKept() {
        clinit.instructions.add(new InsnNode(ACONST_NULL));
        put("s", "Ljava/lang/String;");
        clinit.instructions.add(new InsnNode(RETURN));
        assertSame(ConstantInit.NULL, values().get("s"));
    }

    @Test
    void aCallMakesARealInitialiser() {
        clinit.instructions.add(new MethodInsnNode(INVOKESTATIC, "p/D", "f", "()I", false));
        put("i", "I");
        clinit.instructions.add(new InsnNode(RETURN));
        assertNull(values());
    }

    @Test
    void aStoreToAnotherClassMakesARealInitialiser() {
        clinit.instructions.add(new InsnNode(ICONST_1));
        clinit.instructions.add(new FieldInsnNode(PUTSTATIC, "p/D", "i", "I"));
        clinit.instructions.add(new InsnNode(RETURN));
        assertNull(values());
    }

    @Test
    void illTypedOrUnknownStoresAndStackOperationsAreRefused() {
        clinit.instructions.add(new LdcInsnNode(1L));
        put("i", "I");   // a long into an int field: not evaluated
        clinit.instructions.add(new InsnNode(RETURN));
        assertNull(values());

        clinit.instructions.clear();
        clinit.instructions.add(new InsnNode(ICONST_1));
        clinit.instructions.add(new InsnNode(DUP));
        put("i", "I");
        put("b", "B");
        clinit.instructions.add(new InsnNode(RETURN));
        assertNull(values(), "dup is not among the instructions handled");

        clinit.instructions.clear();
        clinit.instructions.add(new InsnNode(ICONST_1));
        put("instance", "I");   // not a static field of the class
        clinit.instructions.add(new InsnNode(RETURN));
        assertNull(values());
    }

    @Test
    void noInitialiserIsNotAConstantOne() {
        node.methods.clear();
        assertNull(values());
    }
}
