package dev.bosun.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.bosun.platform.BosunSettings;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
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

    @Bean(destroyMethod = "close")
    DataSource dataSource(BosunSettings settings, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bosun");
        config.setMaximumPoolSize(10);
        if (settings.db().external()) {
            config.setJdbcUrl(settings.db().url());
            config.setUsername(settings.db().user());
            config.setPassword(settings.db().password());
        } else {
            EmbeddedDatabase database = embedded.getObject();
            config.setJdbcUrl(database.jdbcUrl());
            config.setUsername(EmbeddedDatabase.USER);
        }
        return new HikariDataSource(config);
    }
}
