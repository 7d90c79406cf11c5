package dev.bosun.catalog.review;

import dev.bosun.catalog.AsinTraffic;
import dev.bosun.catalog.domain.PeriodTiling;
import dev.bosun.catalog.domain.PeriodTiling.Period;
import dev.bosun.catalog.domain.SalesDrop;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-ASIN figures of the child-ASIN traffic rows of one marketplace over a window, added up over report periods
 * that tile the window exactly. Of a period reported both by child ASIN and by SKU, the child rows are used, so
 * that no unit counts twice.
 */
final class WindowFigures {

    /** Each report period's figures per ASIN, added up once; periods in order (a record's hash of two dates clusters). */
    private final Map<Period, Map<String, Sum>> byPeriod =
            new TreeMap<>(Comparator.comparing(Period::from).thenComparing(Period::to));

    WindowFigures(List<AsinTraffic> rows) {
        Map<Period, List<AsinTraffic>> rowsByPeriod =
                new TreeMap<>(Comparator.comparing(Period::from).thenComparing(Period::to));
        List<AsinTraffic> current = null;
        for (AsinTraffic r : rows) {
            if (r.level() != AsinTraffic.AsinLevel.CHILD) {
                continue;
            }
            // Rows come by period: look the period up only when it changes.
            if (current == null
                    || !current.get(0).periodFrom().equals(r.periodFrom())
                    || !current.get(0).periodTo().equals(r.periodTo())) {
                current =
                        rowsByPeriod.computeIfAbsent(new Period(r.periodFrom(), r.periodTo()), p -> new ArrayList<>());
            }
            current.add(r);
        }
        rowsByPeriod.forEach((period, periodRows) -> {
            boolean hasChildRows = periodRows.stream().anyMatch(r -> r.sku() == null);
            Map<String, Sum> sums = new HashMap<>();
            for (AsinTraffic r : periodRows) {
                if (hasChildRows && r.sku() != null) {
                    continue;
                }
                sums.computeIfAbsent(r.asin(), a -> new Sum()).add(r);
            }
            byPeriod.put(period, sums);
        });
    }

    /** The periods tiling {@code from..to}, if the reports cover it. */
    Optional<List<Period>> tiling(LocalDate from, LocalDate to) {
        return PeriodTiling.tile(byPeriod.keySet(), from, to);
    }

    /** Each ASIN's figures over the periods, with the SKUs seen. */
    Map<String, Sum> sums(List<Period> periods) {
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (Period p : periods) {
            byPeriod.get(p)
                    .forEach((asin, sum) ->
                            sums.computeIfAbsent(asin, a -> new Sum()).add(sum));
        }
        return sums;
    }

    /** Units of one ASIN per report period within {@code from..to}, for the chart; one tiling's periods only. */
    List<Map.Entry<LocalDate, Long>> unitsSeries(String asin, LocalDate from, LocalDate to) {
        List<Map.Entry<LocalDate, Long>> points = new ArrayList<>();
        tiling(from, to).ifPresent(periods -> {
            for (Period p : periods) {
                Sum s = byPeriod.get(p).get(asin);
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
        /** The SKUs seen; most child-ASIN rows name none, so the set is made on the first. */
        Set<String> skus = Set.of();

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
                ownSkus().add(r.sku());
            }
        }

        /** The Buy Box share weighted by page views, or null. */
        BigDecimal buyBoxShare() {
            return pageViewsWithBuyBox == 0
                    ? null
                    : buyBoxViews.divide(BigDecimal.valueOf(pageViewsWithBuyBox), 4, RoundingMode.HALF_UP);
        }

        /** Adds another period's sums of the same ASIN. */
        void add(Sum other) {
            units += other.units;
            if (other.sessions != null) {
                sessions = (sessions == null ? 0 : sessions) + other.sessions;
            }
            pageViewsWithBuyBox += other.pageViewsWithBuyBox;
            buyBoxViews = buyBoxViews.add(other.buyBoxViews);
            if (other.orderItems != null) {
                orderItems = (orderItems == null ? 0 : orderItems) + other.orderItems;
            }
            if (other.sales != null) {
                sales = (sales == null ? BigDecimal.ZERO : sales).add(other.sales);
                currency = other.currency;
            }
            if (!other.skus.isEmpty()) {
                ownSkus().addAll(other.skus);
            }
        }

        private Set<String> ownSkus() {
            if (skus.isEmpty() && !(skus instanceof HashSet)) {
                skus = new HashSet<>();
            }
            return skus;
        }

        SalesDrop.Window window() {
            return new SalesDrop.Window(units, sessions, buyBoxShare(), sales, orderItems);
        }
    }
}
