/*
 * The page-fault classifier on every combination that matters of address and error code.
 */
package exo.kernel.mm;

import static exo.kernel.mm.PageFault.COPY_ON_WRITE;
import static exo.kernel.mm.PageFault.DEMAND_PAGING;
import static exo.kernel.mm.PageFault.ERR_FETCH;
import static exo.kernel.mm.PageFault.ERR_PRESENT;
import static exo.kernel.mm.PageFault.ERR_RESERVED;
import static exo.kernel.mm.PageFault.ERR_USER;
import static exo.kernel.mm.PageFault.ERR_WRITE;
import static exo.kernel.mm.PageFault.KERNEL_BUG;
import static exo.kernel.mm.PageFault.USER_ILLEGAL_ACCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageFaultTest {
    static final long USER_ADDR = 0x0000000000401000L;
    static final long KERNEL_ADDR = 0xFFFFC0000DEAD000L;

    @Test
    void notPresentUserAddressIsDemandPaging() {
        assertEquals(DEMAND_PAGING, PageFault.classify(USER_ADDR, ERR_USER));
        assertEquals(DEMAND_PAGING, PageFault.classify(USER_ADDR, ERR_USER | ERR_WRITE));
        assertEquals(DEMAND_PAGING, PageFault.classify(USER_ADDR, ERR_WRITE)); // kernel copying to user memory
    }

    @Test
    void writeToPresentReadOnlyUserPageIsCopyOnWrite() {
        assertEquals(COPY_ON_WRITE, PageFault.classify(USER_ADDR, ERR_USER | ERR_WRITE | ERR_PRESENT));
    }

    @Test
    void anythingInKernelSpaceFromKernelModeIsAKernelBug() {
        assertEquals(KERNEL_BUG, PageFault.classify(KERNEL_ADDR, 0));
        assertEquals(KERNEL_BUG, PageFault.classify(KERNEL_ADDR, ERR_WRITE | ERR_PRESENT));
        assertEquals(KERNEL_BUG, PageFault.classify(0, 0)); // null dereference
        assertEquals(KERNEL_BUG, PageFault.classify(USER_ADDR, ERR_USER | ERR_RESERVED));
    }

    @Test
    void otherUserFaultsAreIllegalAccesses() {
        assertEquals(USER_ILLEGAL_ACCESS, PageFault.classify(KERNEL_ADDR, ERR_USER | ERR_PRESENT));
        assertEquals(USER_ILLEGAL_ACCESS, PageFault.classify(8, ERR_USER));
        assertEquals(USER_ILLEGAL_ACCESS, PageFault.classify(USER_ADDR, ERR_USER | ERR_PRESENT));
        assertEquals(USER_ILLEGAL_ACCESS, PageFault.classify(USER_ADDR, ERR_USER | ERR_PRESENT | ERR_FETCH));
        assertEquals(KERNEL_BUG, PageFault.classify(USER_ADDR, ERR_PRESENT | ERR_FETCH)); // kernel executing user page
    }

    @Test
    void descriptionsExplainTheFault() {
        String d = PageFault.describe(0, ERR_WRITE);
        assertEquals("write of a not-present page in kernel mode: kernel bug (null pointer dereference)", d);
        assertTrue(PageFault.describe(USER_ADDR, ERR_USER | ERR_WRITE | ERR_PRESENT).endsWith("copy-on-write candidate"));
    }
}
