package dev.bosun.amazon.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds what a JSON parser reads while it builds a tree held in memory: between {@link #hold} and
 * {@link #release} the bytes read are counted, and going past the bound refuses the file instead of filling the
 * heap. Bytes read while nothing is held (an array being skipped or streamed) do not count.
 */
final class HeldBytesInputStream extends FilterInputStream {

    private long bound = -1;
    private long counted;
    private String refusal;

    HeldBytesInputStream(InputStream in) {
        super(in);
    }

    /** Starts counting; more than {@code bytes} before {@link #release} refuses the file with {@code refusal}. */
    void hold(long bytes, String refusal) {
        this.bound = bytes;
        this.counted = 0;
        this.refusal = refusal;
    }

    /** Stops counting and returns the bytes read since {@link #hold}. */
    long release() {
        bound = -1;
        return counted;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        if (bound < 0) {
            return;
        }
        counted += n;
        if (counted > bound) {
            bound = -1;
            throw new ReportRejectedException(refusal);
        }
    }
}
