package dev.bosun.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.domain.InvalidInputException;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users, passwords, invitations and the rule that an admin cannot lock themselves out. */
@BosunTest
class TeamTests {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    Team team;

    @Autowired
    AccountDirectory directory;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(directory, team, jdbc);
    }

    private static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCreatedUserHasTheirLowerCaseUsernameRoleAndGrants() {
        SellerAccount account = fixtures.account();
        String username = Fixtures.username(Role.SUPERVISOR);

        CurrentUser created = team.create(
                fixtures.organisation(),
                "  " + username.toUpperCase() + " ",
                null,
                " li@example.cn ",
                Role.SUPERVISOR,
                null,
                List.of(account.id()));

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.displayName()).isEqualTo(username);
        assertThat(created.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(created.organisationId()).isEqualTo(fixtures.organisation());
        assertThat(team.findByUsername(username.toUpperCase())).contains(created);
        assertThat(team.find(created.id())).contains(created);
        assertThat(team.members(fixtures.organisation()))
                .filteredOn(m -> m.id() == created.id())
                .singleElement()
                .satisfies(member -> {
                    assertThat(member.email()).isEqualTo("li@example.cn");
                    assertThat(member.enabled()).isTrue();
                    assertThat(member.hasPassword()).isFalse();
                    assertThat(member.grantedAccountIds()).containsExactly(account.id());
                });
    }

    @Test
    void aUsernameCanBeTakenOnlyOnceWhateverItsCase() {
        CurrentUser existing = fixtures.user(Role.ASSISTANT);

        assertRefused(
                () -> team.create(
                        fixtures.organisation(),
                        existing.username().toUpperCase(),
                        null,
                        null,
                        Role.ASSISTANT,
                        null,
                        List.of()),
                "error.username.taken");
    }

    @Test
    void aUserCreatedWithAPasswordHasOnlyItsBcryptHashStored() {
        CurrentUser user = fixtures.userWithPassword(Role.SPECIALIST, PASSWORD);

        String hash = fixtures.passwordHash(user.id());

        assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD + "!", hash)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"121, 20,  displayName", "10,  201, email"})
    void overlongProfileFieldsAreRefusedAsInvalidInput(int nameLength, int emailLength, String field) {
        String username = Fixtures.username(Role.SPECIALIST);
        String email = "e".repeat(emailLength - "@example.com".length()) + "@example.com";

        assertThatThrownBy(() -> team.create(
                        fixtures.organisation(),
                        username,
                        "n".repeat(nameLength),
                        email,
                        Role.SPECIALIST,
                        null,
                        List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(team.findByUsername(username)).isEmpty();
    }

    @Test
    void profileFieldsOfTheLargestAllowedSizeAreKept() {
        String email = "e".repeat(200 - "@example.com".length()) + "@example.com";

        CurrentUser user = team.create(
                fixtures.organisation(),
                Fixtures.username(Role.SPECIALIST),
                "n".repeat(120),
                email,
                Role.SPECIALIST,
                null,
                List.of());

        assertThat(user.displayName()).hasSize(120);
        assertThat(jdbc.queryForObject("select email from users where id = ?", String.class, user.id()))
                .isEqualTo(email);
    }

    @Test
    void aUserWithATooShortPasswordIsNotCreated() {
        String username = Fixtures.username(Role.SPECIALIST);

        assertRefused(
                () -> team.create(fixtures.organisation(), username, null, null, Role.SPECIALIST, "short", List.of()),
                "error.password.short");
        assertThat(team.findByUsername(username)).isEmpty();
    }

    @Test
    void anInvitedUserSetsTheirPasswordOnceThroughTheLink() throws Exception {
        CurrentUser invited = fixtures.user(Role.ASSISTANT);

        String token = team.invite(invited.id());

        assertThat(team.invitation(token)).contains(invited);
        assertThat(jdbc.queryForList(
                        "select token_hash from user_invitations where user_id = ?", String.class, invited.id()))
                .containsExactly(sha256Hex(token));
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_invitations where token_hash = ? or token_hash like ?",
                        Long.class,
                        token,
                        "%" + token.substring(0, 20) + "%"))
                .isZero();

        CurrentUser joined = team.acceptInvitation(token, PASSWORD);

        assertThat(joined).isEqualTo(invited);
        assertThat(passwordEncoder.matches(PASSWORD, fixtures.passwordHash(invited.id())))
                .isTrue();
        assertThat(team.invitation(token)).isEmpty();
        assertRefused(() -> team.acceptInvitation(token, "another long password"), "error.invitation.invalid");
        assertThat(passwordEncoder.matches(PASSWORD, fixtures.passwordHash(invited.id())))
                .isTrue();
    }

    @Test
    void anInvitationAcceptedWithATooShortPasswordStaysUsable() {
        CurrentUser invited = fixtures.user(Role.ASSISTANT);
        String token = team.invite(invited.id());

        assertRefused(() -> team.acceptInvitation(token, "short"), "error.password.short");

        assertThat(fixtures.passwordHash(invited.id())).isNull();
        assertThat(team.invitation(token)).contains(invited);
    }

    @Test
    void anUnknownInvitationTokenLeadsNowhere() {
        CurrentUser invited = fixtures.user(Role.ASSISTANT);
        String token = team.invite(invited.id());
        String wrong = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        assertThat(team.invitation(wrong)).isEmpty();
        assertThat(team.invitation("")).isEmpty();
        assertRefused(() -> team.acceptInvitation(wrong, PASSWORD), "error.invitation.invalid");
        assertThat(fixtures.passwordHash(invited.id())).isNull();
    }

    @Test
    void twoInvitationsOfOneUserHaveDifferentTokens() {
        CurrentUser invited = fixtures.user(Role.ASSISTANT);

        assertThat(team.invite(invited.id())).isNotEqualTo(team.invite(invited.id()));
    }

    @Test
    void aPasswordIsChangedOnlyWithTheRightCurrentPassword() {
        CurrentUser user = fixtures.userWithPassword(Role.SPECIALIST, PASSWORD);
        String before = fixtures.passwordHash(user.id());

        assertRefused(() -> team.changePassword(user, "wrong password!", "brand new password"), "error.password.wrong");
        assertThat(fixtures.passwordHash(user.id())).isEqualTo(before);

        assertRefused(() -> team.changePassword(user, PASSWORD, "short"), "error.password.short");
        assertThat(fixtures.passwordHash(user.id())).isEqualTo(before);

        team.changePassword(user, PASSWORD, "brand new password");
        assertThat(passwordEncoder.matches("brand new password", fixtures.passwordHash(user.id())))
                .isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, fixtures.passwordHash(user.id())))
                .isFalse();
    }

    @Test
    void aUserWithoutPasswordCannotChangeIt() {
        CurrentUser invited = fixtures.user(Role.SPECIALIST);

        assertRefused(() -> team.changePassword(invited, "", "brand new password"), "error.password.wrong");
        assertThat(fixtures.passwordHash(invited.id())).isNull();
    }

    @ParameterizedTest
    @CsvSource({"SPECIALIST,    true", "STORE_MANAGER, true", "ADMIN,         false", "ASSISTANT,     false"})
    void anAdminCannotDemoteOrDisableThemselves(Role role, boolean enabled) {
        CurrentUser admin = fixtures.user(Role.ADMIN);

        assertRefused(
                () -> team.update(admin, admin.id(), "Me", null, role, enabled, List.of()), "error.user.selfLockout");

        assertThat(team.find(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(jdbc.queryForObject("select enabled from users where id = ?", Boolean.class, admin.id()))
                .isTrue();
    }

    @Test
    void anAdminMayChangeTheirOwnProfileAndAnotherAdminMayDemoteThem() {
        CurrentUser admin = fixtures.user(Role.ADMIN);
        CurrentUser otherAdmin = fixtures.user(Role.ADMIN);

        team.update(admin, admin.id(), "Chief", "chief@example.com", Role.ADMIN, true, List.of());
        assertThat(team.find(admin.id()).orElseThrow().displayName()).isEqualTo("Chief");

        team.update(otherAdmin, admin.id(), "Chief", null, Role.SUPERVISOR, false, List.of());
        assertThat(team.find(admin.id()).orElseThrow().role()).isEqualTo(Role.SUPERVISOR);
        assertThat(jdbc.queryForObject("select enabled from users where id = ?", Boolean.class, admin.id()))
                .isFalse();
    }

    @Test
    void anUpdateReplacesTheGrantsWithTheOrganisationsOwnAccounts() {
        SellerAccount first = fixtures.account();
        SellerAccount second = fixtures.account();
        SellerAccount foreign = fixtures.account(fixtures.otherOrganisation());
        CurrentUser admin = fixtures.user(Role.ADMIN);
        CurrentUser specialist = fixtures.user(Role.SPECIALIST, first);

        team.update(admin, specialist.id(), null, null, Role.SPECIALIST, true, List.of(second.id(), foreign.id()));

        assertThat(team.members(fixtures.organisation()))
                .filteredOn(m -> m.id() == specialist.id())
                .singleElement()
                .satisfies(m -> assertThat(m.grantedAccountIds()).containsExactly(second.id()));
    }

    @Test
    void aUserOfAnotherOrganisationCannotBeUpdated() {
        CurrentUser admin = fixtures.user(Role.ADMIN);
        CurrentUser foreigner = fixtures.user(fixtures.otherOrganisation(), Role.SPECIALIST);

        assertRefused(
                () -> team.update(admin, foreigner.id(), "Mine", null, Role.ASSISTANT, false, List.of()),
                "error.user.unknown");
        assertThat(team.find(foreigner.id()).orElseThrow().role()).isEqualTo(Role.SPECIALIST);
    }

    @Test
    void aResetPasswordIsSixteenCharactersAndReplacesTheOldOne() {
        CurrentUser user = fixtures.userWithPassword(Role.SPECIALIST, PASSWORD);

        String password = team.resetPassword("  " + user.username().toUpperCase() + " ");

        assertThat(password).hasSize(16).isNotEqualTo(PASSWORD);
        String hash = fixtures.passwordHash(user.id());
        assertThat(hash).doesNotContain(password);
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isFalse();
        assertThat(team.resetPassword(user.username())).isNotEqualTo(password);
    }

    @Test
    void theResetPasswordOfAnUnknownUserIsRefused() {
        assertRefused(() -> team.resetPassword(Fixtures.username(Role.ADMIN)), "error.user.unknown");
    }

    @Test
    void timeZonesMustBeKnownAndBlankMeansUtc() {
        CurrentUser user = fixtures.user(Role.ASSISTANT);

        team.setTimeZone(user.id(), "Asia/Shanghai");
        assertThat(team.find(user.id()).orElseThrow().zone()).hasToString("Asia/Shanghai");

        assertRefused(() -> team.setTimeZone(user.id(), "Mars/Olympus"), "error.timeZone");
        assertThat(team.find(user.id()).orElseThrow().timeZone()).isEqualTo("Asia/Shanghai");

        team.setTimeZone(user.id(), " ");
        assertThat(team.find(user.id()).orElseThrow().timeZone()).isNull();
        assertThat(team.find(user.id()).orElseThrow().zone()).hasToString("UTC");
    }

    @Test
    void theChosenLanguageIsKept() {
        CurrentUser user = fixtures.user(Role.ASSISTANT);

        team.setLocale(user.id(), "zh-CN");

        assertThat(team.find(user.id()).orElseThrow().chosenLocale()).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void noFirstAdminIsCreatedOnceAnyUserExists() {
        fixtures.user(Role.ASSISTANT);
        Long before = jdbc.queryForObject("select count(*) from users", Long.class);

        assertThat(team.createFirstAdmin()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from users", Long.class))
                .isEqualTo(before);
    }
}
