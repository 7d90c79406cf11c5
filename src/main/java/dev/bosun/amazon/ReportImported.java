package dev.bosun.amazon;

/**
 * A report was imported into a seller account (published in the import's transaction, so listeners hear of it once
 * the rows are committed). Refused files publish nothing.
 *
 * @param batchId the import batch the rows belong to
 * @param reportType the report layout id, e.g. {@code finance.settlement-v2}
 */
public record ReportImported(long accountId, long batchId, String reportType) {}
