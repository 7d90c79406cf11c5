package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Amazon's latest estimate of the fees for one SKU in one marketplace (FBA Fee Preview report), with the item's
 * dimensions and size tier as Amazon measured them. Fees are per unit in {@code currency} unless named per order;
 * any of them is null when the report leaves it empty or lacks the column (the US and EU variants differ).
 *
 * @param sizeTier the US {@code product-size-tier} or the EU {@code product-size-weight-band}
 * @param fulfillmentFeePerUnit the US {@code expected-fulfillment-fee-per-unit} or the EU
 *     {@code expected-domestic-fulfilment-fee-per-unit}
 * @param efnFeesPerUnit the EU cross-border (European Fulfilment Network) fees per unit by destination
 * @param future the fees Amazon announced for a coming date (US variant only), or null
 */
public record FeeEstimate(
        Marketplace marketplace,
        String sku,
        String fnsku,
        String asin,
        String productName,
        String productGroup,
        String brand,
        String fulfilledBy,
        Boolean hasLocalInventory,
        BigDecimal yourPrice,
        BigDecimal salesPrice,
        Dimensions dimensions,
        String sizeTier,
        String currency,
        BigDecimal estimatedFeeTotal,
        BigDecimal referralFeePerUnit,
        BigDecimal variableClosingFee,
        BigDecimal orderHandlingFeePerOrder,
        BigDecimal pickPackFeePerUnit,
        BigDecimal weightHandlingFeePerUnit,
        BigDecimal fulfillmentFeePerUnit,
        EfnFees efnFeesPerUnit,
        FutureFees future) {

    /** The package's sides and weight in the units the report names ({@code inches}/{@code cm}, {@code pounds}/{@code grams}). */
    public record Dimensions(
            BigDecimal longestSide,
            BigDecimal medianSide,
            BigDecimal shortestSide,
            BigDecimal lengthAndGirth,
            String dimensionUnit,
            BigDecimal weight,
            String weightUnit) {}

    /** Cross-border fulfilment fees per unit into each EFN country (EU variant). */
    public record EfnFees(BigDecimal uk, BigDecimal de, BigDecimal fr, BigDecimal it, BigDecimal es, BigDecimal se) {}

    /** Fees that take effect on {@code effectiveDate} (US variant). */
    public record FutureFees(
            BigDecimal feeTotal,
            BigDecimal orderHandlingFeePerOrder,
            BigDecimal pickPackFeePerUnit,
            BigDecimal weightHandlingFeePerUnit,
            BigDecimal fulfillmentFeePerUnit,
            BigDecimal referralFeePerUnit,
            String currentCategory,
            String futureCategory,
            LocalDate effectiveDate) {}
}
