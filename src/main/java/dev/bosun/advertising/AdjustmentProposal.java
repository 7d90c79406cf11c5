package dev.bosun.advertising;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A change to a bid, a placement adjustment, a budget or an ad's state that Bosun proposes, with the evidence behind
 * it and the effect to expect, and the bulk-sheet rows that carry it out ({@link #changes()}).
 *
 * @param kind what is changed
 * @param reason why, as a message code below {@code ads.adjust.reason.} (e.g. {@code above-target}, {@code capped},
 *     {@code no-orders}, {@code stock-out-near})
 * @param subject what the change is about in the operator's terms: the keyword or target, the placement, the
 *     campaign, the ASIN
 * @param matchType the keyword's match type for a bid, else null
 * @param from first day of the evidence window
 * @param to last day of the evidence window
 * @param figures the subject's ad figures in the window
 * @param target the target ACoS held against, or null where none applies (stock)
 * @param before the value now (bid, percentage, budget; null for a state change)
 * @param after the value proposed (null for a state change)
 * @param facts the evidence in figures, in order; each key is labelled by the message {@code ads.fact.<key>}
 * @param spendPerWeek the spend the change is expected to add (positive) or save (negative) per week; null when
 *     it cannot be told
 * @param salesPerWeek the ad sales the change is expected to add or lose per week; null when it cannot be told
 * @param changes the bulk-sheet rows of the change, with Amazon's ids from the imported structure
 */
public record AdjustmentProposal(
        Kind kind,
        String reason,
        Marketplace marketplace,
        String currency,
        String campaignName,
        String adGroupName,
        String subject,
        String matchType,
        LocalDate from,
        LocalDate to,
        AdFigures figures,
        AcosTarget target,
        BigDecimal before,
        BigDecimal after,
        Map<String, BigDecimal> facts,
        BigDecimal spendPerWeek,
        BigDecimal salesPerWeek,
        List<AdChange> changes) {

    public AdjustmentProposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(figures, "figures");
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** What a proposal changes. */
    public enum Kind {
        /** A keyword's or target's bid, toward the target ACoS. */
        BID,
        /** A campaign's bid adjustment for top of search or product pages. */
        PLACEMENT,
        /** A campaign's daily budget. */
        BUDGET,
        /** Pause an ASIN's product ads: its stock runs out soon. */
        STOCK_PAUSE,
        /** Lower the bids of ad groups advertising only an ASIN whose stock runs low. */
        STOCK_LOWER,
        /** Enable again an ASIN's product ads paused while its stock was out. */
        STOCK_RESUME;

        /** {@code bid}, {@code stock-pause} … as in messages and JSON. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The change as a fraction of the value now (0.2: +20 %), or null for a state change. */
    public BigDecimal change() {
        if (before == null || after == null || before.signum() == 0) {
            return null;
        }
        return after.subtract(before).divide(before, 4, java.math.RoundingMode.HALF_UP);
    }

    /** The subject's ACoS in the window; null when it sold nothing. */
    public BigDecimal acos() {
        return figures.acos().orElse(null);
    }
}
