package dev.bosun.advertising.domain;

import dev.bosun.advertising.AdFigures;
import dev.bosun.advertising.domain.TermProposal.Kind;
import dev.bosun.advertising.domain.TermProposal.Reason;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Harvest and negation of search terms, from one term's figures over the evidence window.
 *
 * <p><b>Harvest</b>: a term that brought at least {@code minOrders} orders through an automatic, broad or phrase
 * target at an ACoS at or under the target, converting at least as well as its ad group, becomes an exact keyword in a manual campaign, and a negative exact in
 * the source ad group so that the two do not compete. Its bid aims at the target ACoS: revenue per click × target.
 * Revenue per click is shrunk toward the ad group's (a term with 6 clicks has a noisy one): (sales + k × group
 * revenue per click) / (clicks + k) with k = {@value #SHRINK_CLICKS}; and the bid moves at most
 * {@value #MAX_STEP_PERCENT} % away from the term's CPC, so that one lucky week does not double it.
 *
 * <p><b>Negation</b>: a term with no order after the clicks by which a sale was expected
 * ({@link ClicksWithoutSale}) at its product's conversion rate, or one whose ACoS is far above break-even (at
 * least {@code farAbove} × break-even, with enough clicks), becomes a negative exact in its ad group. ASINs as
 * search terms (product-page placements) are left to product targeting.
 */
public final class SearchTermPolicy {

    static final int SHRINK_CLICKS = 20;
    static final int MAX_STEP_PERCENT = 50;
    private static final Pattern ASIN = Pattern.compile("(?i)b0[0-9a-z]{8}");
    private static final Set<String> HARVEST_SOURCES = Set.of("BROAD", "PHRASE", "TARGETING_EXPRESSION", "");
    private static final MathContext MC = MathContext.DECIMAL64;

    private SearchTermPolicy() {}

    /** Whether a search term is an ASIN (a product-page placement), not words a shopper typed. */
    public static boolean isAsin(String term) {
        return term != null && ASIN.matcher(term.strip()).matches();
    }

    /**
     * A harvest proposal, when the term qualifies.
     *
     * @param matchType how the term matched: EXACT, PHRASE, BROAD, TARGETING_EXPRESSION or "" (auto campaigns)
     * @param automatic whether the source campaign targets automatically
     * @param alreadyKeyword whether the term is already an exact keyword somewhere in the account's marketplace
     * @param groupRevenuePerClick the ad group's sales per click over the window, or null
     * @param groupConversionRate the ad group's orders per click; the term must convert at least as well (null:
     *     not checked)
     * @param minimumBid the marketplace's smallest bid (0.02 dollars or euros, 2 yen)
     */
    public static Optional<TermProposal> harvest(
            String searchTerm,
            String matchType,
            boolean automatic,
            boolean alreadyKeyword,
            AdFigures f,
            BigDecimal targetAcos,
            int minOrders,
            BigDecimal groupRevenuePerClick,
            BigDecimal groupConversionRate,
            BigDecimal minimumBid) {
        String match = matchType == null ? "" : matchType;
        if (alreadyKeyword
                || isAsin(searchTerm)
                || !(automatic || HARVEST_SOURCES.contains(match))
                || "EXACT".equals(match)) {
            return Optional.empty();
        }
        long orders = f.orders() == null ? 0 : f.orders();
        Optional<BigDecimal> acos = f.acos();
        if (orders < minOrders || acos.isEmpty() || acos.get().compareTo(targetAcos) > 0 || f.clicks() == 0) {
            return Optional.empty();
        }
        // A term converting no better than its ad group gains nothing from a keyword of its own, and two orders of
        // an average term are as likely luck as merit; harvest the ones that outperform their source.
        if (groupConversionRate != null
                && BigDecimal.valueOf(orders)
                                .divide(BigDecimal.valueOf(f.clicks()), MC)
                                .compareTo(groupConversionRate)
                        < 0) {
            return Optional.empty();
        }
        BigDecimal sales = f.sales();
        BigDecimal clicks = BigDecimal.valueOf(f.clicks());
        BigDecimal prior = groupRevenuePerClick == null ? sales.divide(clicks, MC) : groupRevenuePerClick;
        BigDecimal k = BigDecimal.valueOf(SHRINK_CLICKS);
        BigDecimal revenuePerClick = sales.add(prior.multiply(k)).divide(clicks.add(k), MC);
        BigDecimal bid = revenuePerClick.multiply(targetAcos, MC);
        BigDecimal cpc = f.spend().divide(clicks, MC);
        BigDecimal step = BigDecimal.valueOf(MAX_STEP_PERCENT).movePointLeft(2);
        BigDecimal upper = cpc.multiply(BigDecimal.ONE.add(step), MC);
        BigDecimal lower = cpc.multiply(BigDecimal.ONE.subtract(step), MC);
        bid = bid.max(lower).min(upper).max(minimumBid).setScale(2, RoundingMode.HALF_UP);
        return Optional.of(new TermProposal(Kind.HARVEST, Reason.CONVERTS, orders, minOrders, bid, null, 1));
    }

    /**
     * A negation proposal, when the term qualifies.
     *
     * @param conversionRate orders per click of the term's ad group (its advertised ASINs) over a longer window
     * @param breakEven the ASIN's break-even ACoS, or null when unknown
     * @param farAbove how many times break-even an ACoS must reach, e.g. 2
     */
    public static Optional<TermProposal> negate(
            String searchTerm,
            String matchType,
            AdFigures f,
            double conversionRate,
            double confidence,
            int floorClicks,
            int ceilingClicks,
            BigDecimal breakEven,
            BigDecimal farAbove) {
        // An exact keyword's term is the keyword itself: its lever is the keyword's bid or state, not a negative.
        if (isAsin(searchTerm) || "EXACT".equals(matchType)) {
            return Optional.empty();
        }
        int limit = ClicksWithoutSale.limit(conversionRate, confidence, floorClicks, ceilingClicks);
        if (f.clicks() < limit) {
            return Optional.empty();
        }
        long orders = f.orders() == null ? 0 : f.orders();
        double chance = ClicksWithoutSale.chanceOfNone(conversionRate, f.clicks());
        if (orders == 0) {
            return Optional.of(new TermProposal(Kind.NEGATE, Reason.NO_ORDERS, f.clicks(), limit, null, null, chance));
        }
        Optional<BigDecimal> acos = f.acos();
        if (breakEven != null
                && breakEven.signum() > 0
                && acos.isPresent()
                && acos.get().compareTo(breakEven.multiply(farAbove)) >= 0) {
            return Optional.of(
                    new TermProposal(Kind.NEGATE, Reason.ABOVE_BREAK_EVEN, f.clicks(), limit, null, breakEven, 1));
        }
        return Optional.empty();
    }
}
