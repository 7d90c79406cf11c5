package dev.bosun.testing;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.shared.Marketplace;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the seller accounts, users and organisations a test needs, each with a {@link TestDatabase#unique}
 * name so that tests sharing the database never see one another's data. Users are made without a password
 * (bcrypt at cost 12 is slow) unless a test asks for one.
 */
public final class Fixtures {

    private final AccountDirectory directory;
    private final Team team;
    private final JdbcTemplate jdbc;

    public Fixtures(AccountDirectory directory, Team team, JdbcTemplate jdbc) {
        this.directory = directory;
        this.team = team;
        this.jdbc = jdbc;
    }

    /** The organisation commands and the migrations' seed work in. */
    public long organisation() {
        return directory.defaultOrganisation();
    }

    /** A second tenant, which no facade creates yet. */
    public long otherOrganisation() {
        return jdbc.queryForObject(
                "insert into organisations (name) values (?) returning id",
                Long.class,
                TestDatabase.unique("Other org"));
    }

    public SellerAccount account(Marketplace... marketplaces) {
        return account(organisation(), marketplaces);
    }

    public SellerAccount account(long organisationId, Marketplace... marketplaces) {
        List<Marketplace> list = marketplaces.length == 0 ? List.of(Marketplace.US) : Arrays.asList(marketplaces);
        return directory.create(organisationId, TestDatabase.unique("Acme"), list, null);
    }

    public CurrentUser user(Role role, SellerAccount... granted) {
        return user(organisation(), role, granted);
    }

    public CurrentUser user(long organisationId, Role role, SellerAccount... granted) {
        return team.create(
                organisationId,
                username(role),
                null,
                null,
                role,
                null,
                Arrays.stream(granted).map(SellerAccount::id).toList());
    }

    public CurrentUser userWithPassword(Role role, String password) {
        return team.create(organisation(), username(role), null, null, role, password, List.of());
    }

    public static String username(Role role) {
        return TestDatabase.unique(role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The stored bcrypt hash of a user's password, or null. */
    public String passwordHash(long userId) {
        return jdbc.queryForObject("select password_hash from users where id = ?", String.class, userId);
    }
}
