/**
 * Sponsored ads: what campaigns cost and sold, and how they are built. Performance comes in from the Ads console
 * reports (search term, targeting, campaign, advertised product, placement; Sponsored Products, Brands and
 * Display), the 2026 console search term export and the Ads API v3 JSON reports; the structure (campaigns, ad
 * groups, keywords, product ads, targets, placement bid adjustments) from the Sponsored Products bulk sheet.
 * Other modules read through {@link dev.bosun.advertising.AdPerformance} and {@link
 * dev.bosun.advertising.AdStructure}; ratios such as ACoS are computed from the stored base figures, never taken
 * from a report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Advertising")
package dev.bosun.advertising;
