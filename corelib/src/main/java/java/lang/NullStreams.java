/*
 * The streams a Process hands out for a stream that is redirected elsewhere, as the JDK's
 * ProcessBuilder.NullInputStream/NullOutputStream: reading gives end of file at once, writing
 * fails with "Stream closed". ProcessImpl uses them.
 */
package java.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

final class NullStreams {
    private NullStreams() {}

    static final InputStream INPUT = new InputStream() {
        @Override
        public int read() {
            return -1;
        }

        @Override
        public int available() {
            return 0;
        }
    };

    static final OutputStream OUTPUT = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Stream closed");
        }
    };
}
