/**
 * The seller's catalog as Amazon reports it: listings from the merchant listings reports (all, active, inactive,
 * cancelled), and sales and traffic from the Business Reports (by child item, by date) and the SP-API Sales and
 * Traffic report. Report rows come in through the importers of {@code importing}; other modules read listings through
 * {@link dev.bosun.catalog.Listings} and sessions, page views, buy box and conversion through {@link
 * dev.bosun.catalog.Traffic}. Its {@code review} package contributes the daily review's sales-drop diagnosis and
 * zombie-listing checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog and traffic")
package dev.bosun.catalog;
