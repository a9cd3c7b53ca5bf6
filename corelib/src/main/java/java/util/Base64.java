/*
 * java.util.Base64: the RFC 4648 basic and URL-safe alphabets and the RFC 2045 MIME form
 * (76-character lines separated by CRLF, decoding that skips what is not in the alphabet),
 * with and without padding. Decoding errors are the JDK's IllegalArgumentExceptions, word for
 * word ("Illegal base64 character 2d", "Last unit does not have enough valid bits", ...). The
 * stream wrappers (wrap) are not provided.
 */
package java.util;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

public class Base64 {
    private Base64() {}

    private static final char[] BASIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final byte[] CRLF = {'\r', '\n'};
    private static final int MIME_LINE = 76;

    private static final Encoder BASIC_ENCODER = new Encoder(BASIC, null, -1, true);
    private static final Encoder URL_ENCODER = new Encoder(URL, null, -1, true);
    private static final Encoder MIME_ENCODER = new Encoder(BASIC, CRLF, MIME_LINE, true);
    private static final Decoder BASIC_DECODER = new Decoder(BASIC, false);
    private static final Decoder URL_DECODER = new Decoder(URL, false);
    private static final Decoder MIME_DECODER = new Decoder(BASIC, true);

    public static Encoder getEncoder() {
        return BASIC_ENCODER;
    }

    public static Encoder getUrlEncoder() {
        return URL_ENCODER;
    }

    public static Encoder getMimeEncoder() {
        return MIME_ENCODER;
    }

    /** lineLength is rounded down to a multiple of 4; 0 or less: no line breaks at all. */
    public static Encoder getMimeEncoder(int lineLength, byte[] lineSeparator) {
        Objects.requireNonNull(lineSeparator);
        int[] values = valuesOf(BASIC);
        for (byte b : lineSeparator) {
            if (values[b & 0xff] != -1) {
                throw new IllegalArgumentException("Illegal base64 line separator character 0x" + Integer.toString(b, 16));
            }
        }
        lineLength &= ~3;
        if (lineLength <= 0) {
            return BASIC_ENCODER;
        }
        return new Encoder(BASIC, lineSeparator.clone(), lineLength, true);
    }

    public static Decoder getDecoder() {
        return BASIC_DECODER;
    }

    public static Decoder getUrlDecoder() {
        return URL_DECODER;
    }

    public static Decoder getMimeDecoder() {
        return MIME_DECODER;
    }

    /** The value of each byte in the alphabet, -1 for bytes outside it. */
    private static int[] valuesOf(char[] alphabet) {
        int[] values = new int[256];
        Arrays.fill(values, -1);
        for (int i = 0; i < alphabet.length; i++) {
            values[alphabet[i]] = i;
        }
        return values;
    }

    public static class Encoder {
        private final char[] alphabet;
        private final byte[] newline;
        private final int lineMax;
        private final boolean doPadding;

        private Encoder(char[] alphabet, byte[] newline, int lineMax, boolean doPadding) {
            this.alphabet = alphabet;
            this.newline = newline;
            this.lineMax = lineMax;
            this.doPadding = doPadding;
        }

        /** The encoded length; overflow of an int is the JDK's OutOfMemoryError. */
        private int encodedLength(int srclen) {
            long len = doPadding ? 4L * ((srclen + 2L) / 3) : (4L * srclen + 2) / 3;
            if (lineMax > 0 && len > 0) {
                len += (len - 1) / lineMax * newline.length;
            }
            if (len > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("Encoded size is too large");
            }
            return (int) len;
        }

        public byte[] encode(byte[] src) {
            byte[] dst = new byte[encodedLength(src.length)];
            encodeInto(src, 0, src.length, dst);
            return dst;
        }

        public int encode(byte[] src, byte[] dst) {
            int len = encodedLength(src.length);
            if (dst.length < len || len == -1) {
                throw new IllegalArgumentException("Output byte array is too small for encoding all input bytes");
            }
            return encodeInto(src, 0, src.length, dst);
        }

        public String encodeToString(byte[] src) {
            return new String(encode(src), StandardCharsets.ISO_8859_1);
        }

        public ByteBuffer encode(ByteBuffer buffer) {
            byte[] src = new byte[buffer.remaining()];
            buffer.get(src);
            return ByteBuffer.wrap(encode(src));
        }

        public Encoder withoutPadding() {
            return doPadding ? new Encoder(alphabet, newline, lineMax, false) : this;
        }

