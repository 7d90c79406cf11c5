package dev.bosun.amazon.reading;

/**
 * Bounds that keep a hostile or broken file from exhausting the server: the bytes a file may expand to, the
 * length of one line, the ratio of expanded to compressed size, and the size of a JSON document held in memory.
 */
public record ReadLimits(long maxBytes, int maxLineChars, long maxCompressionRatio, long maxDocumentBytes) {

    /** 8 GiB of text, 1,000,000 characters a line, 200:1 compression, 256 MiB JSON documents. */
    public static final ReadLimits DEFAULT = new ReadLimits(8L << 30, 1_000_000, 200, 256L << 20);
}
