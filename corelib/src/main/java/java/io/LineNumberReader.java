/* A BufferedReader that counts lines (getLineNumber after each line terminator). */
package java.io;

public class LineNumberReader extends BufferedReader {
    private int lineNumber;
    private int markedLineNumber;
    private boolean skipLF;
    private boolean prevChar;

    public LineNumberReader(Reader in) {
        super(in);
    }

    public LineNumberReader(Reader in, int sz) {
        super(in, sz);
    }

    public void setLineNumber(int lineNumber) {
        this.lineNumber = lineNumber;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (skipLF) {
            if (c == '\n') {
                c = super.read();
            }
            skipLF = false;
        }
        switch (c) {
            case '\r':
                skipLF = true;
                lineNumber++;
                return '\n';
            case '\n':
                lineNumber++;
                return '\n';
            default:
                return c;
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = super.read(cbuf, off, len);
        for (int i = off; i < off + n; i++) {
            int c = cbuf[i];
            if (skipLF) {
                skipLF = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\r') {
                skipLF = true;
                lineNumber++;
            } else if (c == '\n') {
                lineNumber++;
            }
        }
        return n;
    }

    @Override
    public String readLine() throws IOException {
        String l = super.readLine();
        if (l != null) {
            lineNumber++;
        }
        skipLF = false;
        return l;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        super.mark(readAheadLimit);
        markedLineNumber = lineNumber;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lineNumber = markedLineNumber;
    }
}
