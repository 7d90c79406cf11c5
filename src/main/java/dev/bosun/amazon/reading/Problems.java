package dev.bosun.amazon.reading;

import dev.bosun.amazon.ImportProblem;
import dev.bosun.amazon.ImportResult;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file: keeps the first {@value ImportResult#MAX_PROBLEMS}, counts all. */
public final class Problems {

    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;

    public void add(ImportProblem problem) {
        count++;
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
}
