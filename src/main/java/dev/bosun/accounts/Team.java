package dev.bosun.accounts;

import dev.bosun.accounts.db.Accounts;
import dev.bosun.accounts.db.Invitations;
import dev.bosun.accounts.db.Members;
import dev.bosun.accounts.domain.AccountRules;
import dev.bosun.accounts.domain.InvalidInputException;
import dev.bosun.accounts.domain.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team: users, their roles and grants, passwords, invitations and display preferences. Passwords are kept
 * only as bcrypt hashes; generated passwords and invitation links are returned once and never stored.
 */
@Service
public class Team {

    /** How long an invitation link stays valid. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final Members members;
    private final Accounts accounts;
    private final Invitations invitations;
    private final PasswordEncoder passwords;
    private final Secrets secrets;
    private final Clock clock;

    Team(
            Members members,
            Accounts accounts,
            Invitations invitations,
            PasswordEncoder passwords,
            java.security.SecureRandom random,
            Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.invitations = invitations;
        this.passwords = passwords;
        this.secrets = new Secrets(random);
        this.clock = clock;
    }

    public List<TeamMember> members(long organisationId) {
        return members.ofOrganisation(organisationId);
    }

    public Optional<CurrentUser> find(long userId) {
        return members.find(userId);
    }

    public Optional<CurrentUser> findByUsername(String username) {
        return members.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Adds a user. With a password they can sign in at once; without one they sign in after following an
     * invitation link ({@link #invite(long)}).
     */
    @Transactional
    public CurrentUser create(
            long organisationId,
            String username,
            String displayName,
            String email,
            Role role,
            String password,
            Collection<Long> accountIds) {
        String name = AccountRules.username(username);
        if (members.findByUsername(name).isPresent()) {
            throw new InvalidInputException(
                    "username", "error.username.taken", "the username '" + name + "' is taken", name);
        }
        String shownName = AccountRules.displayName(displayName, name);
        String address = AccountRules.email(email);
        String hash = password == null || password.isEmpty() ? null : passwords.encode(AccountRules.password(password));
        long id = members.insert(organisationId, name, shownName, address, role, hash);
        members.grant(id, ownAccounts(organisationId, accountIds));
        return members.find(id).orElseThrow();
    }

    /** Creates a one-time invitation link token for a user; the caller shows it once. */
    @Transactional
    public String invite(long userId) {
        String token = secrets.token("");
        invitations.insert(userId, Secrets.digest(token), clock.instant().plus(INVITATION_VALIDITY));
        return token;
    }

    /** Whether an invitation token is still usable, and for whom. */
    public Optional<CurrentUser> invitation(String token) {
        return invitations
                .openInvitation(Secrets.digest(token), clock.instant())
                .flatMap(members::find);
    }

    /** Sets the password of an invited user; the link cannot be used again. */
    @Transactional
    public CurrentUser acceptInvitation(String token, String password) {
        String digest = Secrets.digest(token);
        long userId = invitations
                .openInvitation(digest, clock.instant())
                .orElseThrow(() -> new InvalidInputException(
                        "token", "error.invitation.invalid", "the invitation is unknown, used or expired"));
        AccountRules.password(password);
        if (!invitations.markUsed(digest, clock.instant())) {
            throw new InvalidInputException(
                    "token", "error.invitation.invalid", "the invitation is unknown, used or expired");
        }
        members.setPasswordHash(userId, passwords.encode(password));
        return members.find(userId).orElseThrow();
    }

    /**
     * Changes a user's profile, role, state and grants. An admin cannot take away their own admin role or
     * disable themselves, so an organisation never locks itself out.
     */
    @Transactional
    public void update(
            CurrentUser actor,
            long userId,
            String displayName,
            String email,
            Role role,
            boolean enabled,
            Collection<Long> accountIds) {
        CurrentUser target = members.find(userId)
                .filter(u -> u.organisationId() == actor.organisationId())
                .orElseThrow(() -> new InvalidInputException("id", "error.user.unknown", "no such user"));
        if (target.id() == actor.id() && (role != Role.ADMIN || !enabled) && actor.isAdmin()) {
            throw new InvalidInputException(
                    "role", "error.user.selfLockout", "you cannot remove your own admin role or disable yourself");
        }
        members.update(
                userId,
                AccountRules.displayName(displayName, target.username()),
                AccountRules.email(email),
                role,
                enabled);
        members.replaceGrants(userId, ownAccounts(actor.organisationId(), accountIds));
    }

    /** Gives the user a new random password and returns it (shown once). */
    @Transactional
    public String resetPassword(String username) {
        CurrentUser user = findByUsername(username)
                .orElseThrow(() -> new InvalidInputException(
                        "username", "error.user.unknown", "no user named '" + username + "'"));
        String password = secrets.password();
        members.setPasswordHash(user.id(), passwords.encode(password));
        return password;
    }

    @Transactional
    public void setPassword(long userId, String password) {
        members.setPasswordHash(userId, passwords.encode(AccountRules.password(password)));
    }

    /** Changes one's own password, proving the current one. */
    @Transactional
    public void changePassword(CurrentUser user, String current, String replacement) {
        Members.Login login = members.login(user.username()).orElseThrow();
        if (login.passwordHash() == null || !passwords.matches(current, login.passwordHash())) {
            throw new InvalidInputException("currentPassword", "error.password.wrong", "the current password is wrong");
        }
        setPassword(user.id(), replacement);
    }

    /** Grants a seller account to a user; false if it already was. */
    @Transactional
    public boolean grant(long userId, long accountId) {
        CurrentUser user = members.find(userId)
                .orElseThrow(() -> new InvalidInputException("username", "error.user.unknown", "no such user"));
        if (accounts.find(user.organisationId(), accountId).isEmpty()) {
            throw new InvalidInputException("account", "error.account.unknown", "no such seller account");
        }
        boolean had = accounts.isGranted(userId, accountId);
        members.grant(userId, List.of(accountId));
        return !had;
    }

    /** Takes a seller account away from a user; false if it was not granted. */
    @Transactional
    public boolean revoke(long userId, long accountId) {
        return members.revoke(userId, accountId) > 0;
    }

    @Transactional
    public void setLocale(long userId, String languageTag) {
        members.setLocale(userId, languageTag);
    }

    @Transactional
    public void setTimeZone(long userId, String zone) {
        if (zone != null && !zone.isBlank() && !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidInputException("timeZone", "error.timeZone", "unknown time zone " + zone, zone);
        }
        members.setTimeZone(userId, zone == null || zone.isBlank() ? null : zone);
    }

    /**
     * On the first start, with no user at all: creates the admin user with a random password, returned once so
     * the caller can print it.
     */
    @Transactional
    public Optional<String> createFirstAdmin() {
        if (members.count() > 0) {
            return Optional.empty();
        }
        String password = secrets.password();
        long org = members.defaultOrganisation();
        members.insert(org, "admin", "Administrator", null, Role.ADMIN, passwords.encode(password));
        return Optional.of(password);
    }

    private Set<Long> ownAccounts(long organisationId, Collection<Long> accountIds) {
        if (accountIds == null) {
            return Set.of();
        }
        Set<Long> own = new java.util.HashSet<>();
        for (long id : accountIds) {
            if (accounts.find(organisationId, id).isPresent()) {
                own.add(id);
            }
        }
        return own;
    }
}
