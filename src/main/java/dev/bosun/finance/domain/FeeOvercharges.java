package dev.bosun.finance.domain;

import dev.bosun.finance.FeeLineCheck;
import dev.bosun.finance.FeeLineCheck.Kind;
import dev.bosun.finance.FeeLineCheck.Status;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The overcharged fee lines of settlements gathered per SKU, marketplace and fee: how much too much Amazon took, on
 * which orders, at what rate per unit against what the rules call for, and which tier it billed against the one
 * the package calls for.
 */
public final class FeeOvercharges {

    private FeeOvercharges() {}

    /**
     * The overcharges of one SKU and fee.
     *
     * @param overcharged the sum of {@code charged − expected} over the overcharged lines
     * @param expectedPerUnit what one unit should cost, on the latest overcharged line
     * @param chargedPerUnit what one unit was charged, on the latest overcharged line
     * @param share overcharged as a fraction of what those lines should have cost
     * @param sizeTier the tier the package calls for (FBA fees), on the latest line
     * @param chargedTier the tier whose fee was charged, or null when no tier of the card charges that
     * @param lines the overcharged lines, oldest order first
     */
    public record Overcharge(
            Marketplace marketplace,
            String sku,
            String fnsku,
            String asin,
            Kind kind,
            String currency,
            int units,
            int orders,
            BigDecimal overcharged,
            BigDecimal expectedTotal,
            BigDecimal expectedPerUnit,
            BigDecimal chargedPerUnit,
            BigDecimal share,
            String category,
            String sizeTier,
            String chargedTier,
            String chargedWeight,
            String packageText,
            String rateCard,
            LocalDate firstOrder,
            LocalDate lastOrder,
            List<FeeLineCheck> lines) {

        public Overcharge {
            lines = List.copyOf(lines);
        }

        /** The settlements the lines are in, in order of the first line. */
        public List<String> settlements() {
            Set<String> ids = new LinkedHashSet<>();
            lines.forEach(l -> ids.add(l.settlementId()));
            return List.copyOf(ids);
        }
    }

    /**
     * Gathers the overcharged referral and FBA fee lines of orders placed on or after {@code since} (all when null),
     * by marketplace, SKU and fee; the largest overcharge first.
     */
    public static List<Overcharge> of(List<FeeLineCheck> checks, LocalDate since) {
        Map<String, List<FeeLineCheck>> groups = new LinkedHashMap<>();
        for (FeeLineCheck c : checks) {
            if (c.status() != Status.OVERCHARGED || c.kind() == Kind.STORAGE || c.sku() == null) {
                continue;
            }
            LocalDate day = day(c);
            if (since != null && day != null && day.isBefore(since)) {
                continue;
            }
            String key = (c.marketplace() == null ? "-" : c.marketplace().code()) + "|" + c.sku() + "|" + c.kind() + "|"
                    + c.currency();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Overcharge> result = new ArrayList<>();
        for (List<FeeLineCheck> lines : groups.values()) {
            lines.sort(Comparator.comparing(FeeOvercharges::day, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(FeeLineCheck::settlementId)
                    .thenComparingInt(FeeLineCheck::lineNo));
            FeeLineCheck latest = lines.get(lines.size() - 1);
            BigDecimal over = BigDecimal.ZERO;
            BigDecimal expected = BigDecimal.ZERO;
            int units = 0;
            Set<String> orders = new LinkedHashSet<>();
            String fnsku = null;
            String asin = null;
            for (FeeLineCheck l : lines) {
                over = over.add(l.difference());
                expected = expected.add(l.expected());
                units += l.units();
                orders.add(l.orderId());
                fnsku = l.fnsku() != null ? l.fnsku() : fnsku;
                asin = l.asin() != null ? l.asin() : asin;
            }
            BigDecimal share = expected.signum() == 0 ? null : over.divide(expected, 4, RoundingMode.HALF_UP);
            result.add(new Overcharge(
                    latest.marketplace(),
                    latest.sku(),
                    fnsku,
                    asin,
                    latest.kind(),
                    latest.currency(),
                    units,
                    orders.size(),
                    over,
                    expected,
                    latest.expectedPerUnit(),
                    latest.chargedPerUnit(),
                    share,
                    latest.category(),
                    latest.sizeTier(),
                    latest.chargedTier(),
                    latest.chargedWeight(),
                    latest.packageText(),
                    latest.rateCard(),
                    day(lines.get(0)),
                    day(latest),
                    lines));
        }
        result.sort(Comparator.comparing(Overcharge::overcharged).reversed().thenComparing(Overcharge::sku));
        return result;
    }

    /** The order date, else the posting date. */
    static LocalDate day(FeeLineCheck c) {
        return c.orderDate() != null ? c.orderDate() : c.postedDate();
    }
}
