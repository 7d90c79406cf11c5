package dev.bosun.advertising;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Where and when a row of ad figures applies: the marketplace, the ad product, the period (one day, or the whole
 * range of a summary report), the currency of its money and the attribution window of its sales.
 *
 * @param from first day covered
 * @param to last day covered (inclusive; equal to {@code from} for daily rows)
 * @param attributionDays days after the click within which a purchase counts as the ad's sale: 1, 7, 14 or 30
 */
public record AdScope(
        Marketplace marketplace,
        AdProduct adProduct,
        LocalDate from,
        LocalDate to,
        String currency,
        int attributionDays) {

    private static final Set<Integer> WINDOWS = Set.of(1, 7, 14, 30);

    public AdScope {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(adProduct, "adProduct");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO currency code: " + currency);
        }
        if (!WINDOWS.contains(attributionDays)) {
            throw new IllegalArgumentException("attribution window of " + attributionDays + " days is not Amazon's");
        }
    }

    /** Whether the row covers exactly one day. */
    public boolean daily() {
        return from.equals(to);
    }
}
