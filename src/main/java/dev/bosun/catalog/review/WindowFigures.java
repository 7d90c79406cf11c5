package dev.bosun.catalog.review;

import dev.bosun.catalog.AsinTraffic;
import dev.bosun.catalog.domain.PeriodTiling;
import dev.bosun.catalog.domain.PeriodTiling.Period;
import dev.bosun.catalog.domain.SalesDrop;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-ASIN figures of the child-ASIN traffic rows of one marketplace over a window, added up over report periods
 * that tile the window exactly. Of a period reported both by child ASIN and by SKU, the child rows are used, so
 * that no unit counts twice.
 */
final class WindowFigures {

    private final Map<Period, List<AsinTraffic>> byPeriod = new LinkedHashMap<>();

    WindowFigures(List<AsinTraffic> rows) {
        for (AsinTraffic r : rows) {
            if (r.level() == AsinTraffic.AsinLevel.CHILD) {
                byPeriod.computeIfAbsent(new Period(r.periodFrom(), r.periodTo()), p -> new ArrayList<>())
                        .add(r);
            }
        }
    }

    /** The periods tiling {@code from..to}, if the reports cover it. */
    Optional<List<Period>> tiling(LocalDate from, LocalDate to) {
        return PeriodTiling.tile(byPeriod.keySet(), from, to);
    }

    /** Each ASIN's figures over the periods, with the SKUs seen. */
    Map<String, Sum> sums(List<Period> periods) {
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (Period p : periods) {
            List<AsinTraffic> rows = byPeriod.get(p);
            boolean hasChildRows = rows.stream().anyMatch(r -> r.sku() == null);
            for (AsinTraffic r : rows) {
                if (hasChildRows && r.sku() != null) {
                    continue;
                }
                sums.computeIfAbsent(r.asin(), a -> new Sum()).add(r);
            }
        }
        return sums;
    }

    /** Units of one ASIN per report period within {@code from..to}, for the chart; one tiling's periods only. */
    List<Map.Entry<LocalDate, Long>> unitsSeries(String asin, LocalDate from, LocalDate to) {
        List<Map.Entry<LocalDate, Long>> points = new ArrayList<>();
        tiling(from, to).ifPresent(periods -> {
            for (Period p : periods) {
                Sum s = sums(List.of(p)).get(asin);
                points.add(Map.entry(p.to(), s == null ? 0L : s.units));
            }
        });
        return points;
    }

    /** Running sums of one ASIN. */
    static final class Sum {
        long units;
        Long sessions;
        long pageViews;
        BigDecimal buyBoxViews = BigDecimal.ZERO;
        long pageViewsWithBuyBox;
        BigDecimal sales;
        Long orderItems;
        String currency;
        final Set<String> skus = new HashSet<>();

        void add(AsinTraffic r) {
            units += r.unitsOrdered() == null ? 0 : r.unitsOrdered();
            if (r.sessions() != null) {
                sessions = (sessions == null ? 0 : sessions) + r.sessions();
            }
            if (r.pageViews() != null && r.buyBoxShare() != null) {
                pageViewsWithBuyBox += r.pageViews();
                buyBoxViews = buyBoxViews.add(r.buyBoxShare().multiply(BigDecimal.valueOf(r.pageViews())));
            }
            if (r.totalOrderItems() != null) {
                orderItems = (orderItems == null ? 0 : orderItems) + r.totalOrderItems();
            }
            if (r.orderedProductSales() != null) {
                sales = (sales == null ? BigDecimal.ZERO : sales).add(r.orderedProductSales());
                currency = r.currency();
            }
            if (r.sku() != null) {
                skus.add(r.sku());
            }
        }

        /** The Buy Box share weighted by page views, or null. */
        BigDecimal buyBoxShare() {
            return pageViewsWithBuyBox == 0
                    ? null
                    : buyBoxViews.divide(BigDecimal.valueOf(pageViewsWithBuyBox), 4, RoundingMode.HALF_UP);
        }

        SalesDrop.Window window() {
            return new SalesDrop.Window(units, sessions, buyBoxShare(), sales, orderItems);
        }
    }
}
