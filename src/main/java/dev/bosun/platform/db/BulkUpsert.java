package dev.bosun.platform.db;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes many rows into a table by natural key, fast and idempotently: rows are streamed with PostgreSQL
 * {@code COPY} into a temporary staging table, then merged with one {@code INSERT … ON CONFLICT DO UPDATE} that
 * changes only rows whose values differ. Counts tell inserted, updated and unchanged rows apart, so importing the
 * same file twice reports zero inserted and zero updated. Runs on the caller's transaction, which it requires.
 *
 * <p>Rows that are all new (a first import) skip the staging table: they are copied straight into the table under
 * a savepoint; the first stored key they meet undoes that copy and sends this and every later flush through the
 * merge. Flushes run on the transaction's {@link WriteLane}, one in flight per upsert, so the caller reads and
 * converts the next rows while PostgreSQL writes the previous ones. See docs/adr/0003-bulk-import-tables.md.
 *
 * <p>Within one flush, a key that occurs twice keeps its last row.
 */
public final class BulkUpsert {

    private static final int FLUSH_ROWS = 50_000;

    private final DSLContext db;
    private final String table;
    private final List<String> columns;
    private final List<String> keys;
    private final String stage;
    private final java.util.Set<String> provenance = new java.util.HashSet<>(List.of("batch_id"));
    private String versionColumn;
    private final java.util.Set<String> sticky = new java.util.HashSet<>();
    private final StringBuilder buffer = new StringBuilder(1 << 16);
    private int buffered;
    private final java.util.Set<String> flushKeys = new java.util.HashSet<>();
    private boolean duplicateKeys;
    private int[] keyPositions;
    private boolean staged;
    private boolean conflicts;
    private WriteLane lane;
    private Future<?> pending;
    private long inserted;
    private long updated;
    private long unchanged;

    private BulkUpsert(DSLContext db, String table, List<String> columns, List<String> keys) {
        this.db = db;
        this.table = identifier(table);
        this.columns = columns.stream().map(BulkUpsert::identifier).toList();
        this.keys = keys.stream().map(BulkUpsert::identifier).toList();
        if (!this.columns.containsAll(this.keys)) {
            throw new IllegalArgumentException("the key columns must be among the columns");
        }
        this.stage = "stage_" + this.table;
    }

    /** An upsert into {@code table} of {@code columns}, matching existing rows on {@code keys} (a unique index). */
    public static BulkUpsert into(DSLContext db, String table, List<String> columns, List<String> keys) {
        return new BulkUpsert(db, table, columns, keys);
    }

    /**
     * Never replaces a stored row by one whose {@code column} (e.g. {@code last_updated_at}) is older, so an old
     * report imported after a newer one cannot undo it. Rows without the value always count as newer.
     */
    public BulkUpsert unlessStoredIsNewer(String column) {
        this.versionColumn = identifier(column);
        return this;
    }

    /**
     * Columns whose stored value stays when a new row leaves them empty (e.g. Amazon ids that one source gives
     * and another does not): a row without them neither erases them nor counts as a change.
     */
    public BulkUpsert keepStoredWhenMissing(String... columns) {
        for (String column : columns) {
            sticky.add(identifier(column));
        }
        return this;
    }

    /**
     * Columns that record where a row came from (by default {@code batch_id}): written with a change, but not
     * compared, so re-importing the same data counts as unchanged.
     */
    public BulkUpsert provenance(String... columns) {
        for (String column : columns) {
            provenance.add(identifier(column));
        }
        return this;
    }

    /** Adds a row; values in the order of the columns. Strings, numbers, booleans, java.time values and null. */
    public void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        if (keyPositions == null) {
            keyPositions = keys.stream().mapToInt(columns::indexOf).toArray();
        }
        StringBuilder key = new StringBuilder();
        for (int position : keyPositions) {
            key.append(values[position]).append('\u0001');
        }
        if (!flushKeys.add(key.toString())) {
            duplicateKeys = true;
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        if (++buffered >= FLUSH_ROWS) {
            flush();
        }
    }

    /** Writes what is buffered and returns the counts of everything added. */
    public UpsertCounts finish() {
        flush();
        awaitPending();
        return new UpsertCounts(inserted, updated, unchanged);
    }

