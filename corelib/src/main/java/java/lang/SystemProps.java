/*
 * System properties and the environment behind java.lang.System: the JDK's usual keys for a
 * Linux x86_64 JVM (user.dir from getcwd, user.home/user.name from the environment,
 * java.io.tmpdir, the separators, UTF-8 encodings), created on first use; the environment as
 * an unmodifiable map read from envp once. On the kernel target the environment is empty.
 */
package java.lang;

import exo.rt.Posix;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

final class SystemProps {
    private SystemProps() {}

    private static Properties props;
    private static Map<String, String> env;

    static synchronized Map<String, String> environment() {
        if (env == null) {
            HashMap<String, String> m = new HashMap<>();
            for (String e : Posix.environ()) {
                int eq = e.indexOf('=');
                if (eq > 0) {
                    m.put(e.substring(0, eq), e.substring(eq + 1));
                }
            }
            env = Collections.unmodifiableMap(m);
        }
        return env;
    }

    private static Properties props() {
        if (props == null) {
            Properties p = new Properties();
            String[][] fixed = {
                {"java.version", "17"}, {"java.specification.version", "17"}, {"java.vm.specification.version", "17"},
                {"java.class.version", "61.0"}, {"java.vendor", "Exo-OS"}, {"java.vm.name", "exoc"},
                {"java.vm.vendor", "Exo-OS"}, {"java.runtime.name", "exoc native image"}, {"java.home", "/"},
                {"java.class.path", ""}, {"os.name", "Linux"}, {"os.arch", "amd64"}, {"sun.arch.data.model", "64"},
                {"file.separator", "/"}, {"path.separator", ":"}, {"line.separator", "\n"},
                {"file.encoding", "UTF-8"}, {"native.encoding", "UTF-8"}, {"sun.jnu.encoding", "UTF-8"},
                {"stdout.encoding", "UTF-8"}, {"stderr.encoding", "UTF-8"}, {"java.io.tmpdir", "/tmp"},
                {"user.language", "en"}, {"user.country", "US"},
            };
            for (String[] kv : fixed) {
                p.setProperty(kv[0], kv[1]);
            }
            String cwd = Posix.getcwd();
            Map<String, String> e = environment();
            p.setProperty("user.dir", cwd != null ? cwd : "/");
            p.setProperty("user.home", e.getOrDefault("HOME", "?"));
            p.setProperty("user.name", e.getOrDefault("USER", "?"));
            props = p;
        }
        return props;
    }

    static synchronized String get(String key) {
        return props().getProperty(key);
    }

    static synchronized String set(String key, String value) {
        Object old = value == null ? props().remove(key) : props().setProperty(key, value);
        return (String) old;
    }

    static synchronized Properties all() {
        return props();
    }
}
