package dev.bosun.workflow.flow;

import dev.bosun.accounts.Role;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.TeamMember;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The people who work on a seller account: enabled users granted it, and the organisation's administrators. */
@Component
public class AccountPeople {

    private final Team team;

    AccountPeople(Team team) {
        this.team = team;
    }

    public List<TeamMember> on(long organisationId, long accountId) {
        return team.members(organisationId).stream()
                .filter(TeamMember::enabled)
                .filter(m -> m.role() == Role.ADMIN || m.grantedAccountIds().contains(accountId))
                .sorted(Comparator.comparing(TeamMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Optional<TeamMember> find(long organisationId, long accountId, long userId) {
        return on(organisationId, accountId).stream()
                .filter(m -> m.id() == userId)
                .findFirst();
    }
}
