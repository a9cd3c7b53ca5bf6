/*
 * Who is asking: the user and group ids and the supplementary groups of the calling process.
 * Linux keeps four of each: the real id (who started it), the effective id (what most
 * privilege checks use), the saved set-id (what a set-user-ID program may switch back to) and
 * the file-system id (what file permission checks and the owner of new files use; it follows
 * the effective id on every change except setfsuid/setfsgid). The VFS reads fsuid/fsgid and
 * the groups; the process layer (proc.CredentialRules) computes the changes.
 * Immutable: setuid and friends replace the whole object, so a check never sees half an update.
 * uid 0 stands for every capability, as on a system without capability sets: an effective uid
 * of 0 for the general ones (mount, sethostname, setuid...), a file-system uid of 0 for the
 * file ones (CAP_DAC_OVERRIDE, CAP_FOWNER, CAP_CHOWN, CAP_MKNOD...), which is where Linux's
 * capability rules for the setuid calls land.
 */
package exo.kernel.fs;

public final class Credentials {
    public static final Credentials ROOT = user(0, 0);

    public final int uid;
    public final int gid;
    public final int euid;
    public final int egid;
    public final int suid;
    public final int sgid;
    public final int fsuid;
    public final int fsgid;
    private final int[] groups;

    /** Real and effective ids; the saved and file-system ids equal the effective ones. */
    public Credentials(int uid, int gid, int euid, int egid, int[] groups) {
        this(new int[] {uid, euid, euid, euid}, new int[] {gid, egid, egid, egid}, groups);
    }

    /** uids and gids each {real, effective, saved, file-system}. */
    public Credentials(int[] uids, int[] gids, int[] groups) {
        this.uid = uids[0];
        this.euid = uids[1];
        this.suid = uids[2];
        this.fsuid = uids[3];
        this.gid = gids[0];
        this.egid = gids[1];
        this.sgid = gids[2];
        this.fsgid = gids[3];
        this.groups = groups.clone();
    }

    /** A user with all four ids equal and no supplementary groups. */
    public static Credentials user(int uid, int gid) {
        return new Credentials(uid, gid, uid, gid, new int[0]);
    }

    /** {real, effective, saved, file-system} uids. */
    public int[] uids() {
        return new int[] {uid, euid, suid, fsuid};
    }

    /** {real, effective, saved, file-system} gids. */
    public int[] gids() {
        return new int[] {gid, egid, sgid, fsgid};
    }

    /** The same groups, with these uids. */
    public Credentials withUids(int[] uids) {
        return new Credentials(uids, gids(), groups);
    }

    /** The same uids, with these gids. */
    public Credentials withGids(int[] gids) {
        return new Credentials(uids(), gids, groups);
    }

    /** The same ids, with these supplementary groups. */
    public Credentials withGroups(int[] newGroups) {
        return new Credentials(uids(), gids(), newGroups);
    }

    /** Effective uid 0: the general privileges (mount, chroot, sethostname, set*id). */
    public boolean isRoot() {
        return euid == 0;
    }

    /** File-system uid 0: every file permission check passes (but exec still needs an x bit). */
    public boolean isFsRoot() {
        return fsuid == 0;
    }

    /** Is g the file-system group or one of the supplementary groups? */
    public boolean inGroup(int g) {
        if (g == fsgid) {
            return true;
        }
        for (int x : groups) {
            if (x == g) {
                return true;
            }
        }
        return false;
    }

    /** The same process with its file-system ids swapped for the real ones (access(2)). */
    public Credentials asReal() {
        return new Credentials(new int[] {uid, euid, suid, uid}, new int[] {gid, egid, sgid, gid}, groups);
    }

    public int groupCount() {
        return groups.length;
    }

    public int group(int i) {
        return groups[i];
    }
}
