package dev.bosun.amazon.reading;

import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ReportContent;
import dev.bosun.amazon.ReportRow;
import tools.jackson.databind.JsonNode;

/** A JSON document report for its importer; problems are placed by JSON path. */
public final class DocumentContent implements ReportContent {

    private final JsonNode root;
    private final Problems problems;

    public DocumentContent(JsonNode root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    @Override
    public Iterable<ReportRow> rows() {
        throw new IllegalStateException("this report is a JSON document; read document()");
    }

    @Override
    public JsonNode document() {
        return root;
    }

    @Override
    public void reject(String path, String expected, String found) {
        problems.add(new ImportProblem(0, 0, path, "expected " + expected + ", found " + found));
    }
}
