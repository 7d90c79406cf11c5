package dev.bosun.amazon.reading;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON document report read with Jackson's streaming parser. Every top-level member is held in memory as a tree
 * (all of them together bounded by {@link ReadLimits#maxDocumentBytes}), except the arrays named as streamed: those
 * are skipped token by token at first, and read again from the source one element tree at a time when the importer
 * asks for them, so a document of hundreds of megabytes is read with flat memory.
 */
public final class JsonDocument implements Closeable {

    private final ReportSource source;
    private final ReadLimits limits;
    private final ObjectMapper mapper;
    private final ObjectNode held;
    private final Set<String> keys;
    private final Set<String> streamed;
    private final List<JsonParser> open = new ArrayList<>();

    private JsonDocument(
            ReportSource source,
            ReadLimits limits,
            ObjectMapper mapper,
            ObjectNode held,
            Set<String> keys,
            Set<String> streamed) {
        this.source = source;
        this.limits = limits;
        this.mapper = mapper;
        this.held = held;
        this.keys = keys;
        this.streamed = streamed;
    }

    /**
     * Reads the document's top level from {@code in} (positioned at its start), holding every member but the
     * arrays whose keys are in {@code streamable}.
     */
    static JsonDocument read(
            ReportSource source, InputStream in, ReadLimits limits, Set<String> streamable, ObjectMapper mapper) {
        String name = source.name();
        HeldBytesInputStream counted = new HeldBytesInputStream(in);
        ObjectNode held = mapper.createObjectNode();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> streamed = new LinkedHashSet<>();
        long heldBytes = 0;
        String tooBig = name + " is a JSON document over " + limits.maxDocumentBytes() + " bytes; refused";
        try (JsonParser parser = mapper.createParser(counted)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ReportRejectedException(name + ": expected a JSON object");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                keys.add(key);
                if (value == JsonToken.START_ARRAY && streamable.contains(key)) {
                    parser.skipChildren();
                    streamed.add(key);
                    held.remove(key);
                    continue;
                }
                counted.hold(limits.maxDocumentBytes() - heldBytes, tooBig);
                JsonNode node = mapper.readTree(parser);
                heldBytes += counted.release();
                held.set(key, node == null ? NullNode.getInstance() : node);
                streamed.remove(key);
            }
            if (token != JsonToken.END_OBJECT) {
                throw new ReportRejectedException(name + " is not valid JSON: the document ends before its last }");
            }
            if (parser.nextToken() != null) {
                throw new ReportRejectedException(name + " is not valid JSON: there is more after the document's end");
            }
        } catch (JacksonException e) {
            throw new ReportRejectedException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return new JsonDocument(source, limits, mapper, held, keys, streamed);
    }

    /** Every top-level key, in file order, streamed ones included. */
    public Set<String> keys() {
        return keys;
    }

    /** The members held in memory: the whole document but its streamed arrays. */
    public JsonNode held() {
        return held;
    }

    /** Whether {@code key} is an array left in the file, to be read with {@link #streamedElements}. */
    public boolean isStreamed(String key) {
        return streamed.contains(key);
    }

    /**
     * The elements of the streamed array {@code key}, read again from the source one at a time; each element's
     * tree is bounded by {@link ReadLimits#maxDocumentBytes}.
     */
    public Iterator<JsonNode> streamedElements(String key) {
        if (!isStreamed(key)) {
            throw new IllegalArgumentException(key + " is not a streamed array of " + source.name());
        }
        String name = source.name();
        HeldBytesInputStream counted;
        JsonParser parser;
        try {
            counted = new HeldBytesInputStream(new BufferedInputStream(source.open(), 65536));
            parser = mapper.createParser(counted);
            open.add(parser);
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String at = parser.currentName();
                JsonToken value = parser.nextToken();
                if (at.equals(key) && value == JsonToken.START_ARRAY) {
                    break;
                }
                parser.skipChildren();
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new ReportRejectedException(
                        name + " changed while it was read: the array " + key + " is no longer there");
            }
        } catch (IOException e) {
            throw new ReportRejectedException(name + " cannot be read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new ReportRejectedException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return new Iterator<>() {
            private JsonNode next;
            private int index;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = read();
                }
                return next != null;
            }

            @Override
            public JsonNode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                JsonNode element = next;
                next = null;
                index++;
                return element;
            }

            private JsonNode read() {
                try {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY || token == null) {
                        done = true;
                        close(parser);
                        return null;
                    }
                    counted.hold(
                            limits.maxDocumentBytes(),
                            name + ": element " + index + " of " + key + " is over " + limits.maxDocumentBytes()
                                    + " bytes; refused");
                    JsonNode node = mapper.readTree(parser);
                    counted.release();
                    return node == null ? NullNode.getInstance() : node;
                } catch (JacksonException e) {
                    done = true;
                    close(parser);
                    throw new ReportRejectedException(
                            name + " is not valid JSON in " + key + " after element " + index + ": "
                                    + e.getOriginalMessage(),
                            e);
                }
            }
        };
    }

    private void close(JsonParser parser) {
        open.remove(parser);
        parser.close();
    }

    @Override
    public void close() {
        for (JsonParser parser : List.copyOf(open)) {
            close(parser);
        }
    }
}
