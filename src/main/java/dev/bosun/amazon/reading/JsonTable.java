package dev.bosun.amazon.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A JSON array of flat objects (Ads API v3 reports, after gunzip), streamed one object at a time. The keys of
 * the first object are the headers; numbers keep their exact decimal text. An element that is not an object is
 * handed on as a malformed record, so that it is rejected alone like a bad row.
 */
final class JsonTable implements Table {

    private final JsonParser parser;
    private final ObjectMapper mapper;
    private final List<String> headers;
    private final String name;
    private final Deque<Record> pending = new ArrayDeque<>();
    private long index;
    private boolean ended;

    JsonTable(ReportSource source, InputStream in, ObjectMapper mapper) throws IOException {
        this.name = source.name();
        this.mapper = mapper;
        Element first = null;
        try {
            this.parser = mapper.createParser(in);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ReportRejectedException(name + ": expected a JSON array of report rows");
            }
            while (first == null) {
                Element element = readElement();
                if (element == null) {
                    break;
                }
                if (element.cells != null) {
                    first = element;
                } else {
                    pending.add(new Record(element.line, new String[0], element.malformed));
                }
            }
        } catch (JacksonException e) {
            in.close();
            throw new ReportRejectedException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (first == null) {
            in.close();
            throw new ReportRejectedException(name
                    + (pending.isEmpty()
                            ? " is an empty JSON array: the report has no rows"
                            : " is a JSON array without a single object of report columns"));
        }
        headers = List.copyOf(first.cells.keySet());
        pending.add(record(first.line, first.cells));
    }

    private record Element(long line, Map<String, String> cells, String malformed) {}

    /** The next element, or null after the last. */
    private Element readElement() {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            return null;
        }
        long line = ++index;
        JsonNode node = mapper.readTree(parser);
        if (node == null || !node.isObject()) {
            String found = node == null ? "nothing" : node.isArray() ? "an array" : node.toString();
            return new Element(
                    line,
                    null,
                    "expected an object of report columns, found "
                            + (found.length() <= 60 ? found : found.substring(0, 57) + "..."));
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (var field : node.properties()) {
            JsonNode value = field.getValue();
            String text;
            if (value.isNull()) {
                text = null;
            } else if (value.isNumber()) {
                text = value.decimalValue().stripTrailingZeros().toPlainString();
            } else {
                text = value.isValueNode() ? value.asString() : value.toString();
            }
            row.put(field.getKey(), text);
        }
        return new Element(line, row, null);
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public long headerLine() {
        return 0;
    }

    @Override
    public String description() {
        return "JSON array";
    }

    @Override
    public Iterator<Record> records() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (pending.isEmpty() && !ended) {
                    readNext();
                }
                return !pending.isEmpty();
            }

            @Override
            public Record next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.poll();
            }
        };
    }

    private void readNext() {
        long after = index;
        try {
            Element element = readElement();
            if (element == null) {
                ended = true;
            } else if (element.cells != null) {
                pending.add(record(element.line, element.cells));
            } else {
                pending.add(new Record(element.line, new String[0], element.malformed));
            }
        } catch (JacksonException e) {
            ended = true;
            throw new ReportRejectedException(
                    name + ": invalid JSON after element " + after + ": " + e.getOriginalMessage(), e);
        }
    }

    private Record record(long line, Map<String, String> cells) {
        List<String> values = new ArrayList<>(headers.size());
        for (String header : headers) {
            values.add(cells.get(header));
        }
        return new Record(line, values.toArray(String[]::new));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
