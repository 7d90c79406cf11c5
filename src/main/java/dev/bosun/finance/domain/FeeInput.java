package dev.bosun.finance.domain;

import dev.bosun.shared.PackageSize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the fees of one unit depend on. Amounts are in the marketplace's currency.
 *
 * @param itemPrice the item price the buyer pays (in Europe and Japan including VAT, as listed)
 * @param shipping what the buyer pays for shipping (0 for FBA orders with free shipping)
 * @param giftWrap what the buyer pays for gift wrap
 * @param date the order date; picks the rate card and the storage season
 * @param inventoryAgeDays the age of the stored unit for the aged-inventory surcharge, or null to leave it out
 * @param shortTermDaysOfSupply historical days of supply over the last 30 days, or null to leave the
 *     low-inventory-level fee out
 * @param longTermDaysOfSupply historical days of supply over the last 90 days, or null
 */
public record FeeInput(
        String category,
        BigDecimal itemPrice,
        BigDecimal shipping,
        BigDecimal giftWrap,
        PackageSize size,
        LocalDate date,
        Integer inventoryAgeDays,
        BigDecimal shortTermDaysOfSupply,
        BigDecimal longTermDaysOfSupply) {

    public FeeInput {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(itemPrice, "itemPrice");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(date, "date");
        shipping = shipping == null ? BigDecimal.ZERO : shipping;
        giftWrap = giftWrap == null ? BigDecimal.ZERO : giftWrap;
        if (itemPrice.signum() < 0 || shipping.signum() < 0 || giftWrap.signum() < 0) {
            throw new IllegalArgumentException("prices cannot be negative");
        }
        if (inventoryAgeDays != null && inventoryAgeDays < 0) {
            throw new IllegalArgumentException("an inventory age cannot be negative");
        }
        if ((shortTermDaysOfSupply == null) != (longTermDaysOfSupply == null)) {
            throw new IllegalArgumentException("give both the short-term and the long-term days of supply, or neither");
        }
    }

    /** Item price, shipping and gift wrap: what referral fees are a percentage of. */
    public BigDecimal totalSalesPrice() {
        return itemPrice.add(shipping).add(giftWrap);
    }
}
