package dev.bosun.amazon.reading;

import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ImportResult;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file: keeps the first {@value ImportResult#MAX_PROBLEMS}, counts all. */
public final class Problems {

    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;
    private boolean wholeFile;

    public void add(ImportProblem problem) {
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
