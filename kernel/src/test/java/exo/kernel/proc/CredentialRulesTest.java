/*
 * CredentialRules against the transitions credentials(7), setuid(2), setreuid(2), setresuid(2)
 * and setfsuid(2) describe: root's one-way drop, a set-user-ID program switching between its
 * real and saved ids, setreuid's rule for the saved id, setresuid's permutations, the
 * file-system id following the effective id, privilege taken from the effective uid only,
 * and setgroups' privilege and sorting.
 */
package exo.kernel.proc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.Credentials;
import org.junit.jupiter.api.Test;

class CredentialRulesTest {
    static final int KEEP = CredentialRules.UNCHANGED;

    /** Credentials with these {real, effective, saved} uids (fs = effective) and gids all 100. */
    static Credentials uids(int r, int e, int s) {
        return new Credentials(new int[] {r, e, s, e}, new int[] {100, 100, 100, 100}, new int[0]);
    }

    static void assertUids(Credentials c, int r, int e, int s, int fs) {
        assertArrayEquals(new int[] {r, e, s, fs}, c.uids(), "uids {real, effective, saved, fs}");
    }

    @Test
    void rootDropsForGoodWithSetuid() {
        Credentials c = CredentialRules.setuid(Credentials.ROOT, 1000);
        assertUids(c, 1000, 1000, 1000, 1000);
        assertNull(CredentialRules.setuid(c, 0), "no way back: EPERM");
        assertUids(CredentialRules.setuid(c, 1000), 1000, 1000, 1000, 1000);
    }

    @Test
    void setUidProgramSwitchesBetweenRealAndSavedIds() {
        Credentials c = uids(1000, 2000, 2000);   // a set-user-ID-2000 program run by 1000
        Credentials asCaller = CredentialRules.setuid(c, 1000);
        assertUids(asCaller, 1000, 1000, 2000, 1000);
        assertUids(CredentialRules.setuid(asCaller, 2000), 1000, 2000, 2000, 2000);
        assertNull(CredentialRules.setuid(asCaller, 3000), "neither real nor saved");
    }

    @Test
    void setUidRootProgramMayTemporarilyDropWithSetreuid() {
        Credentials c = uids(1000, 0, 0);   // set-user-ID root
        Credentials dropped = CredentialRules.setreuid(c, KEEP, 1000);
        // The effective id becomes the real one: the saved id keeps 0, so root can come back.
        assertUids(dropped, 1000, 1000, 0, 1000);
        assertUids(CredentialRules.setreuid(dropped, KEEP, 0), 1000, 0, 0, 0);
        // Setting the real id makes the saved id the new effective one: then it is gone.
        Credentials permanent = CredentialRules.setreuid(c, 1000, 1000);
        assertUids(permanent, 1000, 1000, 1000, 1000);
        assertNull(CredentialRules.setreuid(permanent, KEEP, 0));
    }

    @Test
    void setreuidUnprivilegedRules() {
        Credentials c = uids(1000, 2000, 3000);
        assertUids(CredentialRules.setreuid(c, 2000, 1000), 2000, 1000, 1000, 1000);
        assertNull(CredentialRules.setreuid(c, 3000, KEEP), "real may only become real or effective");
        assertUids(CredentialRules.setreuid(c, KEEP, 3000), 1000, 3000, 3000, 3000);
        assertNull(CredentialRules.setreuid(c, KEEP, 4000));
        assertUids(CredentialRules.setreuid(c, KEEP, KEEP), 1000, 2000, 3000, 2000);
    }

    @Test
    void setresuidPermutesForTheUnprivileged() {
        Credentials c = uids(1000, 2000, 3000);
        assertUids(CredentialRules.setresuid(c, 3000, 1000, 2000), 3000, 1000, 2000, 1000);
        assertUids(CredentialRules.setresuid(c, KEEP, KEEP, 1000), 1000, 2000, 1000, 2000);
        assertNull(CredentialRules.setresuid(c, 4000, KEEP, KEEP));
        assertNull(CredentialRules.setresuid(c, KEEP, KEEP, 0));
        assertUids(CredentialRules.setresuid(Credentials.ROOT, 5, 6, 7), 5, 6, 7, 6);
    }

