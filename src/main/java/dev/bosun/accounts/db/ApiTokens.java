package dev.bosun.accounts.db;

import static dev.bosun.jooq.Tables.API_TOKENS;

import dev.bosun.accounts.ApiToken;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Personal API tokens, stored as SHA-256 digests. */
@Repository
public class ApiTokens {

    private final DSLContext db;

    public ApiTokens(DSLContext db) {
        this.db = db;
    }

    public long insert(long userId, String name, String digest, String prefix) {
        return db.insertInto(API_TOKENS)
                .set(API_TOKENS.USER_ID, userId)
                .set(API_TOKENS.NAME, name)
                .set(API_TOKENS.TOKEN_HASH, digest)
                .set(API_TOKENS.TOKEN_PREFIX, prefix)
                .returning(API_TOKENS.ID)
                .fetchOne(API_TOKENS.ID);
    }

    public List<ApiToken> ofUser(long userId) {
        return db.selectFrom(API_TOKENS)
                .where(API_TOKENS.USER_ID.eq(userId))
                .orderBy(API_TOKENS.ID.desc())
                .fetch()
                .map(r -> new ApiToken(
                        r.getId(),
                        r.getName(),
                        r.getTokenPrefix(),
                        Members.instant(r.getCreatedAt()),
                        Members.instant(r.getLastUsedAt()),
                        Members.instant(r.getRevokedAt())));
    }

    /** The owner of a live (not revoked) token with this digest, stamping its last use. */
    public Optional<Long> useLive(String digest, Instant at) {
        return db.update(API_TOKENS)
                .set(API_TOKENS.LAST_USED_AT, at.atOffset(ZoneOffset.UTC))
                .where(API_TOKENS.TOKEN_HASH.eq(digest).and(API_TOKENS.REVOKED_AT.isNull()))
                .returning(API_TOKENS.USER_ID)
                .fetchOptional(API_TOKENS.USER_ID);
    }

    public int revoke(long userId, long tokenId, Instant at) {
        return db.update(API_TOKENS)
                .set(API_TOKENS.REVOKED_AT, at.atOffset(ZoneOffset.UTC))
                .where(API_TOKENS
                        .ID
                        .eq(tokenId)
                        .and(API_TOKENS.USER_ID.eq(userId))
                        .and(API_TOKENS.REVOKED_AT.isNull()))
                .execute();
    }
}
