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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Personal API tokens: shown once, stored as a SHA-256 digest, acting as their live, enabled user. */
@BosunTest
class ApiAccessTests {

    @Autowired
    ApiAccess apiAccess;

    @Autowired
    Team team;

    @Autowired
    AccountDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(directory, team, jdbc);
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNewTokenStartsWithBsnAndAuthenticatesAsItsUser() {
        CurrentUser user = fixtures.user(Role.SPECIALIST);

        String token = apiAccess.create(user, "  reporting script ");

        assertThat(token).startsWith("bsn_").hasSize(47);
        assertThat(apiAccess.authenticate(token)).contains(user);
        assertThat(apiAccess.tokensOf(user)).singleElement().satisfies(listed -> {
            assertThat(listed.name()).isEqualTo("reporting script");
            assertThat(listed.prefix()).isEqualTo(token.substring(0, 10));
            assertThat(listed.live()).isTrue();
            assertThat(listed.createdAt()).isNotNull();
            assertThat(listed.lastUsedAt()).isNotNull();
        });
    }

    @Test
    void theTableKeepsOnlyTheSha256OfTheTokenAndItsFirstTenCharacters() throws Exception {
        CurrentUser user = fixtures.user(Role.SPECIALIST);
        String token = apiAccess.create(user, "ci");

        List<Map<String, Object>> rows = jdbc.queryForList("select * from api_tokens where user_id = ?", user.id());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("token_hash")).isEqualTo(sha256Hex(token));
            assertThat(row.get("token_prefix")).isEqualTo(token.substring(0, 10));
            assertThat(row.values())
                    .allSatisfy(value -> assertThat(String.valueOf(value))
                            .doesNotContain(token)
                            .doesNotContain(token.substring(10)));
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_tokens t where t::text like ?",
                        Long.class,
                        "%" + token.substring(10, 30) + "%"))
                .isZero();
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        CurrentUser user = fixtures.user(Role.SPECIALIST);
        String token = apiAccess.create(user, "laptop");
        String kept = apiAccess.create(user, "server");
        long tokenId = apiAccess.tokensOf(user).stream()
                .filter(t -> t.name().equals("laptop"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(apiAccess.revoke(user, tokenId)).isTrue();

        assertThat(apiAccess.authenticate(token)).isEmpty();
        assertThat(apiAccess.authenticate(kept)).contains(user);
        assertThat(apiAccess.revoke(user, tokenId)).isFalse();
        assertThat(apiAccess.tokensOf(user))
                .filteredOn(t -> t.id() == tokenId)
                .singleElement()
                .satisfies(t -> assertThat(t.live()).isFalse());
    }

    @Test
    void onlyItsOwnerCanRevokeAToken() {
        CurrentUser owner = fixtures.user(Role.SPECIALIST);
        CurrentUser other = fixtures.user(Role.ADMIN);
        String token = apiAccess.create(owner, "mine");
        long tokenId = apiAccess.tokensOf(owner).get(0).id();

        assertThat(apiAccess.revoke(other, tokenId)).isFalse();

        assertThat(apiAccess.authenticate(token)).contains(owner);
    }

    @Test
    void theTokenOfADisabledUserDoesNotAuthenticateUntilTheyAreEnabledAgain() {
        CurrentUser admin = fixtures.user(Role.ADMIN);
        CurrentUser user = fixtures.user(Role.SPECIALIST);
        String token = apiAccess.create(user, "script");

        team.update(admin, user.id(), null, null, Role.SPECIALIST, false, List.of());
        assertThat(apiAccess.authenticate(token)).isEmpty();

        team.update(admin, user.id(), null, null, Role.SPECIALIST, true, List.of());
        assertThat(apiAccess.authenticate(token)).contains(team.find(user.id()).orElseThrow());
    }

    @Test
    void aTokenActsWithTheUsersCurrentRole() {
        CurrentUser admin = fixtures.user(Role.ADMIN);
        CurrentUser user = fixtures.user(Role.SUPERVISOR);
        String token = apiAccess.create(user, "script");

        team.update(admin, user.id(), null, null, Role.ASSISTANT, true, List.of());

        assertThat(apiAccess.authenticate(token))
                .hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.ASSISTANT));
    }

    @Test
    void alteredOrForeignTokensDoNotAuthenticate() {
        CurrentUser user = fixtures.user(Role.SPECIALIST);
        String token = apiAccess.create(user, "script");
        String last = token.substring(token.length() - 1);

        assertThat(apiAccess.authenticate(token.substring(0, token.length() - 1) + ("A".equals(last) ? "B" : "A")))
                .isEmpty();
        assertThat(apiAccess.authenticate(token.substring(4))).isEmpty();
        assertThat(apiAccess.authenticate(token + "x")).isEmpty();
        assertThat(apiAccess.authenticate(token.toUpperCase())).isEmpty();
        assertThat(apiAccess.authenticate("bsn_")).isEmpty();
        assertThat(apiAccess.authenticate(null)).isEmpty();
        assertThat(apiAccess.authenticate(sha256HexUnchecked(token))).isEmpty();
    }

    private static String sha256HexUnchecked(String text) {
        try {
            return sha256Hex(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aTokenNeedsAName(String name) {
        CurrentUser user = fixtures.user(Role.SPECIALIST);

        assertThatThrownBy(() -> apiAccess.create(user, name))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("error.token.name"));
        assertThat(apiAccess.tokensOf(user)).isEmpty();
    }

    @Test
    void aTokenNameHasAtMostOneHundredCharacters() {
        CurrentUser user = fixtures.user(Role.SPECIALIST);

        assertThat(apiAccess.create(user, "n".repeat(100))).startsWith("bsn_");
        assertThatThrownBy(() -> apiAccess.create(user, "n".repeat(101))).isInstanceOf(InvalidInputException.class);
    }
}
