package dev.bosun.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.domain.SecretBox.Sealed;
import dev.bosun.accounts.domain.SecretBox.SecretUnreadableException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretBoxTests {

    private static final String PLACE = "account:7/sp-api-refresh-token";
    private final SecureRandom random = new SecureRandom();

    private byte[] newKey() {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Atzr|IwEBIExampleRefreshToken-123", "亚马逊店铺的刷新令牌：中文测试", "x", "", "emoji 🚢 and accents éèê"})
    void sealedTextOpensToTheSameText(String plaintext) {
        SecretBox box = new SecretBox(newKey(), random);

        Sealed sealed = box.seal(plaintext, PLACE);

        assertThat(sealed.nonce()).hasSize(12);
        assertThat(sealed.ciphertext()).hasSize(plaintext.getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat(box.open(sealed, PLACE)).isEqualTo(plaintext);
    }

    @Test
    void aBoxWithTheSameKeyBytesOpensWhatAnotherSealed() {
        byte[] key = newKey();
        Sealed sealed = new SecretBox(key, random).seal("中文 secret", PLACE);

        assertThat(new SecretBox(key.clone(), new SecureRandom()).open(sealed, PLACE))
                .isEqualTo("中文 secret");
    }

    @Test
    void theCiphertextDoesNotContainThePlaintext() {
        String plaintext = "Atzr|IwEBIExampleRefreshToken-中文-123";
        Sealed sealed = new SecretBox(newKey(), random).seal(plaintext, PLACE);

        String asLatin1 = new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1);
        assertThat(asLatin1).doesNotContain("Atzr").doesNotContain("ExampleRefreshToken");
        assertThat(new String(sealed.ciphertext(), StandardCharsets.UTF_8)).doesNotContain("中文");
    }

    @Test
    void aDifferentKeyCannotOpen() {
        Sealed sealed = new SecretBox(newKey(), random).seal("secret-value", PLACE);
        SecretBox other = new SecretBox(newKey(), random);

        assertThatThrownBy(() -> other.open(sealed, PLACE))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining(PLACE)
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void aTamperedCiphertextCannotBeOpened() {
        SecretBox box = new SecretBox(newKey(), random);
        Sealed sealed = box.seal("secret-value", PLACE);
        for (int i = 0; i < sealed.ciphertext().length; i++) {
            byte[] tampered = sealed.ciphertext().clone();
            tampered[i] ^= 0x01;
            Sealed altered = new Sealed(sealed.nonce(), tampered);
            assertThatThrownBy(() -> box.open(altered, PLACE))
                    .as("bit flipped in byte %d", i)
                    .isInstanceOf(SecretUnreadableException.class);
        }
    }

    @Test
    void aTamperedNonceCannotBeOpened() {
        SecretBox box = new SecretBox(newKey(), random);
        Sealed sealed = box.seal("secret-value", PLACE);
        byte[] nonce = sealed.nonce().clone();
        nonce[0] ^= 0x01;

        assertThatThrownBy(() -> box.open(new Sealed(nonce, sealed.ciphertext()), PLACE))
                .isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void aTruncatedCiphertextCannotBeOpened() {
        SecretBox box = new SecretBox(newKey(), random);
        Sealed sealed = box.seal("secret-value", PLACE);
        byte[] shorter = java.util.Arrays.copyOf(sealed.ciphertext(), sealed.ciphertext().length - 1);

        assertThatThrownBy(() -> box.open(new Sealed(sealed.nonce(), shorter), PLACE))
                .isInstanceOf(SecretUnreadableException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "account:8/sp-api-refresh-token",
                "account:7/ads-api-refresh-token",
                "",
                "ACCOUNT:7/sp-api-refresh-token"
            })
    void aCiphertextMovedToAnotherPlaceCannotBeOpened(String otherPlace) {
        SecretBox box = new SecretBox(newKey(), random);
        Sealed sealed = box.seal("secret-value", PLACE);

        assertThatThrownBy(() -> box.open(sealed, otherPlace)).isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void sealingTheSameTextTwiceUsesAFreshNonceAndGivesDifferentCiphertexts() {
        SecretBox box = new SecretBox(newKey(), random);

        Sealed first = box.seal("same text", PLACE);
        Sealed second = box.seal("same text", PLACE);

        assertThat(first.nonce()).isNotEqualTo(second.nonce());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(box.open(first, PLACE)).isEqualTo(box.open(second, PLACE)).isEqualTo("same text");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 24, 31, 33, 64})
    void keysOfOtherLengthsThanThirtyTwoBytesAreRefused(int length) {
        String base64 = Base64.getEncoder().encodeToString(new byte[length]);

        assertThatThrownBy(() -> SecretBox.decodeKey(base64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageContaining("got " + length);
        assertThatThrownBy(() -> new SecretBox(new byte[length], random))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void keysAreReadFromStandardOrUrlBase64WithSurroundingWhitespace() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (0xF8 + i); // bytes that encode to '+' and '/' (standard) or '-' and '_' (URL)
        }
        String standard = Base64.getEncoder().encodeToString(key);
        String url = Base64.getUrlEncoder().encodeToString(key);
        assertThat(standard).containsAnyOf("+", "/");
        assertThat(url).containsAnyOf("-", "_");

        assertThat(SecretBox.decodeKey(standard)).isEqualTo(key);
        assertThat(SecretBox.decodeKey("  " + url + "\n")).isEqualTo(key);
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> SecretBox.decodeKey("this is not base64 at all!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid base64");
    }

    @Test
    void newKeysAreRandomBase64OfThirtyTwoBytes() {
        String first = SecretBox.newKey(random);
        String second = SecretBox.newKey(random);

        assertThat(SecretBox.decodeKey(first)).hasSize(32);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theBoxKeepsItsOwnCopyOfTheKey() {
        byte[] key = newKey();
        SecretBox box = new SecretBox(key, random);
        Sealed sealed = box.seal("secret-value", PLACE);

        java.util.Arrays.fill(key, (byte) 0);

        assertThat(box.open(sealed, PLACE)).isEqualTo("secret-value");
    }
}
