package dev.bosun.advertising;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The hook through which the finance module tells the break-even ACoS of an ASIN (profit before ads / sales over a
 * recent period). Advertising cannot ask finance itself: finance already reads ad spend from this module
 * (ProfitRollup), and a call back would make the two modules a cycle. Until finance contributes a bean of this
 * type, break-even is unknown and the proposals that need it (negate on ACoS far above break-even) are not made.
 */
public interface BreakEvenAcos {

    /** The break-even ACoS as a fraction, or empty when the margin is not known (no COGS, no sales). */
    Optional<BigDecimal> of(long accountId, Marketplace marketplace, String asin, LocalDate from, LocalDate to);
}
