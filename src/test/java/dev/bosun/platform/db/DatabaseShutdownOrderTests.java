package dev.bosun.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.testing.BosunTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring destroys beans before the beans they depend on: the data source must depend on the embedded database
 * so that the database stops last (else JobRunr's and the event registry's last queries wait 30 s for a pool
 * connection when the server stops).
 */
@BosunTest
class DatabaseShutdownOrderTests {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theDataSourceDependsOnTheEmbeddedDatabaseSoItClosesFirst() {
        assertThat(context.getBeanFactory().getDependenciesForBean("dataSource"))
                .contains("embeddedDatabase");
    }
}
