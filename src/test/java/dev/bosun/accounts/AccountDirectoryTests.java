package dev.bosun.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.domain.InvalidInputException;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which seller accounts a user may see, and the rules for creating and changing accounts. */
@BosunTest
class AccountDirectoryTests {

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(directory, team, jdbc);
    }

    @Test
    void aSpecialistSeesOnlyTheAccountsGrantedToThem() {
        SellerAccount granted = fixtures.account(Marketplace.US);
        SellerAccount notGranted = fixtures.account(Marketplace.DE);
        CurrentUser specialist = fixtures.user(Role.SPECIALIST, granted);

        assertThat(directory.canAccess(specialist, granted.id())).isTrue();
        assertThat(directory.canAccess(specialist, notGranted.id())).isFalse();
        assertThat(directory.accessibleTo(specialist)).containsExactly(granted);
        assertThat(directory.find(specialist, granted.id())).contains(granted);
        assertThat(directory.find(specialist, notGranted.id())).isEmpty();
    }

    @Test
    void anAccountThatDoesNotExistLooksLikeOneThatIsNotGranted() {
        CurrentUser specialist = fixtures.user(Role.SPECIALIST, fixtures.account());
        CurrentUser admin = fixtures.user(Role.ADMIN);
        long missing = Long.MAX_VALUE - 7;

        assertThat(directory.canAccess(specialist, missing)).isFalse();
        assertThat(directory.find(specialist, missing)).isEmpty();
        assertThat(directory.canAccess(admin, missing)).isFalse();
        assertThat(directory.find(admin, missing)).isEmpty();
    }

    @Test
    void anAdminSeesEveryAccountOfTheirOrganisationWithoutGrantsButNoneOfAnother() {
        SellerAccount first = fixtures.account(Marketplace.US);
        SellerAccount second = fixtures.account(Marketplace.JP);
        SellerAccount foreign = fixtures.account(fixtures.otherOrganisation(), Marketplace.US);
        CurrentUser admin = fixtures.user(Role.ADMIN);

        assertThat(directory.canAccess(admin, first.id())).isTrue();
        assertThat(directory.canAccess(admin, second.id())).isTrue();
        assertThat(directory.find(admin, second.id())).contains(second);
        assertThat(directory.accessibleTo(admin))
                .contains(first, second)
                .doesNotContain(foreign)
                .allSatisfy(account -> assertThat(account.organisationId()).isEqualTo(admin.organisationId()));
        assertThat(directory.canAccess(admin, foreign.id())).isFalse();
        assertThat(directory.find(admin, foreign.id())).isEmpty();
    }

    @Test
    void grantsOnAnotherOrganisationsAccountsAreIgnoredWhenAUserIsCreated() {
        SellerAccount foreign = fixtures.account(fixtures.otherOrganisation(), Marketplace.US);
        SellerAccount own = fixtures.account(Marketplace.US);

        CurrentUser specialist = fixtures.user(Role.SPECIALIST, own, foreign);

        assertThat(directory.canAccess(specialist, own.id())).isTrue();
        assertThat(directory.canAccess(specialist, foreign.id())).isFalse();
        assertThat(directory.accessibleTo(specialist)).containsExactly(own);
    }

    @Test
    void aGrantOnAnotherOrganisationsAccountIsRefusedAndGivesNoAccess() {
        SellerAccount foreign = fixtures.account(fixtures.otherOrganisation(), Marketplace.US);
        CurrentUser specialist = fixtures.user(Role.SPECIALIST);

        assertThatThrownBy(() -> team.grant(specialist.id(), foreign.id()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("error.account.unknown"));
        jdbc.update("insert into account_grants (account_id, user_id) values (?, ?)", foreign.id(), specialist.id());

        assertThat(directory.canAccess(specialist, foreign.id())).isFalse();
        assertThat(directory.accessibleTo(specialist)).doesNotContain(foreign);
        assertThat(directory.find(specialist, foreign.id())).isEmpty();
    }

    @Test
    void aDisabledSpecialistLosesAccessToTheirGrantedAccounts() {
        SellerAccount account = fixtures.account();
        CurrentUser admin = fixtures.user(Role.ADMIN);
        CurrentUser specialist = fixtures.user(Role.SPECIALIST, account);
        assertThat(directory.canAccess(specialist, account.id())).isTrue();

        team.update(admin, specialist.id(), null, null, Role.SPECIALIST, false, List.of(account.id()));

        assertThat(directory.canAccess(specialist, account.id())).isFalse();
        assertThat(directory.find(specialist, account.id())).isEmpty();
    }

    @Test
    void aDisabledSpecialistIsListedNoAccounts() {
        SellerAccount account = fixtures.account();
        CurrentUser admin = fixtures.user(Role.ADMIN);
        CurrentUser specialist = fixtures.user(Role.SPECIALIST, account);

        team.update(admin, specialist.id(), null, null, Role.SPECIALIST, false, List.of(account.id()));

        assertThat(directory.accessibleTo(specialist)).isEmpty();
    }

    @Test
    void aDisabledAdminLosesAccessToTheOrganisationsAccounts() {
        SellerAccount account = fixtures.account();
        CurrentUser otherAdmin = fixtures.user(Role.ADMIN);
        CurrentUser admin = fixtures.user(Role.ADMIN);

        team.update(otherAdmin, admin.id(), null, null, Role.ADMIN, false, List.of());

        assertThat(directory.canAccess(admin, account.id())).isFalse();
        assertThat(directory.find(admin, account.id())).isEmpty();
    }

    @Test
    void aRevokedGrantEndsAccess() {
        SellerAccount account = fixtures.account();
        CurrentUser specialist = fixtures.user(Role.SPECIALIST, account);

        assertThat(team.revoke(specialist.id(), account.id())).isTrue();

        assertThat(directory.canAccess(specialist, account.id())).isFalse();
        assertThat(directory.accessibleTo(specialist)).isEmpty();
        assertThat(team.revoke(specialist.id(), account.id())).isFalse();
        assertThat(team.grant(specialist.id(), account.id())).isTrue();
        assertThat(team.grant(specialist.id(), account.id())).isFalse();
        assertThat(directory.canAccess(specialist, account.id())).isTrue();
    }

    @Test
    void aCreatedAccountKeepsItsTrimmedNameRegionMarketplacesAndMerchantToken() {
        String name = TestDatabase.unique("Acme EU");

        SellerAccount created = directory.create(
                fixtures.organisation(),
                "  " + name + " ",
                List.of(Marketplace.DE, Marketplace.FR, Marketplace.IT),
                " A2MERCHANT7 ");

        assertThat(created.id()).isPositive();
        assertThat(created.organisationId()).isEqualTo(fixtures.organisation());
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.region()).isEqualTo(Region.EU);
        assertThat(created.merchantToken()).isEqualTo("A2MERCHANT7");
        assertThat(created.marketplaces()).containsExactlyInAnyOrder(Marketplace.DE, Marketplace.FR, Marketplace.IT);
        assertThat(directory.findByName(fixtures.organisation(), name.toUpperCase()))
                .contains(created);
        assertThat(directory.ofOrganisation(fixtures.organisation())).contains(created);
        assertThat(jdbc.queryForList(
                        "select marketplace_id from account_marketplaces where account_id = ?",
                        String.class,
                        created.id()))
                .containsExactlyInAnyOrder("A1PA6795UKMFR9", "A13V1IB3VIYZZH", "APJ6JRA9NG5V4");
    }

    @Test
    void aBlankMerchantTokenIsStoredAsNone() {
        SellerAccount created =
                directory.create(fixtures.organisation(), TestDatabase.unique("Acme"), List.of(Marketplace.JP), "   ");

        assertThat(created.merchantToken()).isNull();
        assertThat(created.region()).isEqualTo(Region.FE);
    }

    @Test
    void aMerchantTokenOfFortyCharactersIsKept() {
        SellerAccount created = directory.create(
                fixtures.organisation(), TestDatabase.unique("Acme"), List.of(Marketplace.US), "M".repeat(40));

        assertThat(created.merchantToken()).hasSize(40);
    }

    @Test
    void anOverlongMerchantTokenIsRefusedAsInvalidInput() {
        String name = TestDatabase.unique("Acme");

        assertThatThrownBy(
                        () -> directory.create(fixtures.organisation(), name, List.of(Marketplace.US), "M".repeat(41)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("merchantToken"));
        assertThat(directory.findByName(fixtures.organisation(), name)).isEmpty();
    }

    @Test
    void anAccountNameIsUniqueInTheOrganisationIgnoringCase() {
        SellerAccount existing = fixtures.account();
        long org = fixtures.organisation();

        assertThatThrownBy(() -> directory.create(org, existing.name().toLowerCase(), List.of(Marketplace.US), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("error.account.duplicate"));
        SellerAccount elsewhere =
                directory.create(fixtures.otherOrganisation(), existing.name(), List.of(Marketplace.US), null);
        assertThat(elsewhere.id()).isNotEqualTo(existing.id());
    }

    @Test
    void anAccountWithMarketplacesOfMixedRegionsIsNotCreated() {
        String name = TestDatabase.unique("Mixed");

        assertThatThrownBy(() ->
                        directory.create(fixtures.organisation(), name, List.of(Marketplace.US, Marketplace.DE), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("error.marketplaces.mixedRegions"));
        assertThat(directory.findByName(fixtures.organisation(), name)).isEmpty();
    }

    @Test
    void anUpdateRenamesAndReplacesTheMarketplacesAndRegion() {
        SellerAccount account = fixtures.account(Marketplace.US, Marketplace.CA);
        String newName = TestDatabase.unique("Renamed");

        SellerAccount updated =
                directory.update(fixtures.organisation(), account.id(), newName, List.of(Marketplace.UK), "M1");

        assertThat(updated.id()).isEqualTo(account.id());
        assertThat(updated.name()).isEqualTo(newName);
        assertThat(updated.region()).isEqualTo(Region.EU);
        assertThat(updated.marketplaces()).containsExactly(Marketplace.UK);
        assertThat(updated.merchantToken()).isEqualTo("M1");
        assertThat(directory.findByName(fixtures.organisation(), account.name()))
                .isEmpty();
    }

    @Test
    void anUpdateKeepingItsOwnNameIsNoDuplicateButTakingAnothersIs() {
        SellerAccount account = fixtures.account();
        SellerAccount other = fixtures.account();
        long org = fixtures.organisation();

        assertThat(directory
                        .update(org, account.id(), account.name(), List.of(Marketplace.MX), null)
                        .marketplaces())
                .containsExactly(Marketplace.MX);
        assertThatThrownBy(() -> directory.update(org, account.id(), other.name(), List.of(Marketplace.US), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("error.account.duplicate"));
    }

    @Test
    void anotherOrganisationsAccountCannotBeUpdated() {
        SellerAccount foreign = fixtures.account(fixtures.otherOrganisation(), Marketplace.US);

        assertThatThrownBy(() -> directory.update(
                        fixtures.organisation(), foreign.id(), "Taken over", List.of(Marketplace.US), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("error.account.unknown"));
        assertThat(jdbc.queryForObject("select name from seller_accounts where id = ?", String.class, foreign.id()))
                .isEqualTo(foreign.name());
    }
}
