package dev.bosun.amazon.domain;

import dev.bosun.amazon.ColumnSpec;
import dev.bosun.amazon.ReportLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises a report from its header row: the layout whose required columns are all present wins; among
 * several, the one that explains most of the file's headers. When none fits, the closest layout is named with
 * the columns it misses, so the user learns what the file lacks.
 *
 * @param layout the best layout (complete) or the closest one (incomplete)
 * @param columnIndex for a complete match: canonical column name → 0-based position in the file
 * @param missing required columns the file lacks (empty for a complete match)
 */
public record LayoutMatch(ReportLayout layout, Map<String, Integer> columnIndex, List<String> missing, int explained) {

    /**
     * The layouts' header spellings, normalised once: every file is matched against every layout (twice: to find
     * its header row, then to read it), and normalising the same few thousand known spellings again for each file
     * was the largest CPU cost of importing a folder of small reports. The set is bounded by the layouts.
     */
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    public boolean complete() {
        return missing.isEmpty();
    }

    /** Matches headers against table layouts; empty only if there are no layouts. */
    public static Optional<LayoutMatch> best(List<String> headers, Collection<ReportLayout> layouts) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            positions.putIfAbsent(HeaderNames.normalise(headers.get(i)), i);
        }
        List<LayoutMatch> candidates = new ArrayList<>();
        for (ReportLayout layout : layouts) {
            if (layout.shape() == ReportLayout.Shape.TABLE) {
                candidates.add(match(layout, positions));
            }
        }
        return candidates.stream()
                .max(Comparator.comparing(LayoutMatch::complete)
                        .thenComparingDouble(LayoutMatch::requiredShare)
                        .thenComparingInt(LayoutMatch::explained)
                        .thenComparingInt(m -> -m.layout().columns().size()));
    }

    private static LayoutMatch match(ReportLayout layout, Map<String, Integer> positions) {
        Map<String, Integer> index = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (ColumnSpec column : layout.columns()) {
            Integer at = null;
            for (String header : column.headers()) {
                at = positions.get(KNOWN.computeIfAbsent(header, HeaderNames::normalise));
                if (at != null) {
                    break;
                }
            }
            if (at != null) {
                index.put(column.name(), at);
            } else if (column.required()) {
                missing.add(column.headers().get(0));
            }
        }
        return new LayoutMatch(layout, Map.copyOf(index), List.copyOf(missing), index.size());
    }

    private double requiredShare() {
        int required = layout.requiredColumns().size();
        return required == 0 ? 0 : (required - missing.size()) / (double) required;
    }
}
