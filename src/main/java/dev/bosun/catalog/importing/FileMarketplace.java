package dev.bosun.catalog.importing;

import dev.bosun.amazon.ImportContext;
import dev.bosun.amazon.ReportContent;
import dev.bosun.shared.Marketplace;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The marketplace of a report that does not name one (listings reports, Business Reports): the one the user
 * gave, else the account's only marketplace. For an account selling in several marketplaces without one given,
 * the whole file is refused with a problem that says how to give it.
 */
final class FileMarketplace {

    private FileMarketplace() {}

    static Optional<Marketplace> of(ImportContext context, ReportContent content, String report) {
        Optional<Marketplace> marketplace = context.defaultMarketplace();
        if (marketplace.isEmpty()) {
            String sellsIn = context.accountMarketplaces().stream()
                    .map(Marketplace::code)
                    .collect(Collectors.joining(", "));
            String example = context.accountMarketplaces().isEmpty()
                    ? "DE"
                    : context.accountMarketplaces().get(0).code();
            content.reject(
                    "marketplace",
                    "the marketplace this " + report + " belongs to, which the file does not name: give it with "
                            + "bosun import --marketplace " + example
                            + " (or the Marketplace field of the upload form)",
                    "an account that sells in " + (sellsIn.isEmpty() ? "no marketplace" : sellsIn)
                            + " and no marketplace given");
        }
        return marketplace;
    }
}
