package dev.bosun.amazon.reading;

import dev.bosun.amazon.DocumentElement;
import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportRow;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A JSON document report for its importer. Problems are placed by JSON path; one inside an element of a top-level
 * array rejects that element (as a bad row does in a table), any other concerns the whole document. It counts the
 * elements read and the elements rejected.
 */
public final class DocumentContent implements ReportContent {

    /** {@code key[12]…}: a path inside an element of the top-level array {@code key}. */
    private static final Pattern ELEMENT = Pattern.compile("^([^.\\[\\]]+)\\[(\\d+)\\]");

    private final JsonDocument document;
    private final Problems problems;
    private final Set<String> rejectedElements = new HashSet<>();
    private long read;

    public DocumentContent(JsonDocument document, Problems problems) {
        this.document = document;
        this.problems = problems;
    }

    @Override
    public Iterable<ReportRow> rows() {
        throw new IllegalStateException("this report is a JSON document; read document() and elements()");
    }

    @Override
    public JsonNode document() {
        return document.held();
    }

    @Override
    public Iterable<DocumentElement> elements(String key) {
        Iterator<JsonNode> nodes;
        if (document.isStreamed(key)) {
            nodes = document.streamedElements(key);
        } else {
            JsonNode array = document.held().path(key);
            if (!array.isArray()) {
                reject(key, "an array", array.isMissingNode() ? "nothing" : kind(array));
                return java.util.List.of();
            }
            nodes = array.iterator();
        }
        return () -> new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return nodes.hasNext();
            }

            @Override
            public DocumentElement next() {
                if (!nodes.hasNext()) {
                    throw new NoSuchElementException();
                }
                read++;
                int at = index++;
                return new DocumentElement(key + "[" + at + "]", at, nodes.next());
            }
        };
    }

    @Override
    public void reject(String path, String expected, String found) {
        String relative = path.startsWith("$.") ? path.substring(2) : path.startsWith("$") ? path.substring(1) : path;
        Matcher element = ELEMENT.matcher(relative);
        long line = 0;
        if (element.find()) {
            rejectedElements.add(element.group());
            line = Long.parseLong(element.group(2)) + 1;
        }
        problems.add(new ImportProblem(line, 0, "$." + relative, "expected " + expected + ", found " + found));
    }

    /** The elements handed out by {@link #elements}, over all arrays. */
    public long read() {
        return read;
    }

    /** The elements a problem was recorded in. */
    public long rejected() {
        return rejectedElements.size();
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        String text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
