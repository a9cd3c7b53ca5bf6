/*
 * The /proc files of System V IPC, in Linux's formats: /proc/sysvipc/{msg,sem,shm} (one line
 * per object under a header; LTP counts the segments in use and sums their sizes from it) and
 * /proc/sys/kernel's limits: shmmax, shmall and shmmni (root may write them; shmget obeys the
 * new values), msgmax, msgmnb, msgmni and sem (Linux's defaults, read-only here), and the
 * *_next_id files (write an id, the next new object gets it; they read -1 otherwise).
 * proc.Processes publishes them into procfs at start-up (procfs sits below ipc).
 */
package exo.kernel.ipc;

import exo.kernel.fs.Errno;
import exo.kernel.fs.procfs.ProcFs;
import exo.kernel.fs.procfs.ProcText;
import exo.kernel.fs.procfs.ProcWrite;
import exo.kernel.util.Fmt;

public final class IpcProcFiles {
    private IpcProcFiles() {}

    /** Linux's IPCMNI: the most objects of a kind (the index part of an id). */
    static final int IPCMNI = IpcTable.SEQ_STEP;

    static final String SHM_HEADER = "       key      shmid perms                  size  cpid  lpid nattch   uid   gid  cuid  cgid"
            + "      atime      dtime      ctime                   rss                  swap\n";
    static final String MSG_HEADER = "       key      msqid perms      cbytes       qnum lspid lrpid   uid   gid  cuid  cgid"
            + "      stime      rtime      ctime\n";
    static final String SEM_HEADER = "       key      semid perms      nsems   uid   gid  cuid  cgid      otime      ctime\n";

    public static void publish(ProcFs fs, Ipc ipc) {
        fs.addFile("sysvipc", "msg", text(ipc, () -> msgTable(ipc)), null);
        fs.addFile("sysvipc", "sem", text(ipc, () -> semTable(ipc)), null);
        fs.addFile("sysvipc", "shm", text(ipc, () -> shmTable(ipc)), null);
        String k = "sys/kernel";
        fs.addFile(k, "shmmax", text(ipc, () -> Long.toUnsignedString(ipc.shmMaxBytes) + "\n"),
                root((v, r) -> ipc.shmMaxBytes = v));
        fs.addFile(k, "shmall", text(ipc, () -> Long.toUnsignedString(ipc.shmAllPages) + "\n"),
                root((v, r) -> ipc.shmAllPages = v));
        fs.addFile(k, "shmmni", text(ipc, () -> ipc.shms.limit() + "\n"),
                root(inRange(0, IPCMNI, v -> ipc.shms.setLimit((int) v))));
        fs.addFile(k, "shm_next_id", text(ipc, () -> ipc.shms.nextId() + "\n"),
                root(inRange(-1, Integer.MAX_VALUE, v -> ipc.shms.setNextId((int) v))));
        fs.addFile(k, "msg_next_id", text(ipc, () -> ipc.queues.nextId() + "\n"),
                root(inRange(-1, Integer.MAX_VALUE, v -> ipc.queues.setNextId((int) v))));
        fs.addFile(k, "sem_next_id", text(ipc, () -> ipc.sems.nextId() + "\n"),
                root(inRange(-1, Integer.MAX_VALUE, v -> ipc.sems.setNextId((int) v))));
        fs.addFile(k, "msgmax", text(ipc, () -> Ipc.MSGMAX + "\n"), null);
        fs.addFile(k, "msgmnb", text(ipc, () -> Ipc.MSGMNB + "\n"), null);
        fs.addFile(k, "msgmni", text(ipc, () -> ipc.queues.limit() + "\n"), null);
        fs.addFile(k, "sem", text(ipc, () -> Ipc.SEMMSL + "\t" + Ipc.SEMMNS + "\t" + Ipc.SEMOPM + "\t" + Ipc.SEMMNI + "\n"), null);
    }

    interface Gen {
        String text();
    }

    /** A file whose text gen makes under Ipc.lock. */
    private static ProcText text(Ipc ipc, Gen gen) {
        return ctx -> {
            String s;
            ipc.lock.lock();
            try {
                s = gen.text();
            } finally {
                ipc.lock.unlock();
            }
            return ascii(s);
        };
    }

