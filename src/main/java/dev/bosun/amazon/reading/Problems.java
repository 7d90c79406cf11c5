package dev.bosun.amazon.reading;

import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ImportResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one file: keeps the first {@value ImportResult#MAX_PROBLEMS}, counts all. For a JSON
 * array of report rows, a row's problem is placed by JSON path ({@code $[12].cost}) instead of line and column.
 */
public final class Problems {

    private static final java.util.regex.Pattern PLAIN_KEY = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<ImportProblem> kept = new ArrayList<>();
    private final boolean jsonArray;
    private long count;
    private boolean wholeFile;

    public Problems() {
        this(false);
    }

    private Problems(boolean jsonArray) {
        this.jsonArray = jsonArray;
    }

    /** The problems of a JSON array of rows, whose line is the 1-based position of the element. */
    public static Problems ofJsonArray() {
        return new Problems(true);
    }

    public void add(ImportProblem problem) {
        if (jsonArray && problem.line() > 0 && problem.jsonPath() == null) {
            String member = problem.columnName() == null || problem.columnName().isEmpty()
                    ? ""
                    : PLAIN_KEY.matcher(problem.columnName()).matches()
                            ? "." + problem.columnName()
                            : "['" + problem.columnName().replace("'", "\\'") + "']";
            problem = new ImportProblem(
                    problem.line(), problem.column(), "$[" + (problem.line() - 1) + "]" + member, problem.message());
        }
        count++;
        if (problem.line() <= 0) {
            wholeFile = true;
        }
        if (kept.size() < ImportResult.MAX_PROBLEMS) {
            kept.add(problem);
        }
    }

    public List<ImportProblem> kept() {
        return List.copyOf(kept);
    }

    public long count() {
        return count;
    }

    public boolean any() {
        return count > 0;
    }

    /** Whether a problem concerns the whole file (no line): such a file is refused even when lenient. */
    public boolean wholeFile() {
        return wholeFile;
    }
}
