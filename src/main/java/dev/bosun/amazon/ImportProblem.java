package dev.bosun.amazon;

/**
 * One thing wrong with a file: where (1-based line and column; 0 when the problem is the whole file) and what
 * was expected versus found. In a JSON report the place is a JSON path held as the column name
 * ({@code $.dataByAsin[12].trafficByAsin.sessions}); its line is then the 1-based position of the rejected array
 * element, or 0 when the problem is with the document as a whole.
 */
public record ImportProblem(long line, int column, String columnName, String message) implements java.io.Serializable {

    /** The JSON path of a problem in a JSON report, else null. */
    public String jsonPath() {
        return columnName != null && columnName.startsWith("$") ? columnName : null;
    }

    /**
     * {@code file:line:column: message}, the form editors and terminals link to; {@code file:$.path: message} for
     * a JSON report.
     */
    public String describe(String fileName) {
        if (jsonPath() != null) {
            return fileName + ":" + jsonPath() + ": " + message;
        }
        StringBuilder out = new StringBuilder(fileName);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (columnName != null && !columnName.isEmpty()) {
            out.append('(').append(columnName).append(") ");
        }
        return out.append(message).toString();
    }
}
