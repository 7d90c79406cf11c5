package dev.bosun.inventory.db;

import dev.bosun.inventory.Recorder;
import dev.bosun.platform.db.BulkUpsert;
import dev.bosun.platform.db.UpsertCounts;
import java.util.function.Function;

/** A recorder that turns each row into the values of one table row and upserts them in bulk. */
final class BulkRecorder<T> implements Recorder<T> {

    private final BulkUpsert upsert;
    private final Function<T, Object[]> values;

    BulkRecorder(BulkUpsert upsert, Function<T, Object[]> values) {
        this.upsert = upsert;
        this.values = values;
    }

    @Override
    public void add(T row) {
        upsert.add(values.apply(row));
    }

    @Override
    public UpsertCounts finish() {
        return upsert.finish();
    }
}
