/*
 * The entry of the test image (tools/boot/test builds it from the kernel's classes and these
 * suites): the same boot as the production kernel, with the in-kernel suites available to
 * test= on the command line. The production image (exo.kernel.Boot.main) carries none of them.
 */
package exo.kernel.test;

import exo.hw.Export;
import exo.kernel.Boot;

public final class TestKernel {
    private TestKernel() {}

    @Export("exo_kernel_main")
    public static void main(long multibootInfoPhys) {
        Boot.start(multibootInfoPhys, KernelSuites::run);
    }
}
