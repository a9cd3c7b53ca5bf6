/*
 * The rules of the set*id calls (credentials(7), setuid(2), setreuid(2), setresuid(2),
 * setfsuid(2) and their gid twins), as pure functions from the old credentials to the new
 * ones: each returns the new Credentials, or null when an unprivileged caller asks for an id
 * it may not take (the call's EPERM). An id of -1 means "unchanged" where the call allows it.
 * Privilege is an effective uid of 0 (CAP_SETUID and CAP_SETGID; see fs.Credentials). Every
 * change of the effective id also moves the file-system id, as Linux does; setfsuid moves it
 * alone. The uid and gid rules are the same with the other half of the ids, so each is written
 * once over an {real, effective, saved, fs} array. Called by ProcessCredentials; host-tested.
 */
package exo.kernel.proc;

import exo.kernel.fs.Credentials;
import java.util.Arrays;

public final class CredentialRules {
    private CredentialRules() {}

    static final int REAL = 0;
    static final int EFFECTIVE = 1;
    static final int SAVED = 2;
    static final int FS = 3;
    /** "Leave it as it is" in setreuid/setresuid and friends; never a valid id. */
    public static final int UNCHANGED = -1;

    /** setuid(2): root sets all three (and fs); others only the effective id, to the real or saved id. */
    public static Credentials setuid(Credentials c, int uid) {
        int[] ids = setId(c.uids(), c.isRoot(), uid);
        return ids == null ? null : c.withUids(ids);
    }

    public static Credentials setgid(Credentials c, int gid) {
        int[] ids = setId(c.gids(), c.isRoot(), gid);
        return ids == null ? null : c.withGids(ids);
    }

    public static Credentials setreuid(Credentials c, int ruid, int euid) {
        int[] ids = setReId(c.uids(), c.isRoot(), ruid, euid);
        return ids == null ? null : c.withUids(ids);
    }

    public static Credentials setregid(Credentials c, int rgid, int egid) {
        int[] ids = setReId(c.gids(), c.isRoot(), rgid, egid);
        return ids == null ? null : c.withGids(ids);
    }

    public static Credentials setresuid(Credentials c, int ruid, int euid, int suid) {
        int[] ids = setResId(c.uids(), c.isRoot(), ruid, euid, suid);
        return ids == null ? null : c.withUids(ids);
    }

    public static Credentials setresgid(Credentials c, int rgid, int egid, int sgid) {
        int[] ids = setResId(c.gids(), c.isRoot(), rgid, egid, sgid);
        return ids == null ? null : c.withGids(ids);
    }

    /**
     * setfsuid(2): the new credentials, or the old ones unchanged when the id is not allowed
     * (the call never fails; it returns the previous fsuid either way).
     */
    public static Credentials setfsuid(Credentials c, int fsuid) {
        int[] ids = c.uids();
        return mayTakeFsId(ids, c.isRoot(), fsuid) ? c.withUids(withFs(ids, fsuid)) : c;
    }

    public static Credentials setfsgid(Credentials c, int fsgid) {
        int[] ids = c.gids();
        return mayTakeFsId(ids, c.isRoot(), fsgid) ? c.withGids(withFs(ids, fsgid)) : c;
    }

    /** setgroups(2) needs CAP_SETGID; the list is kept sorted, as Linux keeps it. */
    public static Credentials setgroups(Credentials c, int[] groups) {
        if (!c.isRoot()) {
            return null;
        }
        int[] sorted = groups.clone();
        Arrays.sort(sorted);
        return c.withGroups(sorted);
    }

    static final int S_ISUID = 04000;
    static final int S_ISGID = 02000;
    static final int S_IXGRP = 010;

    /**
     * execve(2): a set-user-ID file (S_ISUID, not on a nosuid mount) makes its owner the
     * effective uid, a set-group-ID one (S_ISGID with group execute: without it the bit means
     * mandatory locking) its group the effective gid; then the saved and file-system ids take
     * the effective ones, whether or not the file was set-id. Real ids never change.
     */
    public static Credentials forExec(Credentials c, int mode, int fileUid, int fileGid, boolean nosuid) {
        int euid = !nosuid && (mode & S_ISUID) != 0 ? fileUid : c.euid;
        int egid = !nosuid && (mode & (S_ISGID | S_IXGRP)) == (S_ISGID | S_IXGRP) ? fileGid : c.egid;
        int[] uids = {c.uid, euid, euid, euid};
        int[] gids = {c.gid, egid, egid, egid};
        if (Arrays.equals(uids, c.uids()) && Arrays.equals(gids, c.gids())) {
            return c;
        }
        return new Credentials(uids, gids, groupsOf(c));
    }

    /** Does exec with these credentials raise privilege (AT_SECURE, no parent-death signal)? */
    public static boolean gainsIds(Credentials before, Credentials after) {
        return before.euid != after.euid || before.egid != after.egid;
    }

    private static int[] groupsOf(Credentials c) {
        int[] g = new int[c.groupCount()];
        for (int i = 0; i < g.length; i++) {
            g[i] = c.group(i);
        }
        return g;
    }

    // ---- the rules, over {real, effective, saved, fs} ------------------------------------------

    private static int[] setId(int[] ids, boolean privileged, int id) {
        if (privileged) {
            return new int[] {id, id, id, id};
        }
        if (id != ids[REAL] && id != ids[SAVED]) {
            return null;
        }
        return new int[] {ids[REAL], id, ids[SAVED], id};
    }

    /**
     * setreuid: the real id may become the real or effective one, the effective id the real,
     * effective or saved one. The saved id takes the new effective id when the real id is set,
     * or when the effective id is set to something other than the old real id.
     */
    private static int[] setReId(int[] ids, boolean privileged, int real, int effective) {
        int[] out = ids.clone();
        if (real != UNCHANGED) {
            if (!privileged && real != ids[REAL] && real != ids[EFFECTIVE]) {
                return null;
            }
            out[REAL] = real;
        }
        if (effective != UNCHANGED) {
            if (!privileged && effective != ids[REAL] && effective != ids[EFFECTIVE] && effective != ids[SAVED]) {
                return null;
            }
            out[EFFECTIVE] = effective;
        }
        if (real != UNCHANGED || effective != UNCHANGED && effective != ids[REAL]) {
            out[SAVED] = out[EFFECTIVE];
        }
        out[FS] = out[EFFECTIVE];
        return out;
    }

    /** setresuid: an unprivileged caller may set each id to any of its current three. */
    private static int[] setResId(int[] ids, boolean privileged, int real, int effective, int saved) {
        int[] wanted = {real, effective, saved};
        int[] out = ids.clone();
        for (int i = 0; i < 3; i++) {
            if (wanted[i] == UNCHANGED) {
                continue;
            }
            if (!privileged && !isOneOf(wanted[i], ids)) {
                return null;
            }
            out[i] = wanted[i];
        }
        out[FS] = out[EFFECTIVE];
        return out;
    }

    private static boolean mayTakeFsId(int[] ids, boolean privileged, int id) {
        if (id == UNCHANGED) {
            return false;
        }
        return privileged || id == ids[REAL] || id == ids[EFFECTIVE] || id == ids[SAVED] || id == ids[FS];
    }

    private static boolean isOneOf(int id, int[] ids) {
        return id == ids[REAL] || id == ids[EFFECTIVE] || id == ids[SAVED];
    }

    private static int[] withFs(int[] ids, int fs) {
        int[] out = ids.clone();
        out[FS] = fs;
        return out;
    }
}
