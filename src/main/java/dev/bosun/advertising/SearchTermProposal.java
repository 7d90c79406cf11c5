package dev.bosun.advertising;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change to a search term Bosun proposes, with its evidence and the effect to expect.
 *
 * <p>{@link Kind#HARVEST}: add {@code searchTerm} as an exact keyword at {@code suggestedBid} in a manual campaign
 * and as a negative exact in the source ad group. Expected: the term's orders go on ({@code ordersPerWeek}) at an
 * ACoS at or under the target, now at a bid of its own.
 *
 * <p>{@link Kind#NEGATE}: add {@code searchTerm} as a negative exact in its ad group. Expected: {@code
 * spendPerWeek} no longer spent; the sales lost are those the term brought (none for {@link Reason#NO_ORDERS}).
 *
 * @param from first day of the evidence window
 * @param to last day of the evidence window
 * @param figures the term's figures in the window
 * @param conversionRate orders per click of the term's ad group (its advertised ASINs) over the longer window the
 *     clicks limit is taken from; null when unknown
 * @param limit the line crossed: fewest orders (harvest) or the clicks by which a sale was expected (negate)
 * @param chance for {@link Reason#NO_ORDERS}: how likely the clicks brought no order if the term converted like
 *     its ad group; 1 otherwise
 * @param suggestedBid the exact keyword's bid (harvest), else null
 * @param spendPerWeek the term's spend per week of the days in the window it was seen on
 * @param ordersPerWeek the term's orders per week of the days in the window it was seen on
 */
public record SearchTermProposal(
        Kind kind,
        Reason reason,
        Marketplace marketplace,
        String currency,
        String campaignName,
        String adGroupName,
        String targeting,
        String matchType,
        String searchTerm,
        LocalDate from,
        LocalDate to,
        AdFigures figures,
        AcosTarget target,
        BigDecimal conversionRate,
        long limit,
        double chance,
        BigDecimal suggestedBid,
        BigDecimal spendPerWeek,
        BigDecimal ordersPerWeek) {

    public SearchTermProposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(searchTerm, "searchTerm");
        Objects.requireNonNull(figures, "figures");
    }

    public enum Kind {
        HARVEST,
        NEGATE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Reason {
        /** Converts at or under the target ACoS through an automatic, broad or phrase match. */
        CONVERTS,
        /** Clicked enough that a sale was expected, and no order. */
        NO_ORDERS,
        /** ACoS far above the ASIN's break-even. */
        ABOVE_BREAK_EVEN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The term's ACoS in the window; null when it sold nothing. */
    public BigDecimal acos() {
        return figures.acos().orElse(null);
    }
}
