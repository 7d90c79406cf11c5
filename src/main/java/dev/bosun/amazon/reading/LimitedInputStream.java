package dev.bosun.amazon.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from a decompressing stream and stops at the limits: an absolute size, and a
 * compression ratio against the compressed size once past 64 MiB (zip bombs expand thousands of times).
 */
final class LimitedInputStream extends FilterInputStream {

    private static final long RATIO_CHECK_AFTER = 64L << 20;

    private final String name;
    private final long compressedSize;
    private final ReadLimits limits;
    private long count;

    LimitedInputStream(InputStream in, String name, long compressedSize, ReadLimits limits) {
        super(in);
        this.name = name;
        this.compressedSize = Math.max(1, compressedSize);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) {
        count += n;
        if (count > limits.maxBytes()) {
            throw new ReportRejectedException(name + " expands to more than " + limits.maxBytes()
                    + " bytes; refused (split the report into smaller date ranges)");
        }
        if (count > RATIO_CHECK_AFTER && count / compressedSize > limits.maxCompressionRatio()) {
            throw new ReportRejectedException(name + " expands more than " + limits.maxCompressionRatio()
                    + " times its compressed size; refused as a likely zip bomb");
        }
    }
}