        private int encodeInto(byte[] src, int off, int end, byte[] dst) {
            int dp = 0;
            int lineChars = 0;
            for (int sp = off; sp < end; sp += 3) {
                if (lineMax > 0 && lineChars == lineMax) {
                    for (byte b : newline) {
                        dst[dp++] = b;
                    }
                    lineChars = 0;
                }
                int n = Math.min(3, end - sp);
                int bits = (src[sp] & 0xff) << 16 | (n > 1 ? (src[sp + 1] & 0xff) << 8 : 0) | (n > 2 ? src[sp + 2] & 0xff : 0);
                dst[dp++] = (byte) alphabet[bits >>> 18];
                dst[dp++] = (byte) alphabet[(bits >>> 12) & 63];
                if (n > 1) {
                    dst[dp++] = (byte) alphabet[(bits >>> 6) & 63];
                } else if (doPadding) {
                    dst[dp++] = '=';
                }
                if (n > 2) {
                    dst[dp++] = (byte) alphabet[bits & 63];
                } else if (doPadding) {
                    dst[dp++] = '=';
                }
                lineChars += 4;
            }
            return dp;
        }
    }

    public static class Decoder {
        private final int[] values;
        private final boolean isMime;

        private Decoder(char[] alphabet, boolean isMime) {
            this.values = valuesOf(alphabet);
            this.isMime = isMime;
        }

        public byte[] decode(byte[] src) {
            byte[] dst = new byte[maxDecodedLength(src)];
            if (dst.length == 0) {
                return dst;
            }
            int n = decodeInto(src, dst);
            return n == dst.length ? dst : Arrays.copyOf(dst, n);
        }

        public byte[] decode(String src) {
            return decode(src.getBytes(StandardCharsets.ISO_8859_1));
        }

        public int decode(byte[] src, byte[] dst) {
            byte[] out = decode(src);
            if (dst.length < out.length) {
                throw new IllegalArgumentException("Output byte array is too small for decoding all input bytes");
            }
            System.arraycopy(out, 0, dst, 0, out.length);
            return out.length;
        }

        public ByteBuffer decode(ByteBuffer buffer) {
            int pos = buffer.position();
            byte[] src = new byte[buffer.remaining()];
            buffer.get(src);
            try {
                return ByteBuffer.wrap(decode(src));
            } catch (IllegalArgumentException e) {
                buffer.position(pos);   // as the JDK: the buffer is left where it was
                throw e;
            }
        }

        private int maxDecodedLength(byte[] src) {
            int len = src.length;
            if (len == 0 || (len == 1 && isMime && values[src[0] & 0xff] == -1)) {
                return 0;
            }
            if (len < 2 && !isMime) {
                throw new IllegalArgumentException("Input byte[] should at least have 2 bytes for base64 bytes");
            }
            return (int) ((long) len * 3 / 4 + 3);
        }

        /** Decodes all of src into dst; returns the number of bytes written. */
        private int decodeInto(byte[] src, byte[] dst) {
            int dp = 0;
            int bits = 0;
            int inUnit = 0;   // characters of the current 4-character unit seen so far
            int sp = 0;
            while (sp < src.length) {
                int b = src[sp++];
                int v = values[b & 0xff];
                if (v < 0) {
                    if (b == '=') {
                        sp = padding(src, sp, inUnit);
                        break;
                    }
                    if (isMime) {
                        continue;
                    }
                    throw new IllegalArgumentException("Illegal base64 character " + Integer.toString(b, 16));
                }
                bits = bits << 6 | v;
                if (++inUnit == 4) {
                    dst[dp++] = (byte) (bits >> 16);
                    dst[dp++] = (byte) (bits >> 8);
                    dst[dp++] = (byte) bits;
                    bits = 0;
                    inUnit = 0;
                }
            }
            if (inUnit == 1) {
                throw new IllegalArgumentException("Last unit does not have enough valid bits");
            }
            if (inUnit == 2) {
                dst[dp++] = (byte) (bits >> 4);
            } else if (inUnit == 3) {
                dst[dp++] = (byte) (bits >> 10);
                dst[dp++] = (byte) (bits >> 2);
            }
            checkNothingAfter(src, sp);
            return dp;
        }

        /** After a '=' (at src[sp - 1]): checks the padding and returns where it ends. */
        private static int padding(byte[] src, int sp, int inUnit) {
            if (inUnit == 0 || (inUnit == 2 && (sp == src.length || src[sp++] != '='))) {
                throw new IllegalArgumentException("Input byte array has wrong 4-byte ending unit");
            }
            return sp;
        }

        private void checkNothingAfter(byte[] src, int sp) {
            while (sp < src.length) {
                if (!isMime) {
                    throw new IllegalArgumentException("Input byte array has incorrect ending byte at " + sp);
                }
                if (values[src[sp++] & 0xff] >= 0) {   // the JDK counts the offending byte in
                    throw new IllegalArgumentException("Input byte array has incorrect ending byte at " + sp);
                }
            }
        }
    }
}
