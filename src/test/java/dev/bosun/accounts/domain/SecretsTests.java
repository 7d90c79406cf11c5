package dev.bosun.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTests {

    private final Secrets secrets = new Secrets(new SecureRandom());

    @ParameterizedTest
    @CsvSource({
        "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "'',  e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "中文, 72726d8818f693066ceb69afa364218b692e62ea92b385782363780f47529c21"
    })
    void theDigestIsTheLowerCaseHexSha256(String text, String expected) {
        assertThat(Secrets.digest(text)).isEqualTo(expected);
    }

    @Test
    void theDigestIsStableSixtyFourHexCharactersAndDiffersPerToken() {
        String token = secrets.token(Secrets.API_TOKEN_PREFIX);

        String digest = Secrets.digest(token);

        assertThat(digest).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(Secrets.digest(token));
        assertThat(Secrets.digest(token + "x")).isNotEqualTo(digest);
    }

    @Test
    void tokensCarryTheirPrefixAnd256RandomBits() {
        String token = secrets.token(Secrets.API_TOKEN_PREFIX);

        assertThat(Secrets.API_TOKEN_PREFIX).isEqualTo("bsn_");
        assertThat(token).startsWith("bsn_").hasSize(4 + 43);
        assertThat(token.substring(4)).matches("[A-Za-z0-9_-]{43}");
        assertThat(secrets.token("")).hasSize(43);
    }

    @Test
    void tokensDifferFromOneAnother() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(secrets.token("bsn_"));
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void passwordsHaveSixteenUnambiguousCharactersAndDiffer() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = secrets.password();
            assertThat(password)
                    .hasSize(16)
                    .matches("[a-km-zA-HJ-NP-Z2-9]{16}")
                    .doesNotContain("l", "I", "O", "0", "1");
            passwords.add(password);
        }
        assertThat(passwords).hasSize(200);
        assertThat(secrets.password().length()).isGreaterThanOrEqualTo(AccountRules.MIN_PASSWORD_LENGTH);
    }

    @ParameterizedTest
    @CsvSource({
        "Atzr|IwEBIExampleRefreshToken-中文-123, …-123",
        "123456789,                             …6789",
        "'  abcdefghijkl  ',                    …ijkl",
        "12345678,                              …",
        "abcd,                                  …",
        "x,                                     …"
    })
    void theHintShowsAtMostTheLastFourCharacters(String secret, String expected) {
        String hint = Secrets.hint(secret);

        assertThat(hint).isEqualTo(expected);
        assertThat(hint.substring(1).length()).isLessThanOrEqualTo(4);
    }
}
