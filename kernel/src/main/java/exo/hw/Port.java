/*
 * x86 port I/O (in/out of 8, 16 and 32 bits). exoc lowers each call to one in/out instruction;
 * on the host the bodies go to the port devices that tests attach to exo.hw.Sim. Values are
 * passed as int and only their low 8/16/32 bits matter; reads return them zero-extended.
 */
package exo.hw;

public final class Port {
    private Port() {}

    public static int inb(int port) {
        return Sim.portIn(port, 1);
    }

    public static void outb(int port, int value) {
        Sim.portOut(port, 1, value);
    }

    public static int inw(int port) {
        return Sim.portIn(port, 2);
    }

    public static void outw(int port, int value) {
        Sim.portOut(port, 2, value);
    }

    public static int inl(int port) {
        return Sim.portIn(port, 4);
    }

    public static void outl(int port, int value) {
        Sim.portOut(port, 4, value);
    }
}
