package dev.bosun.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.domain.InvalidInputException;
import dev.bosun.accounts.domain.SecretBox.SecretUnreadableException;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Secrets per seller account are stored encrypted: nothing of the plaintext reaches the database. */
@BosunTest
class CredentialVaultTests {

    @Autowired
    CredentialVault vault;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(directory, team, jdbc);
    }

    /** An SP-API refresh token, unique to this test run so that no other row can contain it by chance. */
    private static String refreshToken() {
        return "Atzr|IwEBIExampleRefreshToken-中文-" + TestDatabase.unique("x").replace("-", "") + "-123";
    }

    @Test
    void aStoredSecretIsRevealedAsItWasGiven() {
        long account = fixtures.account().id();
        String token = refreshToken();

        vault.store(account, CredentialKind.SP_API_REFRESH_TOKEN, "  " + token + "\n", "alice");

        assertThat(vault.reveal(account, CredentialKind.SP_API_REFRESH_TOKEN)).contains(token);
        assertThat(vault.reveal(account, CredentialKind.ADS_API_REFRESH_TOKEN)).isEmpty();
        assertThat(vault.reveal(fixtures.account().id(), CredentialKind.SP_API_REFRESH_TOKEN))
                .isEmpty();
    }

    @Test
    void noColumnOfAnyStoredCredentialHoldsThePlaintextInAnyEncoding() throws SQLException {
        long account = fixtures.account().id();
        String token = refreshToken();
        vault.store(account, CredentialKind.SP_API_REFRESH_TOKEN, token, "alice");
        vault.store(account, CredentialKind.WEBHOOK_SECRET, token, "alice");

        byte[] utf8 = token.getBytes(StandardCharsets.UTF_8);
        List<String> forbidden = List.of(
                token,
                "ExampleRefreshToken",
                "中文",
                Base64.getEncoder().encodeToString(utf8),
                Base64.getUrlEncoder().withoutPadding().encodeToString(utf8),
                HexFormat.of().formatHex(utf8),
                HexFormat.of().formatHex("ExampleRefreshToken".getBytes(StandardCharsets.UTF_8)));
        int cells = 0;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select * from account_credentials")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    Object value = rs.getObject(column);
                    cells++;
                    String label = meta.getColumnName(column);
                    if (value instanceof byte[] bytes) {
                        assertThat(indexOf(bytes, utf8))
                                .as(label + " holds the UTF-8 bytes")
                                .isEqualTo(-1);
                        assertThat(indexOf(bytes, "ExampleRefreshToken".getBytes(StandardCharsets.UTF_8)))
                                .as(label + " holds part of the UTF-8 bytes")
                                .isEqualTo(-1);
                        assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                                .as(label)
                                .doesNotContain(forbidden.get(3))
                                .doesNotContain(forbidden.get(4));
                    } else {
                        String text = String.valueOf(value);
                        for (String part : forbidden) {
                            assertThat(text).as(label).doesNotContain(part);
                        }
                    }
                }
            }
        }
        assertThat(cells).as("cells scanned").isGreaterThanOrEqualTo(2 * 7);

        List<String> rowsAsText = jdbc.queryForList("select t::text from account_credentials t", String.class);
        assertThat(rowsAsText).isNotEmpty().allSatisfy(row -> {
            for (String part : forbidden) {
                assertThat(row).doesNotContain(part);
            }
        });
    }

    @Test
    void noTableOfTheDatabaseHoldsThePlaintext() {
        long account = fixtures.account().id();
        String token = refreshToken();
        vault.store(account, CredentialKind.SP_API_REFRESH_TOKEN, token, "alice");

        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables "
                        + "where table_schema = current_schema() and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("account_credentials", "seller_accounts", "users");
        List<String> leaking = new ArrayList<>();
        for (String table : tables) {
            Long hits = jdbc.queryForObject(
                    "select count(*) from \"" + table + "\" t where t::text like ? or t::text like ?",
                    Long.class,
                    "%ExampleRefreshToken%",
                    "%" + HexFormat.of().formatHex(token.getBytes(StandardCharsets.UTF_8)) + "%");
            if (hits > 0) {
                leaking.add(table);
            }
        }
        assertThat(leaking).as("tables holding the plaintext").isEmpty();
    }

    @Test
    void theStatusShowsOnlyTheLastFourCharactersWhoAndWhen() {
        long account = fixtures.account().id();
        String token = refreshToken();

        vault.store(account, CredentialKind.SP_API_REFRESH_TOKEN, token, "alice");

        assertThat(vault.statuses(account)).singleElement().satisfies(status -> {
            assertThat(status.kind()).isEqualTo("sp-api-refresh-token");
            assertThat(status.hint()).isEqualTo("…-123");
            assertThat(status.hint().replace("…", "")).hasSizeLessThanOrEqualTo(4);
            assertThat(status.updatedBy()).isEqualTo("alice");
            assertThat(status.updatedAt()).isNotNull();
        });
        assertThat(jdbc.queryForObject(
                        "select hint from account_credentials where account_id = ?", String.class, account))
                .isEqualTo("…-123");
    }

    @Test
    void storingAgainReplacesTheSecret() {
        long account = fixtures.account().id();
        vault.store(account, CredentialKind.SMTP_PASSWORD, "first-password-1111", "alice");

        vault.store(account, CredentialKind.SMTP_PASSWORD, "second-password-2222", "bob");

        assertThat(vault.reveal(account, CredentialKind.SMTP_PASSWORD)).contains("second-password-2222");
        assertThat(vault.statuses(account)).singleElement().satisfies(status -> {
            assertThat(status.hint()).isEqualTo("…2222");
            assertThat(status.updatedBy()).isEqualTo("bob");
        });
    }

    @Test
    void aCiphertextCopiedToAnotherAccountCannotBeRead() {
        long original = fixtures.account().id();
        long other = fixtures.account().id();
        vault.store(original, CredentialKind.SP_API_REFRESH_TOKEN, refreshToken(), "alice");

        jdbc.update(
                "insert into account_credentials (account_id, kind, nonce, ciphertext, hint) "
                        + "select ?, kind, nonce, ciphertext, hint from account_credentials where account_id = ?",
                other,
                original);

        assertThatThrownBy(() -> vault.reveal(other, CredentialKind.SP_API_REFRESH_TOKEN))
                .isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void aCiphertextCopiedToAnotherKindCannotBeRead() {
        long account = fixtures.account().id();
        vault.store(account, CredentialKind.SP_API_REFRESH_TOKEN, refreshToken(), "alice");

        jdbc.update(
                "insert into account_credentials (account_id, kind, nonce, ciphertext, hint) "
                        + "select account_id, 'ads-api-refresh-token', nonce, ciphertext, hint from account_credentials "
                        + "where account_id = ?",
                account);

        assertThatThrownBy(() -> vault.reveal(account, CredentialKind.ADS_API_REFRESH_TOKEN))
                .isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void aRemovedSecretIsGone() {
        long account = fixtures.account().id();
        vault.store(account, CredentialKind.WEBHOOK_SECRET, "https://hooks.example/abc-1234", "alice");
        vault.store(account, CredentialKind.SMTP_PASSWORD, "smtp-password-9876", "alice");

        assertThat(vault.remove(account, CredentialKind.WEBHOOK_SECRET)).isTrue();

        assertThat(vault.reveal(account, CredentialKind.WEBHOOK_SECRET)).isEmpty();
        assertThat(vault.statuses(account)).extracting(CredentialStatus::kind).containsExactly("smtp-password");
        assertThat(vault.remove(account, CredentialKind.WEBHOOK_SECRET)).isFalse();
        assertThat(vault.reveal(account, CredentialKind.SMTP_PASSWORD)).contains("smtp-password-9876");
    }

    @Test
    void anEmptySecretIsRefused() {
        long account = fixtures.account().id();

        for (String empty : new String[] {null, "", "  \n"}) {
            assertThatThrownBy(() -> vault.store(account, CredentialKind.SMTP_PASSWORD, empty, "alice"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo("error.credential.empty"));
        }
        assertThat(vault.statuses(account)).isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
