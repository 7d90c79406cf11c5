/**
 * The integration layer with Amazon. Today: the one report reader (plain, gzip and zip files; tab, comma or semicolon
 * separated text in any of Amazon's encodings; xlsx console downloads; JSON reports), report type detection from
 * content, locale-aware values, and the import batches with their provenance. Modules bring their own {@link
 * dev.bosun.amazon.ReportImporter}: a {@link dev.bosun.amazon.ReportLayout} (the columns and their localized headers)
 * and the mapping of rows into their tables. This module knows no business module. Its {@code review} package
 * contributes the daily review's data-freshness check (a regular report that stopped arriving). Event out: {@link
 * dev.bosun.amazon.ReportImported} after each imported report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Amazon integration")
package dev.bosun.amazon;
