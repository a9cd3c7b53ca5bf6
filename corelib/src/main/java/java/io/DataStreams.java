/*
 * What DataInputStream, DataOutputStream and RandomAccessFile share: modified UTF-8 (readUTF/
 * writeUTF, with the JDK's errors) and the old readLine over single bytes.
 */
package java.io;

final class DataStreams {
    private DataStreams() {}

    static String readUTF(DataInput in) throws IOException {
        int utflen = in.readUnsignedShort();
        byte[] bytes = new byte[utflen];
        in.readFully(bytes, 0, utflen);
        char[] chars = new char[utflen];
        int count = 0, n = 0;
        while (count < utflen) {
            int c = bytes[count] & 0xff;
            switch (c >> 4) {
                case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
                    count++;
                    chars[n++] = (char) c;
                    break;
                case 12: case 13: {
                    count += 2;
                    if (count > utflen) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[count - 1];
                    if ((c2 & 0xC0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + count);
                    }
                    chars[n++] = (char) (((c & 0x1F) << 6) | (c2 & 0x3F));
                    break;
                }
                case 14: {
                    count += 3;
                    if (count > utflen) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[count - 2];
                    int c3 = bytes[count - 1];
                    if (((c2 & 0xC0) != 0x80) || ((c3 & 0xC0) != 0x80)) {
                        throw new UTFDataFormatException("malformed input around byte " + (count - 1));
                    }
                    chars[n++] = (char) (((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
                    break;
                }
                default:
                    throw new UTFDataFormatException("malformed input around byte " + count);
            }
        }
        return new String(chars, 0, n);
    }

    static byte[] encodeUTF(String str) throws UTFDataFormatException {
        int strlen = str.length();
        int utflen = 0;
        for (int i = 0; i < strlen; i++) {
            int c = str.charAt(i);
            utflen += (c >= 0x0001 && c <= 0x007F) ? 1 : c > 0x07FF ? 3 : 2;
        }
        if (utflen > 65535) {
            throw new UTFDataFormatException("encoded string (" + str.substring(0, 8) + "..." + str.substring(strlen - 8)
                    + ") too long: " + utflen + " bytes");
        }
        byte[] out = new byte[utflen + 2];
        int k = 0;
        out[k++] = (byte) (utflen >>> 8);
        out[k++] = (byte) utflen;
        for (int i = 0; i < strlen; i++) {
            int c = str.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                out[k++] = (byte) c;
            } else if (c > 0x07FF) {
                out[k++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
                out[k++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[k++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[k++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
                out[k++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }
}
