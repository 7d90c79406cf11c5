package dev.bosun.finance.db;

import static dev.bosun.jooq.Tables.FINANCE_SETTLEMENT_LINES;

import dev.bosun.finance.domain.UnreturnedRefunds;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The refunds of FBA orders in the settlements: per order item, the day, the units and the item price given back. */
@Repository
public class RefundLines {

    private final DSLContext db;

    public RefundLines(DSLContext db) {
        this.db = db;
    }

    /**
     * Refunds of orders Amazon fulfilled posted on or after {@code from}, per order, SKU, marketplace and currency:
     * the first posting day, the units refunded and the principal given back after promotions (positive).
     */
    public List<UnreturnedRefunds.Refund> since(long accountId, LocalDate from) {
        var t = FINANCE_SETTLEMENT_LINES;
        var principal = t.AMOUNT_TYPE.eq("ItemPrice").and(t.AMOUNT_DESCRIPTION.eq("Principal"));
        var counted = principal.or(t.AMOUNT_TYPE.eq("Promotion"));
        var units = DSL.max(t.QUANTITY_PURCHASED).filterWhere(principal);
        var amount = DSL.sum(t.AMOUNT).filterWhere(counted);
        var refundedOn = DSL.min(t.POSTED_DATE);
        var settlement = DSL.min(t.SETTLEMENT_ID);
        return db
                .select(t.ORDER_ID, t.SKU, t.MARKETPLACE, t.CURRENCY, refundedOn, units, amount, settlement)
                .from(t)
                .where(t.ACCOUNT_ID.eq(accountId))
                .and(t.TRANSACTION_TYPE.eq("Refund"))
                .and(t.FULFILLMENT_ID.eq("AFN"))
                .and(t.ORDER_ID.isNotNull())
                .and(t.POSTED_DATE.ge(from))
                .groupBy(t.ORDER_ID, t.SKU, t.MARKETPLACE, t.CURRENCY)
                .orderBy(refundedOn, t.ORDER_ID, t.SKU)
                .fetch(r -> {
                    BigDecimal given = r.value7() == null ? null : r.value7().negate();
                    if (given == null || given.signum() <= 0 || r.value5() == null) {
                        return null;
                    }
                    return new UnreturnedRefunds.Refund(
                            r.value3() == null
                                    ? null
                                    : Marketplace.find(r.value3()).orElse(null),
                            r.value1(),
                            r.value2(),
                            r.value5(),
                            r.value6() == null ? 1 : Math.abs(r.value6()),
                            given,
                            r.value4(),
                            r.value8());
                })
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }
}
