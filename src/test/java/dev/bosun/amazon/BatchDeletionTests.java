package dev.bosun.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.testing.BosunTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Delete batch" works for every report type: each importer names tables that carry account and batch ids. */
@BosunTest
class BatchDeletionTests {

    @Autowired
    List<ReportImporter> importers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyImporterCanRemoveWhatABatchWrote() throws Exception {
        assertThat(importers).hasSizeGreaterThan(10);
        for (ReportImporter importer : importers) {
            boolean overridden = importer.getClass()
                            .getMethod("forget", long.class, long.class)
                            .getDeclaringClass()
                    != ReportImporter.class;
            assertThat(overridden || !importer.batchTables().isEmpty())
                    .as(importer.layout().id() + " can delete its batches")
                    .isTrue();
            for (String table : importer.batchTables()) {
                List<String> columns = jdbc.queryForList(
                        "select column_name from information_schema.columns where table_name = ?", String.class, table);
                assertThat(columns)
                        .as(importer.layout().id() + " table " + table)
                        .contains("account_id", "batch_id");
            }
        }
    }
}
