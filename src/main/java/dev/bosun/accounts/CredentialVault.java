package dev.bosun.accounts;

import dev.bosun.accounts.db.StoredCredentials;
import dev.bosun.accounts.domain.InvalidInputException;
import dev.bosun.accounts.domain.SecretBox;
import dev.bosun.accounts.domain.Secrets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secrets kept per seller account (API refresh tokens, SMTP and webhook secrets), encrypted with AES-GCM under
 * the key of {@code BOSUN_SECRET_KEY} or the generated key file. The database holds nonce and ciphertext only;
 * screens show that a secret is set and its last four characters.
 */
@Service
public class CredentialVault {

    private final StoredCredentials stored;
    private final SecretBox box;
    private final Clock clock;

    CredentialVault(StoredCredentials stored, SecretBox box, Clock clock) {
        this.stored = stored;
        this.box = box;
        this.clock = clock;
    }

    @Transactional
    public void store(long accountId, CredentialKind kind, String secret, String storedBy) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidInputException("secret", "error.credential.empty", "the secret is empty");
        }
        String value = secret.strip();
        stored.upsert(
                accountId,
                kind.key(),
                box.seal(value, place(accountId, kind)),
                Secrets.hint(value),
                storedBy,
                clock.instant());
    }

    /** The plaintext, for the integration that needs it at the moment it calls Amazon. */
    public Optional<String> reveal(long accountId, CredentialKind kind) {
        return stored.find(accountId, kind.key()).map(stored -> box.open(stored, place(accountId, kind)));
    }

    public List<CredentialStatus> statuses(long accountId) {
        return stored.statuses(accountId);
    }

    @Transactional
    public boolean remove(long accountId, CredentialKind kind) {
        return stored.delete(accountId, kind.key()) > 0;
    }

    private static String place(long accountId, CredentialKind kind) {
        return "account:" + accountId + "/" + kind.key();
    }
}
