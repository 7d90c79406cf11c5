/**
 * Sponsored ads: what campaigns cost and sold, and how they are built. Performance comes in from the Ads console
 * reports (search term, targeting, campaign, advertised product, placement; Sponsored Products, Brands and
 * Display), the 2026 console search term export and the Ads API v3 JSON reports; the structure (campaigns, ad
 * groups, keywords, product ads, targets, placement bid adjustments) from the Sponsored Products bulk sheet.
 * Other modules read through {@link dev.bosun.advertising.AdPerformance} and {@link
 * dev.bosun.advertising.AdStructure}; ratios such as ACoS are computed from the stored base figures, never taken
 * from a report.
 *
 * <p>{@link dev.bosun.advertising.AdAnalysis} sums the figures per account, campaign, ad group, keyword or target,
 * search term and ASIN for a period and its comparison period (TACoS and the ads' share of sales with the orders
 * module's sales) and resolves target ACoS (category benchmarks of issue 8, the operator's own values);
 * {@link dev.bosun.advertising.AdOptimizer} proposes search terms to harvest and to negate, with evidence and the
 * effect to expect. The daily review's advertising items (zero-order spend, harvest, ACoS runaway, budget exhausted
 * early) are rules in {@code review}. Break-even ACoS comes through the {@link dev.bosun.advertising.BreakEvenAcos}
 * hook, which the finance module may implement (it cannot be called from here: finance reads ad spend).
 *
 * <p>{@link dev.bosun.advertising.AdChanges} takes any proposal, as bulk-sheet rows ({@link
 * dev.bosun.advertising.AdChange}) with evidence and an expected effect, through the workflow's approval (type
 * {@code advertising.change}), out as a Sponsored Products bulk sheet, and watches it after 7 and 14 days (rule
 * {@code ads.change-outcome}); docs/advertising-changes.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Advertising")
package dev.bosun.advertising;
