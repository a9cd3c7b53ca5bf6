/*
 * java.util.Scanner: tokens separated by a delimiter pattern (white space by default) read
 * from a stream, file, string or Readable, parsed as numbers (en-US: optional sign, ','
 * grouping, '.' decimals), booleans or lines, with hasNext* lookahead. Input is read in
 * chunks as needed (ScannerSource), so interactive input works line by line. Failures are
 * the JDK's: NoSuchElementException at the end ("No line found" for nextLine),
 * InputMismatchException for a token of the wrong type (which stays unread),
 * IllegalStateException("Scanner closed").
 */
package java.util;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public final class Scanner implements Iterator<String>, Closeable {
    private static final Pattern WHITESPACE = Pattern.compile("\\p{javaWhitespace}+");
    private static final Pattern LINE_SEPARATOR = Pattern.compile("\\r\\n|[\\n\\r\\u2028\\u2029\\u0085]");

    private final ScannerSource src;
    private final Closeable closeable;
    private Pattern delimiter = WHITESPACE;
    private boolean whitespaceDelimiter = true;
    private boolean closed;
    private int radix = 10;
    private Locale locale = Locale.US;
    private MatchResult lastMatch;

    private Scanner(ScannerSource src, Closeable closeable) {
        this.src = src;
        this.closeable = closeable;
    }

    public Scanner(Readable source) {
        this(new ScannerSource(Objects.requireNonNull(source, "source")), source instanceof Closeable ? (Closeable) source : null);
    }

    public Scanner(InputStream source) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source")));
    }

    public Scanner(InputStream source, String charsetName) {
        this(reader(source, charsetName));
    }

    public Scanner(InputStream source, Charset charset) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"), charset));
    }

    public Scanner(File source) throws FileNotFoundException {
        this(new InputStreamReader(new FileInputStream(source)));
    }

    public Scanner(File source, String charsetName) throws FileNotFoundException {
        this(reader(new FileInputStream(source), charsetName));
    }

    public Scanner(File source, Charset charset) throws IOException {
        this(new InputStreamReader(new FileInputStream(source), charset));
    }

    public Scanner(Path source) throws IOException {
        this(new InputStreamReader(java.nio.file.Files.newInputStream(source)));
    }

    public Scanner(Path source, String charsetName) throws IOException {
        this(reader(java.nio.file.Files.newInputStream(source), charsetName));
    }

    public Scanner(Path source, Charset charset) throws IOException {
        this(new InputStreamReader(java.nio.file.Files.newInputStream(source), charset));
    }

    public Scanner(String source) {
        this(new ScannerSource(source), null);
    }

    private static InputStreamReader reader(InputStream in, String charsetName) {
        Objects.requireNonNull(charsetName, "charsetName");
        try {
            return new InputStreamReader(in, charsetName);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalArgumentException(charsetName);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                src.lastException = e;
            }
        }
    }

    public IOException ioException() {
        return src.lastException;
    }

    public Pattern delimiter() {
        return delimiter;
    }

    public Scanner useDelimiter(Pattern pattern) {
        delimiter = pattern;
        whitespaceDelimiter = pattern == WHITESPACE;
        return this;
    }

    public Scanner useDelimiter(String pattern) {
        return useDelimiter(pattern.equals("\\p{javaWhitespace}+") ? WHITESPACE : Pattern.compile(pattern));
    }

    public Locale locale() {
        return locale;
    }

    public Scanner useLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        return this;
    }

    public int radix() {
        return radix;
    }

    public Scanner useRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        this.radix = radix;
        return this;
    }

    public Scanner reset() {
        delimiter = WHITESPACE;
        whitespaceDelimiter = true;
        locale = Locale.US;
        radix = 10;
        return this;
    }

    public MatchResult match() {
        if (lastMatch == null) {
            throw new IllegalStateException("No match result available");
        }
        return lastMatch;
    }

    // ---- tokens -------------------------------------------------------------------------

    /** Start and end (packed) of the next token after the delimiters, or -1; nothing consumed. */
    private long peekToken() {
        ensureOpen();
        return whitespaceDelimiter ? peekWhitespaceToken() : peekPatternToken();
    }

    private long peekWhitespaceToken() {
        int i = src.pos;
        while (src.has(i) && Character.isWhitespace(cpAt(i))) {
            i += Character.charCount(cpAt(i));
        }
        if (!src.has(i)) {
            return -1;
        }
        int start = i;
        while (src.has(i) && !Character.isWhitespace(cpAt(i))) {
            i += Character.charCount(cpAt(i));
        }
        return ((long) start << 32) | i;
    }

    private int cpAt(int i) {
        char c = src.buf[i];
        if (Character.isHighSurrogate(c) && src.has(i + 1) && Character.isLowSurrogate(src.buf[i + 1])) {
            return Character.toCodePoint(c, src.buf[i + 1]);
        }
        return c;
    }

    private long peekPatternToken() {
        int start = skipDelimiters();
        if (start < 0) {
            return -1;
        }
        while (true) {
            Matcher m = matcherFrom(delimiter, start);
            boolean found = m.find();
            if (found && m.end() == start) {
                found = m.find();   // an empty delimiter at the token's start does not end it
            }
            if ((!found || m.hitEnd()) && src.fill()) {
                continue;
            }
            if (found) {
                return ((long) start << 32) | m.start();   // may be empty: two delimiters in a row
            }
            return src.end > start ? ((long) start << 32) | src.end : -1;
        }
    }

    /** Skips delimiters at the current position (reading more as needed); the token start, or -1. */
    private int skipDelimiters() {
        while (true) {
            Matcher m = matcherFrom(delimiter, src.pos);
            boolean at = m.lookingAt();
            if (m.hitEnd() && src.fill()) {
                continue;
            }
            int start = at ? m.end() : src.pos;
            return src.has(start) ? start : -1;
        }
    }

    private String view;
    private int viewVersion = -1;

    /** A matcher over the buffered chars from index from (absolute indices, no copy per call). */
    private Matcher matcherFrom(Pattern p, int from) {
        if (view == null || viewVersion != src.version) {
            view = new String(src.buf, 0, src.end);
            viewVersion = src.version;
        }
        return p.matcher(view).region(from, src.end);
    }

    private String token(long span) {
        int start = (int) (span >>> 32), end = (int) span;
        return new String(src.buf, start, end - start);
    }

    private void consume(long span) {
        src.pos = (int) span;
    }

    public boolean hasNext() {
        return peekToken() >= 0;
    }

    public String next() {
        long span = peekToken();
        if (span < 0) {
            throw new NoSuchElementException();
        }
        String t = token(span);
        consume(span);
        return t;
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        long span = peekToken();
        return span >= 0 && pattern.matcher(token(span)).matches();
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public String next(Pattern pattern) {
        long span = peekToken();
        if (span < 0) {
            throw new NoSuchElementException();
        }
        Matcher m = pattern.matcher(token(span));
        if (!m.matches()) {
            throw new InputMismatchException();
        }
        lastMatch = m.toMatchResult();
        consume(span);
        return m.group();
    }

    /** The next token converted by parse, consumed only if it parses. */
    private <T> T typed(java.util.function.Function<String, T> parse) {
        long span = peekToken();
        if (span < 0) {
            throw new NoSuchElementException();
        }
        T v = parse.apply(token(span));
        consume(span);
        return v;
    }

    private boolean hasTyped(java.util.function.Function<String, ?> parse) {
        long span = peekToken();
        if (span < 0) {
            return false;
        }
        try {
            parse.apply(token(span));
            return true;
        } catch (InputMismatchException e) {
            return false;
        }
    }

    public boolean hasNextInt() {
        return hasNextInt(radix);
    }

    public boolean hasNextInt(int radix) {
        return hasTyped(t -> ScannerNumbers.parseInt(t, radix));
    }

    public int nextInt() {
        return nextInt(radix);
    }

    public int nextInt(int radix) {
        return typed(t -> ScannerNumbers.parseInt(t, radix));
    }

    public boolean hasNextLong() {
        return hasNextLong(radix);
    }

    public boolean hasNextLong(int radix) {
        return hasTyped(t -> ScannerNumbers.parseLong(t, radix));
    }

    public long nextLong() {
        return nextLong(radix);
    }

    public long nextLong(int radix) {
        return typed(t -> ScannerNumbers.parseLong(t, radix));
    }

    public boolean hasNextShort() {
        return hasTyped(t -> ScannerNumbers.parseShort(t, radix));
    }

    public short nextShort() {
        return typed(t -> ScannerNumbers.parseShort(t, radix));
    }

    public short nextShort(int radix) {
        return typed(t -> ScannerNumbers.parseShort(t, radix));
    }

    public boolean hasNextByte() {
        return hasTyped(t -> ScannerNumbers.parseByte(t, radix));
    }

    public byte nextByte() {
        return typed(t -> ScannerNumbers.parseByte(t, radix));
    }

    public byte nextByte(int radix) {
        return typed(t -> ScannerNumbers.parseByte(t, radix));
    }

    public boolean hasNextDouble() {
        return hasTyped(ScannerNumbers::parseDouble);
    }

    public double nextDouble() {
        return typed(ScannerNumbers::parseDouble);
    }

    public boolean hasNextFloat() {
        return hasTyped(ScannerNumbers::parseDouble);
    }

    public float nextFloat() {
        return typed(t -> (float) ScannerNumbers.parseDouble(t));
    }

    public boolean hasNextBoolean() {
        return hasTyped(ScannerNumbers::parseBoolean);
    }

    public boolean nextBoolean() {
        return typed(ScannerNumbers::parseBoolean);
    }

    public boolean hasNextBigInteger() {
        return hasTyped(t -> ScannerNumbers.parseBigInteger(t, radix));
    }

    public BigInteger nextBigInteger() {
        return typed(t -> ScannerNumbers.parseBigInteger(t, radix));
    }

    public BigInteger nextBigInteger(int radix) {
        return typed(t -> ScannerNumbers.parseBigInteger(t, radix));
    }

    public boolean hasNextBigDecimal() {
        return hasTyped(ScannerNumbers::parseBigDecimal);
    }

    public BigDecimal nextBigDecimal() {
        return typed(ScannerNumbers::parseBigDecimal);
    }

    // ---- lines --------------------------------------------------------------------------

    /** The end of the current line's text and of its separator (packed), or -1 at the end. */
    private long peekLine() {
        ensureOpen();
        int i = src.pos;
        while (src.has(i)) {
            char c = src.buf[i];
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return ((long) i << 32) | (i + 1);
            }
            if (c == '\r') {
                boolean crlf = src.has(i + 1) && src.buf[i + 1] == '\n';
                return ((long) i << 32) | (i + (crlf ? 2 : 1));
            }
            i++;
        }
        return i > src.pos ? ((long) i << 32) | i : -1;
    }

    public boolean hasNextLine() {
        return peekLine() >= 0;
    }

    public String nextLine() {
        long line = peekLine();
        if (line < 0) {
            throw new NoSuchElementException("No line found");
        }
        int textEnd = (int) (line >>> 32);
        String s = new String(src.buf, src.pos, textEnd - src.pos);
        src.pos = (int) line;
        return s;
    }

    // ---- patterns in the input ------------------------------------------------------------

    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    public String findInLine(Pattern pattern) {
        long line = peekLine();
        if (line < 0) {
            return null;
        }
        int textEnd = (int) (line >>> 32);
        Matcher m = pattern.matcher(new String(src.buf, src.pos, textEnd - src.pos));
        if (!m.find()) {
            return null;
        }
        lastMatch = m.toMatchResult();
        src.pos += m.end();
        return m.group();
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    public Scanner skip(Pattern pattern) {
        ensureOpen();
        while (true) {
            Matcher m = matcherFrom(pattern, src.pos);
            boolean ok = m.lookingAt();
            if (m.hitEnd() && src.fill()) {
                continue;
            }
            if (!ok) {
                throw new NoSuchElementException();
            }
            lastMatch = m.toMatchResult();
            src.pos = m.end();
            return this;
        }
    }

    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon < 0");
        }
        while (true) {
            int limit = horizon == 0 ? src.end : Math.min(src.end, src.pos + horizon);
            Matcher m = pattern.matcher(new String(src.buf, src.pos, limit - src.pos));
            boolean found = m.find();
            if ((!found || m.hitEnd()) && (horizon == 0 || src.end - src.pos < horizon) && src.fill()) {
                continue;
            }
            if (!found) {
                return null;
            }
            lastMatch = m.toMatchResult();
            src.pos += m.end();
            return m.group();
        }
    }

    public Stream<String> tokens() {
        ensureOpen();
        return java.util.stream.Sources.of(this, false);
    }

    public Stream<MatchResult> findAll(String patString) {
        return findAll(Pattern.compile(patString));
    }

    public Stream<MatchResult> findAll(Pattern pattern) {
        ArrayList<MatchResult> all = new ArrayList<>();
        while (findWithinHorizon(pattern, 0) != null) {
            all.add(lastMatch);
        }
        return all.stream();
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        return "java.util.Scanner[delimiters=" + delimiter + "][position=" + src.pos + "][match valid=" + (lastMatch != null)
                + "][need input=false][source closed=" + src.eof + "][skipped=false][group separator=\\x{2c}][decimal separator=\\x{2e}]"
                + "[positive prefix=][negative prefix=\\Q-\\E][positive suffix=][negative suffix=][NaN string=\\QNaN\\E][infinity string=\\Q∞\\E]";
    }
}
