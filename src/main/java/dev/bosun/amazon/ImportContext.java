package dev.bosun.amazon;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What an importer needs to know about the file it loads: the seller account, the import batch its rows are
 * stamped with, the account's marketplaces, the marketplace the user named (if any), and the period for reports
 * that carry no dates inside.
 *
 * @param marketplace the marketplace given by the user or inferred from the file; null if unknown
 * @param periodFrom first day covered, for reports whose period comes from the file name or the user
 * @param periodTo last day covered (inclusive)
 * @param coverage where the importer notes the marketplaces and dates its rows cover
 * @param snapshotDay for reports that are a snapshot of their download day: that day and where it came from
 *     (periodFrom and periodTo are that day too); null for other reports
 */
public record ImportContext(
        long accountId,
        long batchId,
        String fileName,
        List<Marketplace> accountMarketplaces,
        Marketplace marketplace,
        LocalDate periodFrom,
        LocalDate periodTo,
        Coverage coverage,
        SnapshotDay snapshotDay) {

    public ImportContext {
        accountMarketplaces = List.copyOf(accountMarketplaces);
    }

    /**
     * The marketplace a row names by its sales channel or marketplace name ({@code Amazon.com}, {@code Amazon.de},
     * {@code amazon.co.uk}), by its SP-API id, or by its code; empty for non-Amazon channels.
     */
    public Optional<Marketplace> marketplaceNamed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        for (Marketplace m : Marketplace.values()) {
            if (wanted.equals(m.domain()) || wanted.equals("www." + m.domain())) {
                return Optional.of(m);
            }
        }
        return Marketplace.find(text.strip());
    }

    /**
     * The marketplace a row names in {@code column}, else the default one; records a problem on the row when the
     * name is unknown, or when the cell is empty and the account sells in several marketplaces.
     */
    public Marketplace marketplaceOf(ReportRow row, String column) {
        String named = row.text(column);
        if (named != null) {
            Optional<Marketplace> marketplace = marketplaceNamed(named);
            if (marketplace.isEmpty()) {
                row.reject(column, "a marketplace such as DE, Amazon.de or A1PA6795UKMFR9", "\"" + named + "\"");
            }
            return marketplace.orElse(null);
        }
        Optional<Marketplace> fallback = defaultMarketplace();
        if (fallback.isEmpty()) {
            row.reject(
                    column,
                    "a marketplace (the account sells in several: fill in the column or import with --marketplace)",
                    "an empty cell");
        }
        return fallback.orElse(null);
    }

    /** The marketplace of rows that do not name one: the one given, else the account's only marketplace. */
    public Optional<Marketplace> defaultMarketplace() {
        if (marketplace != null) {
            return Optional.of(marketplace);
        }
        return accountMarketplaces.size() == 1 ? Optional.of(accountMarketplaces.get(0)) : Optional.empty();
    }

    /**
     * The zone of values without zone: the default marketplace's, else the account's first marketplace's (the
     * zone the reader uses too), else UTC.
     */
    public ZoneId zone() {
        return defaultMarketplace()
                .or(() -> accountMarketplaces.stream().findFirst())
                .map(Marketplace::zone)
                .orElse(ZoneId.of("UTC"));
    }
}
