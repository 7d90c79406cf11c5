package dev.bosun.simulator.reports;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a JSON document as a stream, keys in the order given and two-space indentation, so equal content gives
 * equal bytes. Numbers are written as given (callers pass plain decimal strings for amounts).
 */
final class JsonText implements Closeable {

    /** An open object or array: its closing bracket and whether anything was written in it yet. */
    private static final class Frame {
        final char closer;
        boolean empty = true;

        Frame(char closer) {
            this.closer = closer;
        }
    }

    private final Writer out;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private boolean afterKey;

    JsonText(Path path) {
        this(path, false);
    }

    /** A document written gzip-compressed when {@code gzip} (as the Ads API and SP-API deliver reports). */
    JsonText(Path path, boolean gzip) {
        try {
            Files.createDirectories(path.getParent());
            OutputStream stream = Files.newOutputStream(path);
            if (gzip) {
                stream = new GZIPOutputStream(stream, 1 << 16);
            }
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    JsonText object() {
        value("{");
        frames.push(new Frame('}'));
        return this;
    }

    JsonText array() {
        value("[");
        frames.push(new Frame(']'));
        return this;
    }

    /** Closes the object or array opened last. */
    JsonText end() {
        Frame frame = frames.pop();
        if (!frame.empty) {
            newline();
        }
        raw(String.valueOf(frame.closer));
        return this;
    }

    JsonText key(String name) {
        separate();
        raw(quote(name) + ": ");
        afterKey = true;
        return this;
    }

    JsonText string(String value) {
        return value(value == null ? "null" : quote(value));
    }

    /** A number written as given, e.g. "12.34"; null writes null. */
    JsonText number(String value) {
        return value(value == null ? "null" : value);
    }

    JsonText number(long value) {
        return value(Long.toString(value));
    }

    JsonText bool(boolean value) {
        return value(Boolean.toString(value));
    }

    JsonText field(String name, String value) {
        return key(name).string(value);
    }

    JsonText field(String name, long value) {
        return key(name).number(value);
    }

    /** A field whose value is a number given as text (an amount, a rate). */
    JsonText numberField(String name, String value) {
        return key(name).number(value);
    }

    JsonText field(String name, boolean value) {
        return key(name).bool(value);
    }

    private JsonText value(String text) {
        if (!afterKey) {
            separate();
        }
        afterKey = false;
        raw(text);
        return this;
    }

    private void separate() {
        Frame frame = frames.peek();
        if (frame == null) {
            return;
        }
        if (!frame.empty) {
            raw(",");
        }
        frame.empty = false;
        newline();
    }

    private void newline() {
        raw("\n" + "  ".repeat(frames.size()));
    }

    private void raw(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public void close() {
        try {
            out.write("\n");
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
