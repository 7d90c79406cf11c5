package dev.bosun.platform.db;

/** Rows a bulk upsert inserted, changed, and found already identical. */
public record UpsertCounts(long inserted, long updated, long unchanged) {}
