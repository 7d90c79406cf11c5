package dev.bosun.amazon;

import java.util.List;

/**
 * What a report file looks like, so the reader can recognise it and hand its rows to the right importer.
 *
 * @param id stable id, {@code <module>.<report>}, e.g. {@code orders.all-orders}; stored with each import batch
 * @param title the report's name as sellers know it, e.g. "All Orders report"
 * @param amazonNames Amazon's report type names (SP-API) or console report names
 * @param shape a table (text, xlsx or a JSON array of flat objects) or a JSON document
 * @param columns for tables: the columns, at least one required; detection needs every required column
 * @param documentKeys for JSON documents: the top-level keys that identify the report
 * @param period where the dates the file covers come from
 * @param streamedArrays for JSON documents: the top-level arrays that can be too big to hold in memory, read
 *     element by element from the file instead (see {@link ReportContent#elements})
 */
public record ReportLayout(
        String id,
        String title,
        List<String> amazonNames,
        Shape shape,
        List<ColumnSpec> columns,
        List<String> documentKeys,
        PeriodSource period,
        List<String> streamedArrays) {

    public ReportLayout {
        amazonNames = List.copyOf(amazonNames);
        columns = List.copyOf(columns);
        documentKeys = List.copyOf(documentKeys);
        streamedArrays = List.copyOf(streamedArrays);
        if (!streamedArrays.isEmpty() && shape != Shape.JSON_DOCUMENT) {
            throw new IllegalArgumentException("only JSON document layouts stream arrays: " + id);
        }
        if (shape == Shape.TABLE && columns.stream().noneMatch(ColumnSpec::required)) {
            throw new IllegalArgumentException("table layout " + id + " needs a required column");
        }
        if (shape == Shape.JSON_DOCUMENT && documentKeys.isEmpty()) {
            throw new IllegalArgumentException("document layout " + id + " needs identifying keys");
        }
    }

    /** A tabular report whose rows carry their own dates. */
    public static ReportLayout table(String id, String title, List<String> amazonNames, List<ColumnSpec> columns) {
        return new ReportLayout(id, title, amazonNames, Shape.TABLE, columns, List.of(), PeriodSource.ROWS, List.of());
    }

    /** A JSON report recognised by its top-level keys. */
    public static ReportLayout document(String id, String title, List<String> amazonNames, List<String> keys) {
        return new ReportLayout(
                id, title, amazonNames, Shape.JSON_DOCUMENT, List.of(), keys, PeriodSource.ROWS, List.of());
    }

    /** The same layout, whose period must come from the file name or the user (e.g. Business Reports). */
    public ReportLayout periodFromFileName() {
        return new ReportLayout(
                id, title, amazonNames, shape, columns, documentKeys, PeriodSource.FILE_NAME_OR_OPTION, streamedArrays);
    }

    /**
     * The same layout, for a report that is a snapshot of the day it was downloaded (Manage FBA Inventory): its
     * day comes from the user, else from a date in the file name, else from the clock (see {@link SnapshotDay}).
     */
    public ReportLayout snapshotOfDownloadDay() {
        return new ReportLayout(
                id, title, amazonNames, shape, columns, documentKeys, PeriodSource.DOWNLOAD_DAY, streamedArrays);
    }

    /**
     * The same document layout, reading the top-level array {@code key} element by element from the file instead
     * of holding it in memory (for reports that can be hundreds of megabytes, such as Brand Analytics).
     */
    public ReportLayout streaming(String key) {
        List<String> keys = new java.util.ArrayList<>(streamedArrays);
        keys.add(key);
        return new ReportLayout(id, title, amazonNames, shape, columns, documentKeys, period, keys);
    }

    public List<ColumnSpec> requiredColumns() {
        return columns.stream().filter(ColumnSpec::required).toList();
    }

    /** Text, xlsx or JSON-array rows, or one JSON document. */
    public enum Shape {
        TABLE,
        JSON_DOCUMENT
    }

    /** Where the covered dates come from. */
    public enum PeriodSource {
        /** The rows carry dates; the importer reports the range it saw. */
        ROWS,
        /** The file has no dates inside: the period comes from its name ({@code …2026-11-24.csv}) or the user. */
        FILE_NAME_OR_OPTION,
        /**
         * The file is a snapshot of the day it was downloaded and holds no date: one day, from the user, a date in
         * the file name, or the clock in the marketplace's zone, in that order.
         */
        DOWNLOAD_DAY
    }
}
