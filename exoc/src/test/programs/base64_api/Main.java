// java.util.Base64: basic, URL-safe and MIME encoders and decoders, with and without padding,
// custom MIME lines, round trips of every length up to 70 bytes, ByteBuffers, and the JDK's
// IllegalArgumentException messages for malformed input.
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

public class Main {
    public static void main(String[] args) {
        byte[] hello = "Hello, Exo-OS!".getBytes(StandardCharsets.UTF_8);
        System.out.println(Base64.getEncoder().encodeToString(hello));
        System.out.println(Base64.getEncoder().withoutPadding().encodeToString(hello));
        byte[] binary = new byte[64];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37 + 250);
        }
        System.out.println(Base64.getEncoder().encodeToString(binary));
        System.out.println(Base64.getUrlEncoder().encodeToString(binary));
        System.out.println(Base64.getMimeEncoder().encodeToString(new byte[120]).replace("\r\n", "<CRLF>"));
        System.out.println(Base64.getMimeEncoder(10, new byte[] {'\n'}).encodeToString(binary).replace("\n", "|"));
        System.out.println(Base64.getMimeEncoder(0, new byte[] {'#'}).encodeToString(hello));
        for (String s : new String[] {"", "f", "fo", "foo", "foob", "fooba", "foobar"}) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            String e = Base64.getEncoder().encodeToString(b);
            String u = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            System.out.println("\"" + s + "\" -> " + e + " / " + u + " -> \"" + new String(Base64.getDecoder().decode(e), StandardCharsets.US_ASCII)
                    + "\" \"" + new String(Base64.getUrlDecoder().decode(u), StandardCharsets.US_ASCII) + "\"");
        }
        int ok = 0;
        for (int len = 0; len <= 70; len++) {
            byte[] b = Arrays.copyOf(binary, Math.min(len, 64));
            for (Base64.Encoder enc : new Base64.Encoder[] {Base64.getEncoder(), Base64.getMimeEncoder(), Base64.getUrlEncoder().withoutPadding()}) {
                byte[] e = enc.encode(b);
                Base64.Decoder dec = enc == Base64.getMimeEncoder() ? Base64.getMimeDecoder()
                        : enc == Base64.getEncoder() ? Base64.getDecoder() : Base64.getUrlDecoder();
                if (Arrays.equals(dec.decode(e), b)) {
                    ok++;
                }
            }
        }
        System.out.println("round trips: " + ok);
        System.out.println(Arrays.toString(Base64.getMimeDecoder().decode("SGVs\r\nbG8*\n=")));
        System.out.println(Arrays.toString(Base64.getMimeDecoder().decode("!")));
        ByteBuffer bb = Base64.getEncoder().encode(ByteBuffer.wrap(hello));
        System.out.println("buffer " + bb.remaining() + " " + new String(Base64.getDecoder().decode(bb).array(), StandardCharsets.UTF_8));
        byte[] dst = new byte[40];
        System.out.println("into array: " + Base64.getEncoder().encode(hello, dst) + " " + Base64.getDecoder().decode("AAEC".getBytes(), dst));
        String[] bad = {"A", "A===", "AB=", "AB=C", "ABC=D", "AB==C", "A=", "=", "AB!C", "AB\u00ffC", "ABCDE", "AB\nCD", "YQ==YQ=="};
        for (String s : bad) {
            try {
                System.out.println("\"" + s + "\" -> " + Arrays.toString(Base64.getDecoder().decode(s)));
            } catch (IllegalArgumentException e) {
                System.out.println("\"" + s.replace("\n", "\\n") + "\" -> IllegalArgumentException: " + e.getMessage());
            }
        }
        for (String s : new String[] {"A", "AB=C", "QQ==\n!", "QQ==QQ", "QUJD\r\nRA"}) {
            try {
                System.out.println("mime \"" + s.replace("\n", "\\n").replace("\r", "\\r") + "\" -> " + Arrays.toString(Base64.getMimeDecoder().decode(s)));
            } catch (IllegalArgumentException e) {
                System.out.println("mime -> IllegalArgumentException: " + e.getMessage());
            }
        }
        try {
            Base64.getMimeEncoder(4, new byte[] {'A'});
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            Base64.getEncoder().encode(hello, new byte[4]);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            Base64.getDecoder().decode("QUJDRA==".getBytes(), new byte[2]);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
    }
}
