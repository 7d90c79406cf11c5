package dev.bosun.advertising.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * A campaign's bid adjustment for top of search or product pages, from what a click there sells against a click in
 * the rest of search (where the base bid applies unadjusted). Worth bidding up by the ratio of the two: a top of
 * search click selling 1.5 times a rest-of-search click is worth +50 %. Both sales per click are shrunk toward the
 * campaign's ({@link BidPolicy}'s prior), each placement needs {@code minClicks}, the effective bid there moves at
 * most {@code maxStep} in one step, and Amazon's range is 0 to 900 %.
 */
public final class PlacementPolicy {

    /** Amazon's largest placement adjustment, in percent. */
    public static final int MAX_PERCENT = 900;

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PlacementPolicy() {}

    /** The placements a report or a bulk sheet names. */
    public enum Placement {
        TOP("Placement Top"),
        PRODUCT_PAGE("Placement Product Page"),
        REST("Placement Rest Of Search");

        private final String label;

        Placement(String label) {
            this.label = label;
        }

        /** As the bulk sheet's "Placement" column writes it. */
        public String label() {
            return label;
        }

        /**
         * The placement of a report's or sheet's text: "Top of Search on-Amazon", "Placement Top", "placementTop";
         * "Detail Page on-Amazon", "Placement Product Page"; anything else is the rest of search.
         */
        public static Placement of(String text) {
            String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
            if (t.contains("top")) {
                return TOP;
            }
            if (t.contains("detail") || t.contains("product")) {
                return PRODUCT_PAGE;
            }
            return REST;
        }
    }

    /**
     * @param salesPerClick the placement's expected sales per click (shrunk)
     * @param baseSalesPerClick the rest of search's expected sales per click (shrunk)
     * @param ideal the adjustment the ratio asks for, in percent (0 to 900)
     * @param proposed the adjustment proposed, whole percent
     */
    public record Decision(BigDecimal salesPerClick, BigDecimal baseSalesPerClick, BigDecimal ideal, int proposed) {}

    /**
     * The adjustment of a placement.
     *
     * @param percent the adjustment now, in percent (0 when none is set)
     * @param clicks the placement's clicks in the window
     * @param sales its ad sales
     * @param baseClicks the rest of search's clicks in the window
     * @param baseSales its ad sales
     * @param campaignSalesPerClick the campaign's sales per click over all placements, the prior both shrink toward
     */
    public static Optional<Decision> propose(
            BidPolicy policy,
            BigDecimal percent,
            long clicks,
            BigDecimal sales,
            long baseClicks,
            BigDecimal baseSales,
            BigDecimal campaignSalesPerClick) {
        if (clicks < policy.minClicks() || baseClicks < policy.minClicks() || campaignSalesPerClick == null) {
            return Optional.empty();
        }
        BigDecimal now = percent == null ? BigDecimal.ZERO : percent;
        BigDecimal prior = campaignSalesPerClick.multiply(BigDecimal.valueOf(policy.priorClicks()), MC);
        BigDecimal here = nz(sales).add(prior).divide(BigDecimal.valueOf(clicks + policy.priorClicks()), MC);
        BigDecimal base = nz(baseSales).add(prior).divide(BigDecimal.valueOf(baseClicks + policy.priorClicks()), MC);
        if (base.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal idealFactor = here.divide(base, MC);
        BigDecimal ideal = idealFactor
                .subtract(BigDecimal.ONE)
                .multiply(HUNDRED)
                .max(BigDecimal.ZERO)
                .min(BigDecimal.valueOf(MAX_PERCENT));
        BigDecimal factorNow = BigDecimal.ONE.add(now.divide(HUNDRED, MC));
        BigDecimal factor = BigDecimal.ONE.add(ideal.divide(HUNDRED, MC));
        factor = factor.max(factorNow.multiply(BigDecimal.ONE.subtract(policy.maxStep()), MC))
                .min(factorNow.multiply(BigDecimal.ONE.add(policy.maxStep()), MC));
        int proposed = factor.subtract(BigDecimal.ONE)
                .multiply(HUNDRED)
                .setScale(0, RoundingMode.HALF_UP)
                .max(BigDecimal.ZERO)
                .min(BigDecimal.valueOf(MAX_PERCENT))
                .intValue();
        BigDecimal change = BigDecimal.ONE
                .add(BigDecimal.valueOf(proposed).divide(HUNDRED, MC))
                .subtract(factorNow)
                .abs()
                .divide(factorNow, MC);
        if (proposed == now.intValue() || change.compareTo(policy.minChange()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Decision(
                here.setScale(4, RoundingMode.HALF_UP),
                base.setScale(4, RoundingMode.HALF_UP),
                ideal.setScale(0, RoundingMode.HALF_UP),
                proposed));
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
