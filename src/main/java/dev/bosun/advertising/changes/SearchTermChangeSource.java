package dev.bosun.advertising.changes;

import dev.bosun.advertising.AdChangeException;
import dev.bosun.advertising.AdChangeSource;
import dev.bosun.advertising.AdOptimizer;
import dev.bosun.advertising.ProposedAdChange;
import dev.bosun.advertising.SearchTermProposal;
import dev.bosun.advertising.db.ChangeStructure;
import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Harvest and negation proposals (keys {@code harvest|…}, {@code negate|…}) as changes. */
@Component
class SearchTermChangeSource implements AdChangeSource {

    private final AdOptimizer optimizer;
    private final ChangeStructure structure;

    SearchTermChangeSource(AdOptimizer optimizer, ChangeStructure structure) {
        this.optimizer = optimizer;
        this.structure = structure;
    }

    @Override
    public boolean owns(String key) {
        return key.startsWith("harvest|") || key.startsWith("negate|");
    }

    @Override
    public List<ProposedAdChange> changes(long accountId, LocalDate date, Set<String> keys) {
        Map<String, SearchTermProposal> found = new LinkedHashMap<>();
        for (SearchTermProposal p : optimizer.searchTermProposals(accountId, date)) {
            String key = SearchTermChanges.key(p);
            if (keys.contains(key)) {
                found.putIfAbsent(key, p);
            }
        }
        for (String key : keys) {
            if (!found.containsKey(key)) {
                throw stale(key);
            }
        }
        Map<Marketplace, StructureIndex> indexes = new EnumMap<>(Marketplace.class);
        List<ProposedAdChange> changes = new ArrayList<>();
        for (SearchTermProposal p : found.values()) {
            StructureIndex index = indexes.computeIfAbsent(p.marketplace(), m -> structure.of(accountId, m));
            changes.add(SearchTermChanges.of(p, index));
        }
        return changes;
    }

    static AdChangeException stale(String key) {
        return new AdChangeException(
                "ads.changes.error.stale",
                "\"" + key + "\" is no longer proposed (the figures changed): reload the proposals",
                key);
    }
}
