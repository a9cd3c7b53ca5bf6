/*
 * Class objects are emitted by exoc as static data, one per class and array type that the
 * program uses. Only the two fields below exist; exoc fills them. No reflection.
 */
package java.lang;

public final class Class<T> {
    private long vmClass;   // the exo_class descriptor
    private String name;    // binary name, as Class.getName() returns it

    private Class() {}

    public String getName() {
        return name;
    }

    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        String n = name;
        int cut = Math.max(n.lastIndexOf('.'), n.lastIndexOf('$'));
        String simple = n.substring(cut + 1);
        // Anonymous classes (Outer$1) have an empty simple name.
        if (!simple.isEmpty() && Character.isDigit(simple.charAt(0))) {
            return "";
        }
        return simple;
    }

    public String getTypeName() {
        if (isArray()) {
            return getComponentType().getTypeName() + "[]";
        }
        return name;
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        int dot = c.name.lastIndexOf('.');
        return dot < 0 ? "" : c.name.substring(0, dot);
    }

    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + name;
    }

    public native boolean isInstance(Object obj);

    public native boolean isArray();

    public native boolean isInterface();

    public native boolean isPrimitive();

    public native Class<?> getComponentType();

    public native Class<? super T> getSuperclass();

    public boolean isEnum() {
        return getEnumConstantsShared() != null;
    }

    public T[] getEnumConstants() {
        T[] values = getEnumConstantsShared();
        return values == null ? null : values.clone();
    }

    native T[] getEnumConstantsShared();

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + name);
        }
        return (T) obj;
    }

    public boolean desiredAssertionStatus() {
        return false;
    }

    public int hashCode() {
        return super.hashCode();
    }
}
