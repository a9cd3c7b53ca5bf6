// Bad input: an interrupt handler that may block through a virtual call.
import exo.rt.Blocking;
import exo.rt.IrqContext;

public class Main {
    static class Device {
        int read() {
            return 1;
        }
    }

    static final class SlowDevice extends Device {
        @Blocking
        @Override
        int read() {
            return 2;
        }
    }

    static Device[] devices = {new Device(), new SlowDevice()};

    @IrqContext
    static int irq(Device d) {
        return d.read();
    }

    public static void main(String[] args) {
        System.out.println(irq(devices[0]) + irq(devices[1]));
    }
}
