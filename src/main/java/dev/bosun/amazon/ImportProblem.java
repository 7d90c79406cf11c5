package dev.bosun.amazon;

/**
 * One thing wrong with a file: where (1-based line and column; 0 when the problem is the whole file) and what
 * was expected versus found.
 */
public record ImportProblem(long line, int column, String columnName, String message) implements java.io.Serializable {

    /** {@code file:line:column: message}, the form editors and terminals link to. */
    public String describe(String fileName) {
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
