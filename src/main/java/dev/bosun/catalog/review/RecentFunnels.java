package dev.bosun.catalog.review;

import dev.bosun.catalog.Traffic;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.ReviewContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The child-ASIN traffic of the recent days, read once per review run for every catalog rule that looks at it (the
 * sales-drop and zombie-listing rules both read the last weeks of the Business Report: 5,000 ASINs × 30 days).
 */
final class RecentFunnels {

    /** Days read at least, so that rules asking for fewer days share one read. */
    static final int SHARED_DAYS = 30;

    private RecentFunnels() {}

    /**
     * The figures of the report periods within the {@code days} days up to {@code to} (at least {@link #SHARED_DAYS}
     * days are read; a rule tiles its own window out of them, periods outside it are never used).
     */
    static WindowFigures upTo(ReviewContext context, Traffic traffic, Marketplace marketplace, LocalDate to, int days) {
        int read = Math.max(days, SHARED_DAYS);
        return context.shared(
                List.of("catalog.recent-funnel", context.accountId(), marketplace, to, read),
                () -> new WindowFigures(
                        traffic.asinFunnel(context.accountId(), marketplace, to.minusDays(read - 1L), to)));
    }
}
