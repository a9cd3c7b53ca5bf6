/*
 * What the kernel learned from the boot loader: the multiboot2 info block's own physical range
 * (so it can be reserved), the command line, the boot loader's name, basic meminfo, the memory
 * map and the modules. Filled by Multiboot2.parse, read by Boot and the frame allocator.
 */
package exo.kernel.boot;

import exo.kernel.mm.MemoryMap;
import java.util.ArrayList;
import java.util.List;

public final class BootInfo {
    /** Physical address and total size of the multiboot2 information structure. */
    public long infoPhys;
    public long infoSize;
    public String commandLine = "";
    public String bootLoaderName = "";
    /** Basic meminfo (tag 4) in KiB, or -1 when the tag is absent. */
    public long memLowerKiB = -1;
    public long memUpperKiB = -1;
    /** True when the map came from tag 6; false when it was built from basic meminfo. */
    public boolean hasMemoryMapTag;
    public final MemoryMap memoryMap = new MemoryMap();
    public final List<BootModule> modules = new ArrayList<>();
}
