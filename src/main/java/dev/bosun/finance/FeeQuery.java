package dev.bosun.finance;

import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import dev.bosun.shared.PackageSize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The question "what does Amazon charge for one unit of this item?": marketplace, fee category, price, package and
 * order date, and optionally what the buyer pays for shipping and gift wrap, the age of the stored unit (for the
 * aged-inventory surcharge) and the historical days of supply (for the low-inventory-level fee). Build it with
 * {@link #of} and the {@code with…} methods.
 *
 * @param category a fee category code of the marketplace's rate card, e.g. {@code HOME_KITCHEN}
 * @param price the item price the buyer pays, in the marketplace currency (in Europe and Japan including VAT)
 * @param date the order date; picks the rate card in force and the storage season
 * @param shipping what the buyer pays for shipping, or null for none
 * @param giftWrap what the buyer pays for gift wrap, or null for none
 * @param inventoryAgeDays days the unit has been in Amazon's warehouses, or null to leave the surcharge out
 * @param shortTermDaysOfSupply historical days of supply over 30 days, or null to leave the low-inventory fee out
 * @param longTermDaysOfSupply historical days of supply over 90 days, or null
 */
public record FeeQuery(
        Marketplace marketplace,
        String category,
        Money price,
        PackageSize size,
        LocalDate date,
        Money shipping,
        Money giftWrap,
        Integer inventoryAgeDays,
        BigDecimal shortTermDaysOfSupply,
        BigDecimal longTermDaysOfSupply) {

    public FeeQuery {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(date, "date");
        inCurrency(marketplace, price, "price");
        inCurrency(marketplace, shipping, "shipping");
        inCurrency(marketplace, giftWrap, "gift wrap");
    }

    /** The fees of one unit sold at {@code price} on {@code date}. */
    public static FeeQuery of(Marketplace marketplace, String category, Money price, PackageSize size, LocalDate date) {
        return new FeeQuery(marketplace, category, price, size, date, null, null, null, null, null);
    }

    /** With what the buyer pays for shipping (seller-fulfilled orders); referral fees include it. */
    public FeeQuery withShipping(Money buyerShipping) {
        return new FeeQuery(
                marketplace,
                category,
                price,
                size,
                date,
                buyerShipping,
                giftWrap,
                inventoryAgeDays,
                shortTermDaysOfSupply,
                longTermDaysOfSupply);
    }

    /** With what the buyer pays for gift wrap; referral fees include it. */
    public FeeQuery withGiftWrap(Money buyerGiftWrap) {
        return new FeeQuery(
                marketplace,
                category,
                price,
                size,
                date,
                shipping,
                buyerGiftWrap,
                inventoryAgeDays,
                shortTermDaysOfSupply,
                longTermDaysOfSupply);
    }

    /** With the age of the stored unit in days, to include the aged-inventory surcharge. */
    public FeeQuery withInventoryAge(int days) {
        return new FeeQuery(
                marketplace,
                category,
                price,
                size,
                date,
                shipping,
                giftWrap,
                days,
                shortTermDaysOfSupply,
                longTermDaysOfSupply);
    }

    /** With the 30-day and 90-day historical days of supply, to include the low-inventory-level fee. */
    public FeeQuery withDaysOfSupply(BigDecimal shortTerm, BigDecimal longTerm) {
        return new FeeQuery(
                marketplace, category, price, size, date, shipping, giftWrap, inventoryAgeDays, shortTerm, longTerm);
    }

    private static void inCurrency(Marketplace marketplace, Money money, String what) {
        if (money != null && !money.currency().equals(marketplace.currency())) {
            throw new IllegalArgumentException(
                    "the " + what + " is in " + money.currency().getCurrencyCode() + " but " + marketplace.code()
                            + " fees are in " + marketplace.currency().getCurrencyCode());
        }
    }
}
