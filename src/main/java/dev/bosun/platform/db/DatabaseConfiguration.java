package dev.bosun.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.bosun.platform.BosunSettings;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one data source: the external PostgreSQL named by {@code BOSUN_DB_URL}, or else the embedded PostgreSQL
 * in {@code BOSUN_DATA_DIR/pg}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(BosunSettings settings) {
        return settings.db().external() ? EmbeddedDatabase.none() : EmbeddedDatabase.start(settings.dataDirectory());
    }

    /**
     * Takes the embedded database as a direct dependency (not through a provider), so that on shutdown Spring
     * closes everything that uses the data source (JobRunr, the event publication registry) and the data source
     * itself before it stops the database; otherwise their last queries wait for the pool's 30 s timeout.
     */
    @Bean(destroyMethod = "close")
    DataSource dataSource(BosunSettings settings, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bosun");
        config.setMaximumPoolSize(10);
        if (settings.db().external()) {
            config.setJdbcUrl(settings.db().url());
            config.setUsername(settings.db().user());
            config.setPassword(settings.db().password());
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(EmbeddedDatabase.USER);
        }
        return new HikariDataSource(config);
    }
}
