package dev.bosun.accounts.db;

import static dev.bosun.jooq.Tables.USER_INVITATIONS;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** One-time invitation links, stored as SHA-256 digests. */
@Repository
public class Invitations {

    private final DSLContext db;

    public Invitations(DSLContext db) {
        this.db = db;
    }

    public void insert(long userId, String digest, Instant expiresAt) {
        db.insertInto(USER_INVITATIONS)
                .set(USER_INVITATIONS.USER_ID, userId)
                .set(USER_INVITATIONS.TOKEN_HASH, digest)
                .set(USER_INVITATIONS.EXPIRES_AT, expiresAt.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** The user of an unused, unexpired invitation. */
    public Optional<Long> openInvitation(String digest, Instant now) {
        return db.select(USER_INVITATIONS.USER_ID)
                .from(USER_INVITATIONS)
                .where(USER_INVITATIONS
                        .TOKEN_HASH
                        .eq(digest)
                        .and(USER_INVITATIONS.USED_AT.isNull())
                        .and(USER_INVITATIONS.EXPIRES_AT.gt(now.atOffset(ZoneOffset.UTC))))
                .fetchOptional(USER_INVITATIONS.USER_ID);
    }

    /** Marks an invitation used; false if it was used meanwhile. */
    public boolean markUsed(String digest, Instant at) {
        return db.update(USER_INVITATIONS)
                        .set(USER_INVITATIONS.USED_AT, at.atOffset(ZoneOffset.UTC))
                        .where(USER_INVITATIONS.TOKEN_HASH.eq(digest).and(USER_INVITATIONS.USED_AT.isNull()))
                        .execute()
                == 1;
    }
}
