package dev.bosun.advertising;

import dev.bosun.shared.Marketplace;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Any ad proposal made ready for approval: the bulk-sheet rows it becomes, why (its evidence, figure by figure), what
 * it should do and where to watch it. Each proposal kind (harvest, negate, bid, budget, stock-aware pause) builds one
 * and hands it to {@link AdChanges#request}.
 *
 * @param kind the proposal kind's code, e.g. {@code harvest}, {@code negate}, {@code bid}
 * @param key identifies the proposal across days (kind, marketplace and subject), so that it is not requested twice
 * @param label how people recognise it, e.g. {@code negate "dog poop bags" in Auto / Group}
 * @param evidence the figures behind it, by name ({@code clicks}, {@code orders}, {@code acos} ...), as text
 * @param changes the bulk-sheet rows, in the order the sheet lists them; not empty
 */
public record ProposedAdChange(
        String kind,
        String key,
        Marketplace marketplace,
        String currency,
        String label,
        Map<String, String> evidence,
        List<AdChange> changes,
        ExpectedEffect expected,
        WatchScope watch) {

    public ProposedAdChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(watch, "watch");
        evidence = evidence == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a proposal changes at least one bulk-sheet row");
        }
        for (AdChange c : changes) {
            if (c.marketplace() != marketplace) {
                throw new IllegalArgumentException("every row is of the proposal's marketplace " + marketplace.code());
            }
        }
    }
}