    interface Setter {
        /** Applies value v, or leaves -errno in r[0] for a value out of range. */
        void set(long v, int[] r);
    }

    interface IntSetter {
        void set(long v);
    }

    private static Setter inRange(long min, long max, IntSetter s) {
        return (v, r) -> {
            if (v < min || v > max) {
                r[0] = -Errno.EINVAL;
            } else {
                s.set(v);
            }
        };
    }

    /** A writer for root only that parses one number (decimal, or unsigned for the long limits). */
    private static ProcWrite root(Setter setter) {
        return (ctx, data) -> {
            if (!ctx.cred.isRoot()) {
                return -Errno.EPERM;
            }
            long v;
            try {
                String s = new String(data, 0, data.length).trim();
                v = s.startsWith("-") ? Long.parseLong(s) : Long.parseUnsignedLong(s);
            } catch (NumberFormatException e) {
                return -Errno.EINVAL;
            }
            int[] r = {0};
            setter.set(v, r);
            return r[0];
        };
    }

    static String shmTable(Ipc ipc) {
        StringBuilder b = new StringBuilder(SHM_HEADER);
        for (int i = 0; i <= ipc.shms.highestIndex(); i++) {
            ShmSegment s = ipc.shms.atIndex(i);
            if (s != null) {
                b.append(perm(s)).append(' ').append(Fmt.pad(s.sizeBytes(), 21)).append(' ')
                        .append(Fmt.pad(s.creatorPid(), 5)).append(' ').append(Fmt.pad(s.lastPid(), 5)).append("  ")
                        .append(Fmt.pad(s.attachments(), 5)).append(' ').append(owners(s)).append(' ')
                        .append(Fmt.pad(s.attachSeconds(), 10)).append(' ').append(Fmt.pad(s.detachSeconds(), 10))
                        .append(' ').append(Fmt.pad(s.changeSeconds(), 10))
                        .append(' ').append(Fmt.pad(0, 21)).append(' ').append(Fmt.pad(0, 21)).append('\n');
            }
        }
        return b.toString();
    }

    static String msgTable(Ipc ipc) {
        StringBuilder b = new StringBuilder(MSG_HEADER);
        for (int i = 0; i <= ipc.queues.highestIndex(); i++) {
            MsgQueue q = ipc.queues.atIndex(i);
            if (q != null) {
                b.append(perm(q)).append("  ").append(Fmt.pad(q.bytes(), 10)).append(' ').append(Fmt.pad(q.messages(), 10))
                        .append(' ').append(Fmt.pad(q.lastSender(), 5)).append(' ').append(Fmt.pad(q.lastReceiver(), 5))
                        .append(' ').append(owners(q)).append(' ').append(Fmt.pad(q.sendSeconds(), 10)).append(' ')
                        .append(Fmt.pad(q.receiveSeconds(), 10)).append(' ').append(Fmt.pad(q.changeSeconds(), 10)).append('\n');
            }
        }
        return b.toString();
    }

    static String semTable(Ipc ipc) {
        StringBuilder b = new StringBuilder(SEM_HEADER);
        for (int i = 0; i <= ipc.sems.highestIndex(); i++) {
            SemSet s = ipc.sems.atIndex(i);
            if (s != null) {
                b.append(perm(s)).append(' ').append(Fmt.pad(s.size(), 10)).append(' ').append(owners(s)).append(' ')
                        .append(Fmt.pad(s.opSeconds(), 10)).append(' ').append(Fmt.pad(s.changeSeconds(), 10)).append('\n');
            }
        }
        return b.toString();
    }

    /** "%10d %10d %4o": key, id, mode (msg and sem put two spaces before the mode, as Linux). */
    private static String perm(IpcObject o) {
        String gap = o instanceof ShmSegment ? " " : "  ";
        return Fmt.pad(o.key(), 10) + " " + Fmt.pad(o.id(), 10) + gap + padLeft(Integer.toOctalString(o.mode()), 4);
    }

    private static String owners(IpcObject o) {
        return Fmt.pad(o.uid(), 5) + " " + Fmt.pad(o.gid(), 5) + " " + Fmt.pad(o.cuid(), 5) + " " + Fmt.pad(o.cgid(), 5);
    }

    private static String padLeft(String s, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            b.append(' ');
        }
        return b.append(s).toString();
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }
}
