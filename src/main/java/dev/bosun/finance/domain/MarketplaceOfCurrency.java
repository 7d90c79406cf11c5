package dev.bosun.finance.domain;

import dev.bosun.shared.Marketplace;
import java.util.List;
import java.util.Optional;

/**
 * Which of an account's marketplaces a report row belongs to when the report names none (the FBA fee preview and
 * the reimbursements report carry only a currency): the marketplace the user gave, else the account's only
 * marketplace, else its only marketplace that settles in the row's currency. Empty when that is still ambiguous
 * (an EU account selling in DE and FR, a EUR row).
 */
public final class MarketplaceOfCurrency {

    private MarketplaceOfCurrency() {}

    public static Optional<Marketplace> choose(Marketplace given, List<Marketplace> account, String currency) {
        if (given != null) {
            return Optional.of(given);
        }
        if (account.size() == 1) {
            return Optional.of(account.get(0));
        }
        if (currency == null) {
            return Optional.empty();
        }
        List<Marketplace> matching = account.stream()
                .filter(m -> m.currency().getCurrencyCode().equals(currency))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /** The account's marketplaces settling in {@code currency}, for messages. */
    public static List<Marketplace> settlingIn(List<Marketplace> account, String currency) {
        return account.stream()
                .filter(m -> m.currency().getCurrencyCode().equals(currency))
                .toList();
    }
}
