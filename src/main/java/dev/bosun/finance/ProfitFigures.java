package dev.bosun.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * Profit figures of an order, SKU, ASIN, marketplace or period in one currency. Amounts are signed as they count
 * towards profit: sales positive; promotions, refunds, fees and costs negative (a reversed fee, a reimbursement is
 * positive). They are not rounded; {@link #rounded()} rounds every amount to the currency's minor unit.
 *
 * @param unitsEstimated units whose fees (or, for unpriced orders, sales) are Bosun's estimate because no
 *     settlement has their order yet
 * @param unitsCostUnknown units sold without a known COGS: the cost figures then miss them (never taken as free)
 * @param unitsReturnedSellable units returned in sellable condition (their landed cost is credited back)
 * @param estimatedFees the part of the referral and FBA fees that is estimated
 */
public record ProfitFigures(
        Currency currency,
        long orders,
        long units,
        long unitsRefunded,
        long unitsReturnedSellable,
        long unitsEstimated,
        long unitsCostUnknown,
        BigDecimal sales,
        BigDecimal promotions,
        BigDecimal refunds,
        BigDecimal referralFees,
        BigDecimal fbaFees,
        BigDecimal otherFees,
        BigDecimal storageFees,
        BigDecimal reimbursements,
        BigDecimal adSpend,
        BigDecimal cogs,
        BigDecimal freight,
        BigDecimal duties,
        BigDecimal pickPack,
        BigDecimal estimatedFees) {

    private static final MathContext RATIO = MathContext.DECIMAL64;

    /** No sales, no costs. */
    public static ProfitFigures zero(Currency currency) {
        BigDecimal z = BigDecimal.ZERO;
        return new ProfitFigures(currency, 0, 0, 0, 0, 0, 0, z, z, z, z, z, z, z, z, z, z, z, z, z, z);
    }

    /** Referral, FBA, storage and other Amazon fees (negative). */
    public BigDecimal amazonFees() {
        return referralFees.add(fbaFees).add(otherFees).add(storageFees);
    }

    /** COGS, first-leg freight, duties and pick-and-pack (negative). */
    public BigDecimal landedCost() {
        return cogs.add(freight).add(duties).add(pickPack);
    }

    /** Everything above ads: sales, promotions, refunds, Amazon fees, reimbursements and landed cost. */
    public BigDecimal profitBeforeAds() {
        return sales.add(promotions)
                .add(refunds)
                .add(amazonFees())
                .add(reimbursements)
                .add(landedCost());
    }

    /** Profit after ad spend, before the account's other expenses (which only the monthly P&L holds). */
    public BigDecimal grossProfit() {
        return profitBeforeAds().add(adSpend);
    }

    /** Gross profit as a fraction of sales; empty without sales. */
    public Optional<BigDecimal> margin() {
        return sales.signum() == 0
                ? Optional.empty()
                : Optional.of(grossProfit().divide(sales, RATIO));
    }

    /** Gross profit per unit of money spent on landed cost, a fraction; empty without landed cost. */
    public Optional<BigDecimal> roi() {
        return landedCost().signum() == 0
                ? Optional.empty()
                : Optional.of(grossProfit().divide(landedCost().negate(), RATIO));
    }

    /** The ACoS at which ads eat all the profit: profit before ads / sales, a fraction; empty without sales. */
    public Optional<BigDecimal> breakEvenAcos() {
        return sales.signum() == 0
                ? Optional.empty()
                : Optional.of(profitBeforeAds().divide(sales, RATIO));
    }

    /** Ad spend / sales (total ACoS, TACoS), a fraction; empty without sales. */
    public Optional<BigDecimal> adCostOfSales() {
        return sales.signum() == 0
                ? Optional.empty()
                : Optional.of(adSpend.negate().divide(sales, RATIO));
    }

    /** Whether some units were sold without a known COGS. */
    public boolean costUnknown() {
        return unitsCostUnknown > 0;
    }

    /** Whether some fees are Bosun's estimate. */
    public boolean estimated() {
        return unitsEstimated > 0 || estimatedFees.signum() != 0;
    }

    /** The sum of two sets of figures in the same currency. */
    public ProfitFigures plus(ProfitFigures o) {
        if (!currency.equals(o.currency)) {
            throw new IllegalArgumentException("cannot add " + o.currency + " figures to " + currency + " ones");
        }
        return new ProfitFigures(
                currency,
                orders + o.orders,
                units + o.units,
                unitsRefunded + o.unitsRefunded,
                unitsReturnedSellable + o.unitsReturnedSellable,
                unitsEstimated + o.unitsEstimated,
                unitsCostUnknown + o.unitsCostUnknown,
                sales.add(o.sales),
                promotions.add(o.promotions),
                refunds.add(o.refunds),
                referralFees.add(o.referralFees),
                fbaFees.add(o.fbaFees),
                otherFees.add(o.otherFees),
                storageFees.add(o.storageFees),
                reimbursements.add(o.reimbursements),
                adSpend.add(o.adSpend),
                cogs.add(o.cogs),
                freight.add(o.freight),
                duties.add(o.duties),
                pickPack.add(o.pickPack),
                estimatedFees.add(o.estimatedFees));
    }

    /** Every amount multiplied by a factor (units and counts unchanged): a forecast from a run rate. */
    public ProfitFigures scaled(BigDecimal factor) {
        return new ProfitFigures(
                currency,
                orders,
                units,
                unitsRefunded,
                unitsReturnedSellable,
                unitsEstimated,
                unitsCostUnknown,
                sales.multiply(factor),
                promotions.multiply(factor),
                refunds.multiply(factor),
                referralFees.multiply(factor),
                fbaFees.multiply(factor),
                otherFees.multiply(factor),
                storageFees.multiply(factor),
                reimbursements.multiply(factor),
                adSpend.multiply(factor),
                cogs.multiply(factor),
                freight.multiply(factor),
                duties.multiply(factor),
                pickPack.multiply(factor),
                estimatedFees.multiply(factor));
    }

    /** Every amount rounded half up to the currency's minor unit. */
    public ProfitFigures rounded() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new ProfitFigures(
                currency,
                orders,
                units,
                unitsRefunded,
                unitsReturnedSellable,
                unitsEstimated,
                unitsCostUnknown,
                round(sales, digits),
                round(promotions, digits),
                round(refunds, digits),
                round(referralFees, digits),
                round(fbaFees, digits),
                round(otherFees, digits),
                round(storageFees, digits),
                round(reimbursements, digits),
                round(adSpend, digits),
                round(cogs, digits),
                round(freight, digits),
                round(duties, digits),
                round(pickPack, digits),
                round(estimatedFees, digits));
    }

    private static BigDecimal round(BigDecimal amount, int digits) {
        return amount.setScale(digits, RoundingMode.HALF_UP);
    }
}
