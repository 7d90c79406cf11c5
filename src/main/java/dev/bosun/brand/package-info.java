/**
 * Brand Analytics: what shoppers search for in a marketplace and which ASINs win their clicks and conversions (the
 * search terms report), per reporting period. Reports come in through {@code importing}; other modules read them
 * through {@link dev.bosun.brand.SearchTerms}. No events yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Brand analytics")
package dev.bosun.brand;
