/*
 * Loads exo.rt classes of the core library (corelib/target/classes, built by
 * `mvn -pl corelib compile`) into the host JVM, so that their pure-Java parts can be tested
 * against the JDK they imitate. java.* references resolve to the host JDK's own classes.
 * The root is the surefire property exo.root (falling back to ".."); exo.corelib.classes
 * names another classes directory.
 */
package exo.rt;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;

final class CorelibClasses {
    private static ClassLoader loader;

    private CorelibClasses() {}

    static synchronized Class<?> load(String name) throws Exception {
        if (loader == null) {
            String dir = System.getProperty("exo.corelib.classes");
            if (dir == null) {
                dir = System.getProperty("exo.root", "..") + "/corelib/target/classes";
            }
            File classes = new File(dir);
            if (!new File(classes, "exo/rt").isDirectory()) {
                throw new IllegalStateException("no compiled core library in " + classes.getAbsolutePath()
                        + "; run: mvn -B -q -pl corelib compile");
            }
            // Parent: the platform loader, so that only the JDK's java.* is shared.
            loader = new URLClassLoader(new URL[] {classes.toURI().toURL()}, ClassLoader.getPlatformClassLoader());
        }
        return Class.forName(name, true, loader);
    }

    static MethodHandle staticMethod(String cls, String name, Class<?> ret, Class<?>... params) throws Exception {
        return MethodHandles.publicLookup().findStatic(load(cls), name, MethodType.methodType(ret, params));
    }
}
