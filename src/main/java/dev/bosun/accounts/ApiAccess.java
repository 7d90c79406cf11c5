package dev.bosun.accounts;

import dev.bosun.accounts.db.ApiTokens;
import dev.bosun.accounts.db.Members;
import dev.bosun.accounts.domain.InvalidInputException;
import dev.bosun.accounts.domain.Secrets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for {@code /api/v1}. A token acts as its user, with the same role and grants; it is shown
 * once at creation and only its SHA-256 digest is kept.
 */
@Service
public class ApiAccess {

    private final ApiTokens tokens;
    private final Members members;
    private final Secrets secrets;
    private final Clock clock;

    ApiAccess(ApiTokens tokens, Members members, SecureRandom random, Clock clock) {
        this.tokens = tokens;
        this.members = members;
        this.secrets = new Secrets(random);
        this.clock = clock;
    }

    /** Creates a token for the user and returns it in full; this is the only time it can be read. */
    @Transactional
    public String create(CurrentUser user, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidInputException(
                    "name", "error.token.name", "a token name of 1 to 100 characters is required");
        }
        String token = secrets.token(Secrets.API_TOKEN_PREFIX);
        tokens.insert(user.id(), label, Secrets.digest(token), token.substring(0, 10));
        return token;
    }

    public List<ApiToken> tokensOf(CurrentUser user) {
        return tokens.ofUser(user.id());
    }

    @Transactional
    public boolean revoke(CurrentUser user, long tokenId) {
        return tokens.revoke(user.id(), tokenId, clock.instant()) > 0;
    }

    /** The enabled user owning this live token, if any. */
    @Transactional
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(Secrets.API_TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return tokens.useLive(Secrets.digest(token), clock.instant())
                .filter(members::isEnabled)
                .flatMap(members::find);
    }
}