    private void flush() {
        if (buffered == 0) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a bulk upsert into " + table + " must run inside a transaction");
        }
        String rows = buffer.toString();
        int distinct = flushKeys.size();
        boolean deduplicate = duplicateKeys;
        buffer.setLength(0);
        buffered = 0;
        flushKeys.clear();
        duplicateKeys = false;
        awaitPending();
        WriteLane lane = WriteLane.of(db);
        if (lane == null) {
            db.connection(connection -> merge(connection, rows, distinct, deduplicate));
        } else {
            this.lane = lane;
            pending = lane.submit(connection -> merge(connection, rows, distinct, deduplicate));
        }
    }

    /** Waits for the flush in progress, if any; its counts are in the fields once this returns. */
    private void awaitPending() {
        if (pending != null) {
            Future<?> waitFor = pending;
            pending = null;
            lane.await(waitFor);
        }
    }

    private void merge(Connection connection, String rows, int distinct, boolean deduplicate) throws SQLException {
        String columnList = String.join(", ", columns);
        if (!conflicts
                && !deduplicate
                && !connection.getAutoCommit()
                && copiedStraightIn(connection, rows, columnList)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            if (!staged) {
                s.execute("create temp table if not exists " + stage + " on commit drop as select " + columnList
                        + " from " + table + " with no data");
                s.execute("alter table " + stage + " add column if not exists bosun_seq bigserial");
                staged = true;
            }
            s.execute("truncate " + stage);
        }
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + stage + " (" + columnList + ") from stdin", new StringReader(rows));
        } catch (IOException e) {
            throw new SQLException("COPY into " + stage + " failed: " + e.getMessage(), e);
        }
        List<String> values = columns.stream().filter(c -> !keys.contains(c)).toList();
        List<String> compared =
                values.stream().filter(c -> !provenance.contains(c)).toList();
        String keyList = String.join(", ", keys);
        String update;
        if (values.isEmpty()) {
            update = "do nothing";
        } else {
            update = "do update set "
                    + values.stream().map(c -> c + " = " + incoming(c)).collect(Collectors.joining(", "));
            if (!compared.isEmpty()) {
                update +=
                        " where (" + compared.stream().map(c -> table + "." + c).collect(Collectors.joining(", "))
                                + ") is distinct from ("
                                + compared.stream().map(this::incoming).collect(Collectors.joining(", "))
                                + ")";
                if (versionColumn != null) {
                    update += " and (excluded." + versionColumn + " is null or " + table + "." + versionColumn
                            + " is null or excluded." + versionColumn + " >= " + table + "." + versionColumn + ")";
                }
            }
        }
        String source = deduplicate
                ? "select distinct on (" + keyList + ") " + columnList + " from " + stage + " order by " + keyList
                        + ", bosun_seq desc"
                : "select " + columnList + " from " + stage;
        String sql = "with merged as (insert into " + table + " (" + columnList + ") " + source + " on conflict ("
                + keyList + ") " + update + " returning (xmax = 0) as fresh) "
                + "select count(*) filter (where fresh), count(*) filter (where not fresh) from merged";
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long fresh = rs.getLong(1);
            long changed = rs.getLong(2);
            inserted += fresh;
            updated += changed;
            unchanged += distinct - fresh - changed;
        }
    }

    /**
     * The fast path for rows that are all new (the usual case of a first import): {@code COPY} straight into the
     * table, sparing the staging table and the speculative insertion of {@code ON CONFLICT}. When a row meets a
     * stored key, the copy is undone (savepoint) and this flush and every later one take the merge.
     */
    private boolean copiedStraightIn(Connection connection, String rows, String columnList) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            long copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " (" + columnList + ") from stdin", new StringReader(rows));
            connection.releaseSavepoint(savepoint);
            inserted += copied;
            return true;
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(savepoint);
            conflicts = true;
            return false;
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** The value a merge writes into a column: the new one; for sticky columns the stored one when the new is null. */
    private String incoming(String column) {
        return sticky.contains(column)
                ? "coalesce(excluded." + column + ", " + table + "." + column + ")"
                : "excluded." + column;
    }

    private void append(Object value) {
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        String text;
        if (value instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else if (value instanceof Boolean bool) {
            text = bool ? "t" : "f";
        } else if (value instanceof TemporalAccessor || value instanceof Number) {
            text = value.toString();
        } else if (value instanceof Enum<?> e) {
            text = e.name();
        } else {
            text = value.toString();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\0' -> {}
                default -> buffer.append(c);
            }
        }
    }

    private static String identifier(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return lower;
    }
}
