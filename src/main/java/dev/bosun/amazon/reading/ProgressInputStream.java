package dev.bosun.amazon.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells a listener how many bytes of a file have been read, every 256 KiB and at the end. */
final class ProgressInputStream extends FilterInputStream {

    private static final long STEP = 256 * 1024;

    private final LongConsumer listener;
    private long read;
    private long reported;

    ProgressInputStream(InputStream in, LongConsumer listener) {
        super(in);
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) {
        read += n;
        if (read - reported >= STEP) {
            reported = read;
            listener.accept(read);
        }
    }

    @Override
    public void close() throws IOException {
        listener.accept(read);
        super.close();
    }
}
