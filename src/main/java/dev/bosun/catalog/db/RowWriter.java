package dev.bosun.catalog.db;

import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Streams records of one account into a table by natural key (in bulk, within the caller's transaction), writing
 * the key, the always-written columns, and the columns of the fields the report states. Stored values of other
 * fields stay as they are.
 */
public final class RowWriter<T> {

    private final BulkUpsert upsert;
    private final List<Column<T>> columns;
    private final long accountId;
    private final long batchId;

    RowWriter(
            DSLContext db,
            String table,
            List<String> keys,
            List<Column<T>> all,
            Set<? extends Enum<?>> reported,
            long accountId,
            long batchId) {
        this.columns = all.stream()
                .filter(c -> c.field() == null || reported.contains(c.field()))
                .toList();
        List<String> names = new ArrayList<>();
        names.add("account_id");
        columns.forEach(c -> names.add(c.name()));
        names.add("batch_id");
        this.upsert = BulkUpsert.into(db, table, names, keys);
        this.accountId = accountId;
        this.batchId = batchId;
    }

    public void add(T record) {
        Object[] values = new Object[columns.size() + 2];
        values[0] = accountId;
        for (int i = 0; i < columns.size(); i++) {
            values[i + 1] = columns.get(i).value().apply(record);
        }
        values[values.length - 1] = batchId;
        upsert.add(values);
    }

    public UpsertCounts finish() {
        return upsert.finish();
    }
}
