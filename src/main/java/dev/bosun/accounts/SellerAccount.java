package dev.bosun.accounts;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import java.util.List;

/**
 * A seller account on Amazon (one per region: a unified NA, EU or FE account) with the marketplaces it sells in.
 *
 * @param merchantToken Amazon's merchant (seller) id, when known
 * @param demo whether it is an account of the simulated demo store, whose figures are invented (every page and
 *     output marks it, and an admin can remove it with all its data)
 */
public record SellerAccount(
        long id,
        long organisationId,
        String name,
        Region region,
        String merchantToken,
        List<Marketplace> marketplaces,
        boolean demo) {

    public SellerAccount {
        marketplaces = List.copyOf(marketplaces);
    }

    /** The marketplace shown first: the account's first marketplace. */
    public Marketplace primaryMarketplace() {
        return marketplaces.isEmpty() ? null : marketplaces.get(0);
    }

    public boolean sellsIn(Marketplace marketplace) {
        return marketplaces.contains(marketplace);
    }
}
