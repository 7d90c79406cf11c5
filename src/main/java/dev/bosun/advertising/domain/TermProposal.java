package dev.bosun.advertising.domain;

import java.math.BigDecimal;

/**
 * What a search-term policy decided about one term.
 *
 * @param evidence the figure that decided: orders (harvest) or clicks (negate)
 * @param limit the line it crossed: the fewest orders, or the clicks by which a sale was expected
 * @param bid the suggested exact-keyword bid (harvest), else null
 * @param breakEven the break-even ACoS the term's ACoS was held against (negate above break-even), else null
 * @param chance for a negation without orders: the chance the term converts like its product and still got no
 *     order from its clicks; 1 otherwise
 */
public record TermProposal(
        Kind kind, Reason reason, long evidence, long limit, BigDecimal bid, BigDecimal breakEven, double chance) {

    public enum Kind {
        HARVEST,
        NEGATE
    }

    public enum Reason {
        /** Converts at or under the target ACoS through a loose match. */
        CONVERTS,
        /** Clicks enough to expect a sale, and no order. */
        NO_ORDERS,
        /** ACoS far above break-even. */
        ABOVE_BREAK_EVEN
    }
}
