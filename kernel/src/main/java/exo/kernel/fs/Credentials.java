/*
 * Who is asking: the real and effective user and group ids and the supplementary groups of the
 * calling process, as the VFS needs them for permission checks and for the owner of new files.
 * Immutable: setuid and friends (the process layer) replace the whole object, so a check never
 * sees half an update. Effective ids are what Linux calls the fs ids (no setfsuid here). uid 0
 * stands for every capability (CAP_DAC_OVERRIDE, CAP_FOWNER, CAP_CHOWN...), as on a system
 * without capability sets.
 */
package exo.kernel.fs;

public final class Credentials {
    public static final Credentials ROOT = new Credentials(0, 0, 0, 0, new int[0]);

    public final int uid;
    public final int gid;
    public final int euid;
    public final int egid;
    private final int[] groups;

    public Credentials(int uid, int gid, int euid, int egid, int[] groups) {
        this.uid = uid;
        this.gid = gid;
        this.euid = euid;
        this.egid = egid;
        this.groups = groups.clone();
    }

    /** A user with real = effective ids and no supplementary groups. */
    public static Credentials user(int uid, int gid) {
        return new Credentials(uid, gid, uid, gid, new int[0]);
    }

    /** Effective uid 0: every permission check passes (but exec still needs an x bit). */
    public boolean isRoot() {
        return euid == 0;
    }

    /** Is g the effective group or one of the supplementary groups? */
    public boolean inGroup(int g) {
        if (g == egid) {
            return true;
        }
        for (int x : groups) {
            if (x == g) {
                return true;
            }
        }
        return false;
    }

    /** The same process with its effective ids swapped for the real ones (access(2)). */
    public Credentials asReal() {
        return new Credentials(uid, gid, uid, gid, groups);
    }

    public int groupCount() {
        return groups.length;
    }

    public int group(int i) {
        return groups[i];
    }
}
