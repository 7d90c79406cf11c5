package dev.bosun.finance.importing;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ReportRow;
import dev.bosun.finance.domain.MarketplaceOfCurrency;
import dev.bosun.shared.Marketplace;
import java.util.List;
import java.util.stream.Collectors;

/** The marketplace of a row in a report that names none, with a problem the user can act on when unclear. */
final class RowMarketplaces {

    private RowMarketplaces() {}

    /** The marketplace, or null after recording a problem on {@code currencyColumn}. */
    static Marketplace require(ImportContext context, ReportRow row, String currencyColumn, String currency) {
        if (currency == null) {
            return null;
        }
        var chosen = MarketplaceOfCurrency.choose(context.marketplace(), context.accountMarketplaces(), currency);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        List<Marketplace> settling = MarketplaceOfCurrency.settlingIn(context.accountMarketplaces(), currency);
        String why = settling.isEmpty()
                ? "none of the account's marketplaces (" + codes(context.accountMarketplaces()) + ") settles in "
                        + currency
                : "several of the account's marketplaces settle in " + currency + " (" + codes(settling) + ")";
        row.reject(
                currencyColumn,
                "a file whose marketplace is known: the report names none and " + why
                        + "; import it again with --marketplace",
                "\"" + currency + "\"");
        return null;
    }

    /** The marketplace settling in the currency when only one of the account's does, else the default or null. */
    static Marketplace optional(ImportContext context, String currency) {
        return MarketplaceOfCurrency.choose(context.marketplace(), context.accountMarketplaces(), currency)
                .orElse(null);
    }

    private static String codes(List<Marketplace> marketplaces) {
        return marketplaces.stream().map(Marketplace::code).collect(Collectors.joining(", "));
    }
}
