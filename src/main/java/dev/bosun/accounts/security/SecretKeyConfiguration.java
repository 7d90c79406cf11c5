package dev.bosun.accounts.security;

import dev.bosun.accounts.domain.SecretBox;
import dev.bosun.platform.BosunSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that encrypts stored secrets: {@code BOSUN_SECRET_KEY} when set, else {@code BOSUN_DATA_DIR/secret.key},
 * generated on first start and readable by its owner only (0600). Losing the key makes stored secrets
 * unreadable, so back it up with the database.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    static final String KEY_FILE = "secret.key";
    private static final Logger log = LoggerFactory.getLogger(SecretKeyConfiguration.class);

    @Bean
    SecretBox secretBox(BosunSettings settings, SecureRandom random) {
        String configured = settings.secretKey();
        if (configured != null && !configured.isBlank()) {
            return new SecretBox(SecretBox.decodeKey(configured), random);
        }
        return new SecretBox(SecretBox.decodeKey(keyFile(settings.dataDirectory(), random)), random);
    }

    static String keyFile(Path dataDir, SecureRandom random) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                // Written to a private temporary file first and linked into place, so no reader ever sees a
                // half-written key and a second process that raced us keeps the first key.
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
                Path draft = Files.createTempFile(
                        dataDir, ".secret", ".key", PosixFilePermissions.asFileAttribute(ownerOnly));
                try {
                    Files.writeString(draft, SecretBox.newKey(random) + "\n", StandardCharsets.US_ASCII);
                    Files.createLink(file, draft);
                    log.warn(
                            "Generated the secret key {} (mode 0600). Back it up with the database: stored "
                                    + "API tokens and secrets cannot be read without it.",
                            file);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first; read theirs
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read or create the secret key file " + file + ": " + e.getMessage(), e);
        }
    }
}
