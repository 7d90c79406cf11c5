package dev.bosun.inventory;

import dev.bosun.platform.db.UpsertCounts;

/**
 * Streams rows of one kind into the inventory tables within the caller's transaction; a row replaces the stored
 * one with the same key. {@link #finish()} writes what is buffered and tells what changed.
 */
public interface Recorder<T> {

    void add(T row);

    UpsertCounts finish();
}
