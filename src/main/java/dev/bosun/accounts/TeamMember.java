package dev.bosun.accounts;

import java.time.Instant;
import java.util.Set;

/** A user as the admin screens list them: role, state and the seller accounts granted. */
public record TeamMember(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        boolean enabled,
        boolean hasPassword,
        Instant createdAt,
        Instant lastLoginAt,
        Set<Long> grantedAccountIds) {

    public TeamMember {
        grantedAccountIds = Set.copyOf(grantedAccountIds);
    }
}
