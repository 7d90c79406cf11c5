package dev.bosun.accounts.db;

import static dev.bosun.jooq.Tables.ACCOUNT_GRANTS;
import static dev.bosun.jooq.Tables.USERS;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.TeamMember;
import dev.bosun.jooq.tables.records.UsersRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Users, their password hashes, preferences and account grants. */
@Repository
public class Members {

    private final DSLContext db;

    public Members(DSLContext db) {
        this.db = db;
    }

    /** A user row with the password hash, for sign-in only. */
    public record Login(CurrentUser user, String passwordHash, boolean enabled) {}

    public Optional<Login> login(String username) {
        return db.selectFrom(USERS)
                .where(USERS.USERNAME.eq(username))
                .fetchOptional()
                .map(r -> new Login(toCurrentUser(r), r.getPasswordHash(), r.getEnabled()));
    }

    public Optional<CurrentUser> find(long userId) {
        return db.selectFrom(USERS).where(USERS.ID.eq(userId)).fetchOptional().map(Members::toCurrentUser);
    }

    public Optional<CurrentUser> findByUsername(String username) {
        return db.selectFrom(USERS)
                .where(USERS.USERNAME.eq(username))
                .fetchOptional()
                .map(Members::toCurrentUser);
    }

    public boolean isEnabled(long userId) {
        return db.fetchExists(USERS, USERS.ID.eq(userId).and(USERS.ENABLED.isTrue()));
    }

    public long count() {
        return db.fetchCount(USERS);
    }

    public List<TeamMember> ofOrganisation(long organisationId) {
        List<UsersRecord> rows = db.selectFrom(USERS)
                .where(USERS.ORGANISATION_ID.eq(organisationId))
                .orderBy(USERS.USERNAME)
                .fetch();
        Map<Long, Set<Long>> grants = new HashMap<>();
        db.select(ACCOUNT_GRANTS.USER_ID, ACCOUNT_GRANTS.ACCOUNT_ID)
                .from(ACCOUNT_GRANTS)
                .where(ACCOUNT_GRANTS.USER_ID.in(
                        rows.stream().map(UsersRecord::getId).toList()))
                .forEach(r ->
                        grants.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return rows.stream()
                .map(r -> new TeamMember(
                        r.getId(),
                        r.getUsername(),
                        r.getDisplayName(),
                        r.getEmail(),
                        Role.valueOf(r.getRole()),
                        r.getEnabled(),
                        r.getPasswordHash() != null,
                        instant(r.getCreatedAt()),
                        instant(r.getLastLoginAt()),
                        grants.getOrDefault(r.getId(), Set.of())))
                .toList();
    }

    public long insert(
            long organisationId, String username, String displayName, String email, Role role, String passwordHash) {
        return db.insertInto(USERS)
                .set(USERS.ORGANISATION_ID, organisationId)
                .set(USERS.USERNAME, username)
                .set(USERS.DISPLAY_NAME, displayName)
                .set(USERS.EMAIL, email)
                .set(USERS.ROLE, role.name())
                .set(USERS.PASSWORD_HASH, passwordHash)
                .returning(USERS.ID)
                .fetchOne(USERS.ID);
    }

    public void update(long userId, String displayName, String email, Role role, boolean enabled) {
        db.update(USERS)
                .set(USERS.DISPLAY_NAME, displayName)
                .set(USERS.EMAIL, email)
                .set(USERS.ROLE, role.name())
                .set(USERS.ENABLED, enabled)
                .where(USERS.ID.eq(userId))
                .execute();
    }

    public void setPasswordHash(long userId, String hash) {
        db.update(USERS)
                .set(USERS.PASSWORD_HASH, hash)
                .where(USERS.ID.eq(userId))
                .execute();
    }

    public void setLocale(long userId, String locale) {
        db.update(USERS).set(USERS.LOCALE, locale).where(USERS.ID.eq(userId)).execute();
    }

    public void setTimeZone(long userId, String zone) {
        db.update(USERS).set(USERS.TIME_ZONE, zone).where(USERS.ID.eq(userId)).execute();
    }

    public void recordLogin(long userId, Instant at) {
        db.update(USERS)
                .set(USERS.LAST_LOGIN_AT, at.atOffset(ZoneOffset.UTC))
                .where(USERS.ID.eq(userId))
                .execute();
    }

    public void replaceGrants(long userId, Collection<Long> accountIds) {
        db.deleteFrom(ACCOUNT_GRANTS).where(ACCOUNT_GRANTS.USER_ID.eq(userId)).execute();
        grant(userId, accountIds);
    }

    public void grant(long userId, Collection<Long> accountIds) {
        for (long accountId : accountIds) {
            db.insertInto(ACCOUNT_GRANTS, ACCOUNT_GRANTS.ACCOUNT_ID, ACCOUNT_GRANTS.USER_ID)
                    .values(accountId, userId)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    public int revoke(long userId, long accountId) {
        return db.deleteFrom(ACCOUNT_GRANTS)
                .where(ACCOUNT_GRANTS.USER_ID.eq(userId).and(ACCOUNT_GRANTS.ACCOUNT_ID.eq(accountId)))
                .execute();
    }

    public long defaultOrganisation() {
        return db.select(dev.bosun.jooq.Tables.ORGANISATIONS.ID)
                .from(dev.bosun.jooq.Tables.ORGANISATIONS)
                .orderBy(dev.bosun.jooq.Tables.ORGANISATIONS.ID)
                .limit(1)
                .fetchOne(dev.bosun.jooq.Tables.ORGANISATIONS.ID);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static CurrentUser toCurrentUser(UsersRecord r) {
        return new CurrentUser(
                r.getId(),
                r.getOrganisationId(),
                r.getUsername(),
                r.getDisplayName(),
                Role.valueOf(r.getRole()),
                r.getLocale(),
                r.getTimeZone());
    }
}
