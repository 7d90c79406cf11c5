package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The storage fee Amazon estimates for one FNSKU in one fulfilment centre for one month (Monthly Storage Fees
 * report), with the volume and average stock it is computed from.
 *
 * @param marketplace the marketplace of {@code countryCode}, when it is one Bosun knows
 * @param storageRate the rate per volume unit ({@code volumeUnits}, e.g. cubic feet) for the month
 * @param estimatedMonthlyStorageFee the fee for the month, in {@code currency}
 */
public record StorageFee(
        YearMonth month,
        String fnsku,
        String fulfillmentCenter,
        String asin,
        String productName,
        String countryCode,
        Marketplace marketplace,
        BigDecimal longestSide,
        BigDecimal medianSide,
        BigDecimal shortestSide,
        String measurementUnits,
        BigDecimal weight,
        String weightUnits,
        BigDecimal itemVolume,
        String volumeUnits,
        String productSizeTier,
        BigDecimal averageQuantityOnHand,
        BigDecimal averageQuantityPendingRemoval,
        BigDecimal estimatedTotalItemVolume,
        BigDecimal storageRate,
        String currency,
        BigDecimal estimatedMonthlyStorageFee,
        String dangerousGoodsStorageType,
        Boolean eligibleForInventoryDiscount,
        Boolean qualifiesForInventoryDiscount,
        BigDecimal totalIncentiveFeeAmount,
        String breakdownIncentiveFeeAmount,
        BigDecimal averageQuantityCustomerOrders) {}
