package dev.bosun.catalog;

import dev.bosun.platform.db.UpsertCounts;

/**
 * Writes records in bulk within the caller's transaction, by natural key: a record replaces the stored one
 * with the same key (only in the fields its report states), and an identical one counts as unchanged.
 */
public interface Recorder<T> {

    void add(T record);

    /** Writes what is buffered; the counts of all records added. */
    UpsertCounts finish();
}
