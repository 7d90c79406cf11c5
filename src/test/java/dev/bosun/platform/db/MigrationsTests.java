package dev.bosun.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.testing.BosunTest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway brings the empty test database to the current schema when the application starts. */
@BosunTest
class MigrationsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationScriptWasAppliedSuccessfully() throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
        List<String> versions = Arrays.stream(scripts)
                .map(script ->
                        script.getFilename().substring(1, script.getFilename().indexOf("__")))
                .sorted()
                .toList();
        assertThat(versions).as("migration scripts on the classpath").contains("1", "2");

        List<Map<String, Object>> history = jdbc.queryForList(
                "select version, success from flyway_schema_history where version is not null order by installed_rank");

        assertThat(history).extracting(row -> row.get("version")).containsExactlyInAnyOrderElementsOf(versions);
        assertThat(history).extracting(row -> row.get("success")).containsOnly(true);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "seller_accounts",
                "account_marketplaces",
                "users",
                "account_grants",
                "user_invitations",
                "api_tokens",
                "account_credentials",
                "spring_session",
                "spring_session_attributes"
            })
    void migrationsCreatedTable(String table) {
        Long found = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = 'public' and table_name = ?",
                Long.class,
                table);
        assertThat(found).as("table %s", table).isEqualTo(1L);
    }

    @Test
    void migrationsCreatedTheDefaultOrganisation() {
        assertThat(jdbc.queryForObject("select count(*) from organisations where name = 'Bosun'", Long.class))
                .isGreaterThanOrEqualTo(1L);
    }
}
