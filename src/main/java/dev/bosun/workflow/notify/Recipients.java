package dev.bosun.workflow.notify;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.accounts.TeamMember;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Who may be told about a seller account: the enabled users of its organisation who are admins or were granted
 * it, asked afresh at every send, so a user whose grant was taken away hears nothing more of the account.
 */
@Component
class Recipients {

    private final AccountDirectory directory;
    private final Team team;

    Recipients(AccountDirectory directory, Team team) {
        this.directory = directory;
        this.team = team;
    }

    List<Recipient> of(long accountId) {
        SellerAccount account = directory.account(accountId).orElse(null);
        if (account == null) {
            return List.of();
        }
        return team.members(account.organisationId()).stream()
                .filter(TeamMember::enabled)
                .filter(m -> m.role() == Role.ADMIN || m.grantedAccountIds().contains(accountId))
                .map(m -> team.find(m.id())
                        .filter(u -> directory.canAccess(u, accountId))
                        .map(u -> recipient(m, u))
                        .orElse(null))
                .filter(r -> r != null)
                .toList();
    }

    private static Recipient recipient(TeamMember member, CurrentUser user) {
        Locale locale = user.chosenLocale() == null ? Locale.ENGLISH : user.chosenLocale();
        return new Recipient(member.id(), member.username(), member.displayName(), member.email(), locale);
    }
}
