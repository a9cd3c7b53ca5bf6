/* Chars decoded from a byte stream (UTF-8 by default, or a named charset) by exo.rt.StreamDecoder. */
package java.io;

import exo.rt.Codecs;
import exo.rt.StreamDecoder;
import java.nio.charset.Charset;

public class InputStreamReader extends Reader {
    private final StreamDecoder sd;
    private final InputStream in;

    public InputStreamReader(InputStream in) {
        super(in);
        this.in = in;
        this.sd = new StreamDecoder(in, Codecs.UTF_8);
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        super(in);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        int id = Codecs.lookup(charsetName);
        if (id < 0) {
            throw new UnsupportedEncodingException(charsetName);
        }
        this.in = in;
        this.sd = new StreamDecoder(in, id);
    }

    public InputStreamReader(InputStream in, Charset cs) {
        super(in);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        this.in = in;
        this.sd = new StreamDecoder(in, Codecs.of(cs));
    }

    public String getEncoding() {
        String n = sd.charsetName();
        return n.equals("UTF-8") ? "UTF8" : n.equals("ISO-8859-1") ? "ISO8859_1" : n.equals("US-ASCII") ? "ASCII" : n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return sd.read(one, 0, 1) == -1 ? -1 : one[0];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
        return sd.read(cbuf, off, len);
    }

    @Override
    public boolean ready() throws IOException {
        return sd.ready();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
