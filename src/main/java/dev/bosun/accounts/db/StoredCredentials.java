package dev.bosun.accounts.db;

import static dev.bosun.jooq.Tables.ACCOUNT_CREDENTIALS;

import dev.bosun.accounts.CredentialStatus;
import dev.bosun.accounts.domain.SecretBox;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Encrypted secrets per seller account: nonce and ciphertext only. */
@Repository
public class StoredCredentials {

    private final DSLContext db;

    public StoredCredentials(DSLContext db) {
        this.db = db;
    }

    public void upsert(long accountId, String kind, SecretBox.Sealed secret, String hint, String by, Instant at) {
        db.insertInto(ACCOUNT_CREDENTIALS)
                .set(ACCOUNT_CREDENTIALS.ACCOUNT_ID, accountId)
                .set(ACCOUNT_CREDENTIALS.KIND, kind)
                .set(ACCOUNT_CREDENTIALS.NONCE, secret.nonce())
                .set(ACCOUNT_CREDENTIALS.CIPHERTEXT, secret.ciphertext())
                .set(ACCOUNT_CREDENTIALS.HINT, hint)
                .set(ACCOUNT_CREDENTIALS.UPDATED_BY, by)
                .set(ACCOUNT_CREDENTIALS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(ACCOUNT_CREDENTIALS.ACCOUNT_ID, ACCOUNT_CREDENTIALS.KIND)
                .doUpdate()
                .set(ACCOUNT_CREDENTIALS.NONCE, secret.nonce())
                .set(ACCOUNT_CREDENTIALS.CIPHERTEXT, secret.ciphertext())
                .set(ACCOUNT_CREDENTIALS.HINT, hint)
                .set(ACCOUNT_CREDENTIALS.UPDATED_BY, by)
                .set(ACCOUNT_CREDENTIALS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    public Optional<SecretBox.Sealed> find(long accountId, String kind) {
        return db.select(ACCOUNT_CREDENTIALS.NONCE, ACCOUNT_CREDENTIALS.CIPHERTEXT)
                .from(ACCOUNT_CREDENTIALS)
                .where(ACCOUNT_CREDENTIALS.ACCOUNT_ID.eq(accountId).and(ACCOUNT_CREDENTIALS.KIND.eq(kind)))
                .fetchOptional(r -> new SecretBox.Sealed(r.value1(), r.value2()));
    }

    public List<CredentialStatus> statuses(long accountId) {
        return db.selectFrom(ACCOUNT_CREDENTIALS)
                .where(ACCOUNT_CREDENTIALS.ACCOUNT_ID.eq(accountId))
                .orderBy(ACCOUNT_CREDENTIALS.KIND)
                .fetch()
                .map(r -> new CredentialStatus(
                        r.getKind(), r.getHint(), Members.instant(r.getUpdatedAt()), r.getUpdatedBy()));
    }

    public int delete(long accountId, String kind) {
        return db.deleteFrom(ACCOUNT_CREDENTIALS)
                .where(ACCOUNT_CREDENTIALS.ACCOUNT_ID.eq(accountId).and(ACCOUNT_CREDENTIALS.KIND.eq(kind)))
                .execute();
    }
}
