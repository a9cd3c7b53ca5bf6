/*
 * Annotation lookup on ASM nodes (exoc reads its own annotations from class files: @Word,
 * @Inline, @NoAlloc, @Export...).
 */
package exo.compiler.model;

import java.util.List;
import org.objectweb.asm.tree.AnnotationNode;

public final class Annotations {
    private Annotations() {}

    public static boolean has(List<AnnotationNode> anns, String desc) {
        return find(anns, desc) != null;
    }

    public static AnnotationNode find(List<AnnotationNode> anns, String desc) {
        if (anns != null) {
            for (AnnotationNode a : anns) {
                if (a.desc.equals(desc)) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The value of an annotation's element, or null. */
    public static Object value(AnnotationNode a, String element) {
        if (a != null && a.values != null) {
            for (int i = 0; i + 1 < a.values.size(); i += 2) {
                if (a.values.get(i).equals(element)) {
                    return a.values.get(i + 1);
                }
            }
        }
        return null;
    }
}
