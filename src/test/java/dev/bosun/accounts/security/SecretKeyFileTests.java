package dev.bosun.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.domain.SecretBox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated key file {@code DATA_DIR/secret.key}, used when {@code BOSUN_SECRET_KEY} is not set. */
class SecretKeyFileTests {

    @TempDir
    Path temp;

    @Test
    void theKeyFileIsCreatedReadableByItsOwnerOnlyWithA256BitKey() throws IOException {
        Path dataDir = temp.resolve("fresh").resolve("data");

        String key = SecretKeyConfiguration.keyFile(dataDir, new SecureRandom());

        Path file = dataDir.resolve("secret.key");
        assertThat(file).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(SecretBox.decodeKey(key)).hasSize(32);
        assertThat(Files.readString(file, StandardCharsets.US_ASCII).strip()).isEqualTo(key);
    }

    @Test
    void aSecondCallReadsTheSameKeyInsteadOfMakingANewOne() throws IOException {
        String first = SecretKeyConfiguration.keyFile(temp, new SecureRandom());
        long modified = Files.getLastModifiedTime(temp.resolve("secret.key")).toMillis();

        String second = SecretKeyConfiguration.keyFile(temp, new SecureRandom());

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(temp.resolve("secret.key")).toMillis())
                .isEqualTo(modified);
    }

    @Test
    void freshDataDirectoriesGetDifferentKeys() {
        String one = SecretKeyConfiguration.keyFile(temp.resolve("one"), new SecureRandom());
        String two = SecretKeyConfiguration.keyFile(temp.resolve("two"), new SecureRandom());

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void anExistingKeyFileIsKeptAsItIs() throws IOException {
        String existing = SecretBox.newKey(new SecureRandom());
        Files.writeString(temp.resolve("secret.key"), "  " + existing + "\n\n", StandardCharsets.US_ASCII);

        assertThat(SecretKeyConfiguration.keyFile(temp, new SecureRandom())).isEqualTo(existing);
    }

    @Test
    void aBoxFromTheKeyFileOpensWhatAnEarlierBoxFromTheSameFileSealed() {
        SecretBox before = new SecretBox(
                SecretBox.decodeKey(SecretKeyConfiguration.keyFile(temp, new SecureRandom())), new SecureRandom());
        SecretBox.Sealed sealed = before.seal("refresh-token-中文", "account:1/sp-api-refresh-token");

        SecretBox after = new SecretBox(
                SecretBox.decodeKey(SecretKeyConfiguration.keyFile(temp, new SecureRandom())), new SecureRandom());

        assertThat(after.open(sealed, "account:1/sp-api-refresh-token")).isEqualTo("refresh-token-中文");
    }
}
