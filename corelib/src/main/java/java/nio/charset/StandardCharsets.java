/* The six charsets every Java platform has. */
package java.nio.charset;

import exo.rt.Codecs;

public final class StandardCharsets {
    private StandardCharsets() {}

    public static final Charset US_ASCII = Charset.BUILTIN[Codecs.US_ASCII];
    public static final Charset ISO_8859_1 = Charset.BUILTIN[Codecs.ISO_8859_1];
    public static final Charset UTF_8 = Charset.BUILTIN[Codecs.UTF_8];
    public static final Charset UTF_16BE = Charset.BUILTIN[Codecs.UTF_16BE];
    public static final Charset UTF_16LE = Charset.BUILTIN[Codecs.UTF_16LE];
    public static final Charset UTF_16 = Charset.BUILTIN[Codecs.UTF_16];
}
