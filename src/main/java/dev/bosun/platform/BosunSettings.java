package dev.bosun.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bosun's own settings, bound from {@code bosun.*} properties and, by Spring's relaxed binding, from the
 * environment variables {@code BOSUN_DATA_DIR}, {@code BOSUN_DB_URL}, {@code BOSUN_DB_USER},
 * {@code BOSUN_DB_PASSWORD} and {@code BOSUN_SECRET_KEY}.
 *
 * @param dataDir where the embedded database, the generated key file and uploads live
 * @param db an external PostgreSQL; when its url is blank the embedded one is used
 * @param secretKey base64 of a 256-bit key for stored secrets; blank means the key file in {@code dataDir}
 */
@ConfigurationProperties("bosun")
public record BosunSettings(
        @DefaultValue("./data") Path dataDir, @DefaultValue Db db, String secretKey) {

    /** Connection to an external PostgreSQL; all blank means embedded. */
    public record Db(String url, @DefaultValue("bosun") String user, String password) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /** The data directory as an absolute, normalised path. */
    public Path dataDirectory() {
        return dataDir.toAbsolutePath().normalize();
    }
}
