package dev.bosun.advertising.web;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Users;
import dev.bosun.advertising.AdChanges;
import dev.bosun.advertising.ChangeStatus;
import dev.bosun.advertising.RequestedAdChange;
import dev.bosun.advertising.SearchTermProposal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the proposals page shows of each proposal's change: its key (the checkbox value), its newest change (status,
 * approval request) and whether the user may approve or reject it there.
 */
@Component
class ProposalStatuses {

    private final AdChanges changes;

    ProposalStatuses(AdChanges changes) {
        this.changes = changes;
    }

    void addTo(Model model, long accountId, List<SearchTermProposal> proposals) {
        CurrentUser user = Users.current().orElseThrow();
        Map<SearchTermProposal, String> keys = new LinkedHashMap<>();
        proposals.forEach(p -> keys.put(p, AdChanges.key(p)));
        Map<String, RequestedAdChange> latest = changes.latestByKey(accountId, keys.values());
        Set<Long> decidable = new HashSet<>();
        for (RequestedAdChange c : latest.values()) {
            if (c.status() == ChangeStatus.REQUESTED && changes.mayDecide(user, c)) {
                decidable.add(c.id());
            }
        }
        model.addAttribute("keyOf", keys);
        model.addAttribute("changeOf", latest);
        model.addAttribute("decidable", decidable);
    }
}