    @Test
    void fsuidFollowsTheEffectiveIdAndMovesAloneWithSetfsuid() {
        Credentials root = Credentials.ROOT;
        Credentials c = CredentialRules.setfsuid(root, 1234);
        assertUids(c, 0, 0, 0, 1234);
        assertTrue(c.isRoot(), "still privileged in general");
        assertFalse(c.isFsRoot(), "but files are checked as 1234");
        assertSame(c, CredentialRules.setfsuid(c, KEEP), "-1 only asks");
        Credentials user = uids(1000, 2000, 3000);
        assertSame(user, CredentialRules.setfsuid(user, 4000), "not one of its ids: unchanged");
        assertUids(CredentialRules.setfsuid(user, 3000), 1000, 2000, 3000, 3000);
        assertUids(CredentialRules.setresuid(CredentialRules.setfsuid(user, 3000), KEEP, 1000, KEEP), 1000, 1000, 3000, 1000);
    }

    @Test
    void gidChangesNeedAnEffectiveUidOfZero() {
        Credentials c = new Credentials(new int[] {1000, 1000, 1000, 1000}, new int[] {5, 0, 0, 0}, new int[0]);
        assertNull(CredentialRules.setgid(c, 7), "egid 0 is no privilege");
        Credentials g = CredentialRules.setgid(c, 5);
        assertArrayEquals(new int[] {5, 5, 0, 5}, g.gids(), "effective only; saved kept");
        Credentials root = CredentialRules.setgid(Credentials.ROOT, 7);
        assertArrayEquals(new int[] {7, 7, 7, 7}, root.gids());
        assertArrayEquals(new int[] {0, 0, 0, 0}, root.uids(), "uids untouched");
        assertNull(CredentialRules.setresgid(c, KEEP, KEEP, 9), "9 is none of its gids");
        // setregid sets the real gid, so the saved one takes the new effective one.
        assertArrayEquals(new int[] {0, 5, 5, 5}, CredentialRules.setregid(c, 0, 5).gids());
    }

    @Test
    void setgroupsIsPrivilegedAndSorts() {
        assertNull(CredentialRules.setgroups(uids(1000, 1000, 1000), new int[] {1}));
        Credentials c = CredentialRules.setgroups(Credentials.ROOT, new int[] {30, 10, 20});
        assertEquals(3, c.groupCount());
        assertEquals(10, c.group(0));
        assertEquals(30, c.group(2));
        assertTrue(c.inGroup(20));
        assertFalse(c.inGroup(40));
    }

    @Test
    void execOfASetIdFileTakesItsOwnerAndKeepsItInTheSavedId() {
        Credentials user = uids(1000, 1000, 1000);
        Credentials c = CredentialRules.forExec(user, 0104755, 0, 50, false);
        assertUids(c, 1000, 0, 0, 0);
        assertTrue(CredentialRules.gainsIds(user, c));
        assertArrayEquals(new int[] {100, 100, 100, 100}, c.gids(), "no set-group-ID bit");
        Credentials g = CredentialRules.forExec(user, 0102755, 0, 50, false);
        assertArrayEquals(new int[] {100, 50, 50, 50}, g.gids());
        assertArrayEquals(new int[] {100, 100, 100, 100}, CredentialRules.forExec(user, 0102745, 0, 50, false).gids(),
                "S_ISGID without group execute marks mandatory locking, not set-group-ID");
        assertSame(user, CredentialRules.forExec(user, 0104755, 0, 50, true), "nosuid mount");
    }

    @Test
    void execOfAPlainFileResetsTheSavedIdToTheEffectiveOne() {
        Credentials c = CredentialRules.setresuid(Credentials.ROOT, 1000, 1000, 0);
        Credentials after = CredentialRules.forExec(c, 0100755, 0, 0, false);
        assertUids(after, 1000, 1000, 1000, 1000);
        assertFalse(CredentialRules.gainsIds(c, after));
        assertNull(CredentialRules.setuid(after, 0), "the saved root is gone after exec");
    }

    @Test
    void accessChecksTheRealIds() {
        Credentials c = uids(1000, 0, 0).asReal();
        assertEquals(1000, c.fsuid);
        assertFalse(c.isFsRoot());
        assertTrue(c.isRoot(), "only the file-system view changes");
    }
}
