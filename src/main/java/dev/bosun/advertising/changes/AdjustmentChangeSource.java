package dev.bosun.advertising.changes;

import dev.bosun.advertising.AdChangeSource;
import dev.bosun.advertising.AdOptimizer;
import dev.bosun.advertising.AdjustmentProposal;
import dev.bosun.advertising.ProposedAdChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Bid, placement, budget and stock-aware proposals (keys {@code bid|…}, {@code budget|…} …) as changes. */
@Component
class AdjustmentChangeSource implements AdChangeSource {

    private final AdOptimizer optimizer;

    AdjustmentChangeSource(AdOptimizer optimizer) {
        this.optimizer = optimizer;
    }

    @Override
    public boolean owns(String key) {
        return AdjustmentChanges.owns(key);
    }

    @Override
    public List<ProposedAdChange> changes(long accountId, LocalDate date, Set<String> keys) {
        Map<String, AdjustmentProposal> found = new LinkedHashMap<>();
        for (AdjustmentProposal p : optimizer.adjustmentProposals(accountId, date, null)) {
            String key = AdjustmentChanges.key(p);
            if (keys.contains(key) && !p.changes().isEmpty()) {
                found.putIfAbsent(key, p);
            }
        }
        for (String key : keys) {
            if (!found.containsKey(key)) {
                throw SearchTermChangeSource.stale(key);
            }
        }
        List<ProposedAdChange> changes = new ArrayList<>();
        for (AdjustmentProposal p : found.values()) {
            changes.add(AdjustmentChanges.of(p));
        }
        return changes;
    }
}
