/*
 * The file-system types mount(2) knows, by name ("tmpfs", "proc"), each with a factory that makes
 * a new instance from mount's data string (null when the options are bad: EINVAL). Also the text
 * of /proc/filesystems. Filled by the file layer's setup.
 */
package exo.kernel.fs.vfs;

import java.util.ArrayList;

public final class FsTypes {
    /** Makes a file system from mount's data string ("size=1m,mode=755"), or null for bad options. */
    public interface Factory {
        FileSystem create(String options);
    }

    private final ArrayList<String> names = new ArrayList<>();
    private final ArrayList<Factory> factories = new ArrayList<>();
    private final ArrayList<Boolean> virtual = new ArrayList<>();

    /** nodev: the type needs no block device (all of ours). */
    public synchronized void register(String name, boolean nodev, Factory f) {
        names.add(name);
        factories.add(f);
        virtual.add(nodev);
    }

    public synchronized Factory find(String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : factories.get(i);
    }

    /** /proc/filesystems: "nodev\ttmpfs" lines. */
    public synchronized String filesystemsText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sb.append(virtual.get(i) ? "nodev" : "").append('\t').append(names.get(i)).append('\n');
        }
        return sb.toString();
    }
}
