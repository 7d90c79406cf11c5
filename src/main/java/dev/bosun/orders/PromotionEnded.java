package dev.bosun.orders;

import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.Evidence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;

/**
 * A cause the review checks behind a fall in sales or in ad conversion: the seller's own promotion (a coupon, a deal)
 * ended, so buyers pay more for the same item. Read from the order lines' promotion discounts: the share of the item
 * price given back as discount in the week before against the latest week.
 */
public final class PromotionEnded {

    /** The check's key (messages {@code review.check.promotion-ended}). */
    public static final String KEY = "promotion-ended";

    private PromotionEnded() {}

    /**
     * Whether the discount share of the SKUs' order lines fell by at least {@code limit} (a rate, e.g. 0.05) from the
     * {@code days} before {@code from} to the days {@code from} to {@code to} (marketplace dates, inclusive).
     */
    public static Evidence.Check check(
            OrderBook orders,
            long accountId,
            Marketplace marketplace,
            Collection<String> skus,
            LocalDate from,
            LocalDate to,
            int days,
            BigDecimal limit) {
        if (skus.isEmpty()) {
            return Evidence.Check.unknown(KEY, "no SKU to read order lines of");
        }
        Optional<BigDecimal> before = share(orders, accountId, marketplace, skus, from.minusDays(days), from);
        Optional<BigDecimal> after = share(orders, accountId, marketplace, skus, from, to.plusDays(1));
        if (before.isEmpty() || after.isEmpty()) {
            return Evidence.Check.unknown(KEY, "no priced order lines in one of the weeks");
        }
        String detail = "promotion discount " + percent(before.get()) + " → " + percent(after.get()) + " of item price";
        return before.get().subtract(after.get()).compareTo(limit) >= 0
                ? Evidence.Check.found(KEY, detail)
                : Evidence.Check.notFound(KEY, detail);
    }

    /** Discounts over item prices of the SKUs' lines not cancelled, purchased on the dates {@code from} ≤ d < {@code to}. */
    static Optional<BigDecimal> share(
            OrderBook orders,
            long accountId,
            Marketplace marketplace,
            Collection<String> skus,
            LocalDate from,
            LocalDate until) {
        ZoneId zone = marketplace.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = until.atStartOfDay(zone).toInstant();
        BigDecimal price = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        for (String sku : skus) {
            for (OrderLine line : orders.linesOfSku(accountId, marketplace, sku, start, end)) {
                if ("Cancelled".equalsIgnoreCase(line.itemStatus()) || line.itemPrice() == null) {
                    continue;
                }
                price = price.add(line.itemPrice());
                if (line.itemPromotionDiscount() != null) {
                    discount = discount.add(line.itemPromotionDiscount().abs());
                }
            }
        }
        return price.signum() <= 0 ? Optional.empty() : Optional.of(discount.divide(price, 4, RoundingMode.HALF_UP));
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
