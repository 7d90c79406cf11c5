package dev.bosun.amazon.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
 * the first object are the headers; numbers keep their exact decimal text.
 */
final class JsonTable implements Table {

    private final JsonParser parser;
    private final ObjectMapper mapper;
    private final List<String> headers;
    private final String name;
    private Map<String, String> pending;
    private long index;

    JsonTable(ReportSource source, InputStream in, ObjectMapper mapper) throws IOException {
        this.name = source.name();
        this.mapper = mapper;
        try {
            this.parser = mapper.createParser(in);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ReportRejectedException(name + ": expected a JSON array of report rows");
            }
            pending = readObject();
        } catch (JacksonException e) {
            in.close();
            throw new ReportRejectedException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (pending == null) {
            throw new ReportRejectedException(name + " is an empty JSON array: the report has no rows");
        }
        headers = List.copyOf(pending.keySet());
    }

    private Map<String, String> readObject() {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new ReportRejectedException(name + ": element " + (index + 1) + " of the array is not an object");
        }
        JsonNode node = mapper.readTree(parser);
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
        index++;
        return row;
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
                return pending != null;
            }

            @Override
            public Record next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                List<String> cells = new ArrayList<>(headers.size());
                for (String header : headers) {
                    cells.add(pending.get(header));
                }
                long line = index;
                try {
                    pending = readObject();
                } catch (JacksonException e) {
                    throw new ReportRejectedException(
                            name + ": invalid JSON after element " + line + ": " + e.getOriginalMessage(), e);
                }
                return new Record(line, cells.toArray(String[]::new));
            }
        };
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
