package dev.bosun.amazon;

/** What an import did to the module's tables: rows newly inserted, changed, and already identical. */
public record ImportCounts(long inserted, long updated, long unchanged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
    }
}
