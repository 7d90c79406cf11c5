package dev.bosun.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.testing.BosunTest;
import dev.bosun.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk writer on a scratch table: new rows take the plain {@code COPY}, rows meeting stored keys fall back to
 * the merge (undoing the partial copy), and the counts tell inserted, updated and unchanged rows apart.
 */
@BosunTest
class BulkUpsertTests {

    @Autowired
    DSLContext db;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private String table;

    @BeforeEach
    void scratchTable() {
        table = TestDatabase.unique("bulk_").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        jdbc.execute("create table " + table + " (k varchar(20) collate \"C\" not null, n integer not null, "
                + "amount numeric(14, 2), seen_at date, batch_id bigint not null, primary key (k, n))");
    }

    private UpsertCounts write(long batch, int from, int to, int changedEvery, boolean inTransaction) {
        UpsertCounts[] counts = new UpsertCounts[1];
        Runnable work = () -> {
            BulkUpsert upsert =
                    BulkUpsert.into(db, table, List.of("k", "n", "amount", "seen_at", "batch_id"), List.of("k", "n"));
            for (int i = from; i < to; i++) {
                BigDecimal amount = BigDecimal.valueOf(i, 2);
                if (changedEvery > 0 && i % changedEvery == 0) {
                    amount = amount.add(BigDecimal.ONE);
                }
                upsert.add("key-" + (i % 7), i, amount, null, batch);
            }
            counts[0] = upsert.finish();
        };
        if (inTransaction) {
            transactions.executeWithoutResult(status -> work.run());
        } else {
            work.run();
        }
        return counts[0];
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void newRowsAreCopiedInAndCounted() {
        UpsertCounts counts = write(1, 0, 120_000, 0, true);

        assertThat(counts).isEqualTo(new UpsertCounts(120_000, 0, 0));
        assertThat(rows()).isEqualTo(120_000);
        assertThat(jdbc.queryForObject("select amount from " + table + " where n = 12345", BigDecimal.class))
                .isEqualByComparingTo("123.45");
    }

    @Test
    void aConflictInTheMiddleOfACopyFallsBackToTheMergeWithoutLeavingPartialRows() {
        write(1, 50, 60, 0, true);

        // the stored keys 50..59 sit in the middle of the first flush of 50,000 rows
        UpsertCounts counts = write(2, 0, 100, 5, true);

        assertThat(counts.inserted()).isEqualTo(90);
        assertThat(counts.updated()).isEqualTo(2); // 50 and 55 changed
        assertThat(counts.unchanged()).isEqualTo(8);
        assertThat(rows()).isEqualTo(100);
        assertThat(jdbc.queryForObject("select batch_id from " + table + " where n = 55", Long.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select batch_id from " + table + " where n = 51", Long.class))
                .isEqualTo(1);
    }

    @Test
    void aConflictInALaterFlushKeepsTheRowsOfTheEarlierOnes() {
        write(1, 70_000, 70_010, 0, true);

        UpsertCounts counts = write(2, 0, 100_000, 0, true);

        assertThat(counts).isEqualTo(new UpsertCounts(99_990, 0, 10));
        assertThat(rows()).isEqualTo(100_000);
    }

    @Test
    void theSameRowsAgainAreUnchanged() {
        write(1, 0, 1_000, 0, true);

        assertThat(write(2, 0, 1_000, 0, true)).isEqualTo(new UpsertCounts(0, 0, 1_000));
        assertThat(rows()).isEqualTo(1_000);
    }

    @Test
    void outsideATransactionItRefusesToWrite() {
        assertThatThrownBy(() -> write(1, 0, 500, 0, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must run inside a transaction");
        assertThat(rows()).isZero();
    }

    @Test
    void aRolledBackImportLeavesNothingOfTheCopy() {
        try {
            transactions.executeWithoutResult(status -> {
                BulkUpsert upsert = BulkUpsert.into(
                        db, table, List.of("k", "n", "amount", "seen_at", "batch_id"), List.of("k", "n"));
                for (int i = 0; i < 60_000; i++) {
                    upsert.add("key", i, null, null, 1L);
                }
                upsert.finish();
                throw new IllegalStateException("killed after the copy");
            });
        } catch (IllegalStateException expected) {
            // the import died
        }

        assertThat(rows()).isZero();
    }

    @Test
    void anImportDyingWhileAFlushIsInFlightLeavesNothing() {
        try {
            transactions.executeWithoutResult(status -> {
                BulkUpsert upsert = BulkUpsert.into(
                        db, table, List.of("k", "n", "amount", "seen_at", "batch_id"), List.of("k", "n"));
                for (int i = 0; i < 50_001; i++) {
                    upsert.add("key", i, null, null, 1L);
                }
                throw new IllegalStateException("killed while the first 50,000 rows are being written");
            });
        } catch (IllegalStateException expected) {
            // the import died
        }

        assertThat(rows()).isZero();
    }

    @Test
    void twoUpsertsInOneTransactionShareTheWriterInOrder() {
        String other = table + "_b";
        jdbc.execute("create table " + other + " (like " + table + " including all)");
        UpsertCounts[] counts = transactions.execute(status -> {
            List<String> columns = List.of("k", "n", "amount", "seen_at", "batch_id");
            BulkUpsert first = BulkUpsert.into(db, table, columns, List.of("k", "n"));
            BulkUpsert second = BulkUpsert.into(db, other, columns, List.of("k", "n"));
            for (int i = 0; i < 130_000; i++) {
                first.add("a", i, null, null, 1L);
                second.add("b", i % 100_000, BigDecimal.valueOf(i), null, 1L);
            }
            return new UpsertCounts[] {first.finish(), second.finish()};
        });

        assertThat(counts[0]).isEqualTo(new UpsertCounts(130_000, 0, 0));
        // keys 0..29,999 come again in the second's third flush, with other amounts
        assertThat(counts[1]).isEqualTo(new UpsertCounts(100_000, 30_000, 0));
        assertThat(jdbc.queryForObject("select count(*) from " + other, Long.class))
                .isEqualTo(100_000);
        assertThat(jdbc.queryForObject("select amount from " + other + " where n = 5", BigDecimal.class))
                .isEqualByComparingTo("100005");
    }

    @Test
    void aValueTheDatabaseRefusesFailsTheImportWithItsReason() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    BulkUpsert upsert = BulkUpsert.into(
                            db, table, List.of("k", "n", "amount", "seen_at", "batch_id"), List.of("k", "n"));
                    for (int i = 0; i < 60_000; i++) {
                        upsert.add(i == 10 ? "a key far longer than twenty characters" : "k", i, null, null, 1L);
                    }
                    upsert.finish();
                }))
                .isInstanceOf(org.jooq.exception.DataAccessException.class)
                .hasMessageContaining("too long");
        assertThat(rows()).isZero();
    }

    @Test
    void aKeyTwiceInOneFlushKeepsItsLastRow() {
        UpsertCounts counts = transactions.execute(status -> {
            BulkUpsert upsert =
                    BulkUpsert.into(db, table, List.of("k", "n", "amount", "seen_at", "batch_id"), List.of("k", "n"));
            upsert.add("a", 1, new BigDecimal("1.00"), null, 1L);
            upsert.add("a", 1, new BigDecimal("2.00"), null, 1L);
            upsert.add("b", 1, new BigDecimal("3.00"), null, 1L);
            return upsert.finish();
        });

        assertThat(counts.inserted()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select amount from " + table + " where k = 'a'", BigDecimal.class))
                .isEqualByComparingTo("2.00");
    }

    @Test
    void importTablesCompareKeysByteWiseAndCarryNoRowLevelAccountKey() {
        List<String> libcCollated = jdbc.queryForList(
                "select c.table_name || '.' || c.column_name from information_schema.columns c "
                        + "join pg_class t on t.relname = c.table_name and t.relkind = 'r' "
                        + "join pg_index i on i.indrelid = t.oid "
                        + "join pg_attribute a on a.attrelid = t.oid and a.attname = c.column_name "
                        // key columns only: columns an index merely carries (INCLUDE) are never compared
                        + "and a.attnum = any ((i.indkey::int2[])[0:i.indnkeyatts - 1]) "
                        + "where c.table_schema = current_schema() and c.data_type in ('character varying', 'text') "
                        + "and coalesce(c.collation_name, '') <> 'C' and exists (select 1 from "
                        + "information_schema.columns b where b.table_name = c.table_name and b.column_name = 'batch_id') "
                        + "and c.table_name not like 'bulk_%'",
                String.class);
        List<String> accountKeys = jdbc.queryForList(
                "select t.relname from pg_constraint k join pg_class t on t.oid = k.conrelid "
                        + "where k.contype = 'f' and k.confrelid = 'seller_accounts'::regclass and exists (select 1 "
                        + "from information_schema.columns b where b.table_name = t.relname and b.column_name = 'batch_id')",
                String.class);

        assertThat(libcCollated).isEmpty();
        assertThat(accountKeys).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.columns where table_name = 'order_items' "
                                + "and column_name = 'amazon_order_id' and collation_name = 'C'",
                        Long.class))
                .isEqualTo(1);
    }
}
