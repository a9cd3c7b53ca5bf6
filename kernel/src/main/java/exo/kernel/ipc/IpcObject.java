/*
 * What every System V IPC object has (struct ipc64_perm): its key, its id, owner and creator
 * ids, the nine permission bits, and the sequence number folded into the id so that a removed
 * object's id does not reach its successor in the same slot. IpcTable creates them; the
 * permission rules here are ipc(7)'s: the owner's or creator's bits for an effective uid that
 * is either, the group bits for a member of the owner's or creator's group, else the others'
 * bits, and root passes every check (CAP_IPC_OWNER). Subclasses are the objects themselves.
 * The x86_64 struct ipc64_perm, the first member of msqid64_ds, semid64_ds and shmid64_ds, is
 * laid out here once (writePerm, and the perm* readers of IPC_SET) for syscall's three families.
 */
package exo.kernel.ipc;

import exo.kernel.fs.Credentials;
import exo.kernel.util.LittleEndian;

public abstract class IpcObject {
    /** Access requested of an object, as in the mode bits of "others". */
    public static final int READ = 4;
    public static final int WRITE = 2;

    /** sizeof(struct ipc64_perm): key, uid, gid, cuid, cgid, mode (32 bits each), seq, pads. */
    public static final int PERM_SIZE = 48;
    private static final int PERM_UID = 4;
    private static final int PERM_GID = 8;
    private static final int PERM_MODE = 20;

    int key;
    int id;
    int seq;
    int uid;
    int gid;
    int cuid;
    int cgid;
    /** The low nine bits: rwx for owner, group, others (x is ignored). */
    int mode;
    /** Seconds of the last IPC_SET (or creation), for *_ctime. */
    long changeSeconds;
    /** Set by IPC_RMID: waiters wake up with EIDRM. */
    boolean removed;

    void init(int key, Credentials creator, int mode, long nowSeconds) {
        this.key = key;
        this.uid = creator.euid;
        this.cuid = creator.euid;
        this.gid = creator.egid;
        this.cgid = creator.egid;
        this.mode = mode & 0777;
        this.changeSeconds = nowSeconds;
    }

    public int key() {
        return key;
    }

    public int id() {
        return id;
    }

    public int seq() {
        return seq;
    }

    public int uid() {
        return uid;
    }

    public int gid() {
        return gid;
    }

    public int cuid() {
        return cuid;
    }

    public int cgid() {
        return cgid;
    }

    public int mode() {
        return mode;
    }

    public long changeSeconds() {
        return changeSeconds;
    }

    /** May c have every access bit in access (READ, WRITE, both, or 0 for none)? */
    public boolean allows(Credentials c, int access) {
        if (c.isRoot()) {
            return true;
        }
        int bits;
        if (c.euid == uid || c.euid == cuid) {
            bits = mode >> 6;
        } else if (c.egid == gid || c.egid == cgid || c.inGroup(gid) || c.inGroup(cgid)) {
            bits = mode >> 3;
        } else {
            bits = mode;
        }
        return (bits & access & 7) == (access & 7);
    }

    /** IPC_SET and IPC_RMID: the owner, the creator or root. */
    public boolean ownedBy(Credentials c) {
        return c.isRoot() || c.euid == uid || c.euid == cuid;
    }

    /** IPC_SET's new owner and mode bits. */
    void setOwner(int newUid, int newGid, int newMode, long nowSeconds) {
        uid = newUid;
        gid = newGid;
        mode = (mode & ~0777) | (newMode & 0777);
        changeSeconds = nowSeconds;
    }

    /** Writes this object's struct ipc64_perm at b[0, PERM_SIZE) (IPC_STAT and the *_STAT calls). */
    public void writePerm(byte[] b) {
        LittleEndian.put32(b, 0, key);
        LittleEndian.put32(b, PERM_UID, uid);
        LittleEndian.put32(b, PERM_GID, gid);
        LittleEndian.put32(b, 12, cuid);
        LittleEndian.put32(b, 16, cgid);
        LittleEndian.put32(b, PERM_MODE, mode);
        LittleEndian.put16(b, 24, seq);
    }

    /** IPC_SET's new uid, from the struct ipc64_perm at b[0, PERM_SIZE). */
    public static int permUid(byte[] b) {
        return LittleEndian.s32(b, PERM_UID);
    }

    public static int permGid(byte[] b) {
        return LittleEndian.s32(b, PERM_GID);
    }

    public static int permMode(byte[] b) {
        return LittleEndian.s32(b, PERM_MODE);
    }
}
