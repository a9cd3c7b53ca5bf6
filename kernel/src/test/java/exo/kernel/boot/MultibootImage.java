/*
 * Builds multiboot2 information structures for tests, tag by tag with the specification's
 * 8-byte alignment, and writes them into Sim memory at a physical address (through the direct
 * map, as GRUB's structure would be seen by the kernel).
 */
package exo.kernel.boot;

import exo.hw.Memory;
import exo.kernel.mm.PhysAddr;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

public final class MultibootImage {
    private final ByteArrayOutputStream tags = new ByteArrayOutputStream();

    public MultibootImage cmdline(String s) {
        return stringTag(1, s);
    }

    public MultibootImage loaderName(String s) {
        return stringTag(2, s);
    }

    private MultibootImage stringTag(int type, String s) {
        byte[] str = (s + "\0").getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = le(8 + str.length);
        b.putInt(type).putInt(8 + str.length).put(str);
        return tag(b.array());
    }

    public MultibootImage module(long start, long end, String cmd) {
        byte[] str = (cmd + "\0").getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = le(16 + str.length);
        b.putInt(3).putInt(16 + str.length).putInt((int) start).putInt((int) end).put(str);
        return tag(b.array());
    }

    public MultibootImage meminfo(int lowerKiB, int upperKiB) {
        ByteBuffer b = le(16);
        b.putInt(4).putInt(16).putInt(lowerKiB).putInt(upperKiB);
        return tag(b.array());
    }

    /** entries: {base, length, type} triples. */
    public MultibootImage mmap(long... entries) {
        int n = entries.length / 3;
        ByteBuffer b = le(16 + 24 * n);
        b.putInt(6).putInt(16 + 24 * n).putInt(24).putInt(0);
        for (int i = 0; i < n; i++) {
            b.putLong(entries[3 * i]).putLong(entries[3 * i + 1]).putInt((int) entries[3 * i + 2]).putInt(0);
        }
        return tag(b.array());
    }

    public MultibootImage end() {
        ByteBuffer b = le(8);
        b.putInt(0).putInt(8);
        return tag(b.array());
    }

    /** Appends raw tag bytes, then pads to 8 bytes. */
    public MultibootImage tag(byte[] bytes) {
        tags.writeBytes(bytes);
        while (tags.size() % 8 != 0) {
            tags.write(0);
        }
        return this;
    }

    /** The whole structure: total size, reserved, tags. */
    public byte[] bytes() {
        byte[] t = tags.toByteArray();
        ByteBuffer b = le(8 + t.length);
        b.putInt(8 + t.length).putInt(0).put(t);
        return b.array();
    }

    public long writeTo(long phys) {
        writeRaw(phys, bytes());
        return phys;
    }

    public static void writeRaw(long phys, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            Memory.write8(PhysAddr.toVirt(phys) + i, bytes[i]);
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
