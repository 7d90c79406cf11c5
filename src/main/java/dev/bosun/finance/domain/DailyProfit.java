package dev.bosun.finance.domain;

import dev.bosun.finance.LandedCost;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up profit per marketplace, day and SKU from what was sold, charged, returned and advertised, in the
 * marketplace currency and the reporting currency. The rules (docs/finance-profit.md):
 *
 * <ul>
 *   <li>Sales and promotions are the order lines' (item price, shipping and gift wrap charged; tax excluded), on
 *       the purchase day in the marketplace's zone. Cancelled lines do not count; a line Amazon has not priced yet
 *       counts at the price of the fee estimate, as an estimate.
 *   <li>An order line's fees are the settlement's when a settlement has the order line (actual fees win);
 *       otherwise Bosun's estimate (FBA fee preview, else the SKU's average settled fees per unit), flagged as
 *       estimated. Either way they count on the purchase day.
 *   <li>Refunds, storage, reimbursements and other charges count on the day the settlement posted them.
 *   <li>Landed cost (COGS, first-leg freight, duties; pick-and-pack for merchant-fulfilled units) counts per unit
 *       sold at the cost in force on the purchase day. A unit returned in sellable condition goes back to stock: its
 *       COGS, freight and duties are credited on the return day. A unit sold without a known COGS is counted as
 *       "cost unknown", never as free.
 *   <li>Ad spend tied to an advertised SKU counts for that SKU; spend tied to no SKU (Sponsored Brands and Display
 *       campaigns without product rows) is spread over the SKUs by their sales in the marketplace that day, to the
 *       cent; on a day without sales it stays with the marketplace (SKU "").
 * </ul>
 */
public final class DailyProfit {

    /** Converts an amount between currencies on a day; null when no exchange rate leads there. */
    @FunctionalInterface
    public interface Converter {
        BigDecimal convert(BigDecimal amount, Currency from, Currency to, LocalDate day);
    }

    /** The landed cost of a SKU's unit on a day. */
    @FunctionalInterface
    public interface Costs {
        LandedCost landedCost(String sku, LocalDate day);
    }

    /** The rollup key. {@code sku} is "" for amounts of the marketplace and day that belong to no SKU. */
    public record DayKey(Marketplace marketplace, LocalDate day, String sku) {}

    /**
     * An order line as sold.
     *
     * @param sales item price, shipping and gift wrap charged for all units, tax excluded; null when not priced yet
     * @param promotionDiscount the item and shipping promotion discounts, positive
     */
    public record SoldItem(
            String orderId,
            String sku,
            String asin,
            Marketplace marketplace,
            LocalDate day,
            boolean merchantFulfilled,
            int units,
            BigDecimal sales,
            BigDecimal promotionDiscount,
            Currency currency) {}

    /** The settled fees of one order line, by part, in {@code currency}. */
    public record SettledFees(Map<ProfitPart, BigDecimal> amounts, Currency currency) {}

    /**
     * What Bosun expects Amazon to charge per unit of a SKU when no settlement has the order yet.
     *
     * @param referralRate the referral fee as a fraction of the sales, or null to use {@code referralPerUnit}
     * @param referralPerUnit the referral fee per unit, positive, or null
     * @param fbaPerUnit the FBA fulfilment fee per unit, positive, or null
     * @param pricePerUnit the price an unpriced (pending) line is counted at, or null
     */
    public record FeeGuess(
            BigDecimal referralRate, BigDecimal referralPerUnit, BigDecimal fbaPerUnit, BigDecimal pricePerUnit) {}

    /** A settlement amount counted on a day (refunds, storage, reimbursements, other charges). */
    public record Charge(
            Marketplace marketplace,
            LocalDate day,
            String sku,
            ProfitPart part,
            BigDecimal amount,
            Currency currency,
            int unitsRefunded) {}

    /** Units of a SKU customers returned on a day in a condition Amazon can sell again. */
    public record SellableReturn(Marketplace marketplace, String sku, LocalDate day, int units) {}

    /** Ad spend of a day, positive, tied to a SKU or (sku null) not. */
    public record AdCost(Marketplace marketplace, LocalDate day, String sku, BigDecimal amount, Currency currency) {}

    private final Currency reportingCurrency;
    private final Converter converter;
    private final Costs costs;
    private final Map<DayKey, ProfitTally> tallies = new HashMap<>();
    private final Map<DayKey, List<AdCost>> untiedAds = new LinkedHashMap<>();
    private final Map<String, LocalDate> missingRates = new java.util.TreeMap<>();

    public DailyProfit(Currency reportingCurrency, Converter converter, Costs costs) {
        this.reportingCurrency = reportingCurrency;
        this.converter = converter;
        this.costs = costs;
    }

    /** An order line with its settled fees (null when no settlement has it yet) and Bosun's fee guess (or null). */
    public void sold(SoldItem item, SettledFees settled, FeeGuess guess) {
        ProfitTally tally = tally(item.marketplace(), item.day(), item.sku());
        tally.asin(item.asin());
        tally.addOrder(item.units());
        BigDecimal units = BigDecimal.valueOf(item.units());
        BigDecimal sales = item.sales();
        boolean estimated = settled == null;
        if (sales == null) {
            estimated = true;
            sales = guess == null || guess.pricePerUnit() == null
                    ? BigDecimal.ZERO
                    : guess.pricePerUnit().multiply(units);
        }
        add(tally, item.marketplace(), item.day(), ProfitPart.SALES, sales, item.currency());
        if (item.promotionDiscount() != null && item.promotionDiscount().signum() != 0) {
            add(
                    tally,
                    item.marketplace(),
                    item.day(),
                    ProfitPart.PROMOTIONS,
                    item.promotionDiscount().negate(),
                    item.currency());
        }
        if (settled != null) {
            settled.amounts()
                    .forEach((part, amount) ->
                            add(tally, item.marketplace(), item.day(), part, amount, settled.currency()));
        } else if (guess != null) {
            BigDecimal referral = guess.referralRate() != null
                    ? sales.multiply(guess.referralRate())
                    : guess.referralPerUnit() == null
                            ? BigDecimal.ZERO
                            : guess.referralPerUnit().multiply(units);
            BigDecimal fba = item.merchantFulfilled() || guess.fbaPerUnit() == null
                    ? BigDecimal.ZERO
                    : guess.fbaPerUnit().multiply(units);
            add(tally, item.marketplace(), item.day(), ProfitPart.REFERRAL_FEES, referral.negate(), item.currency());
            add(tally, item.marketplace(), item.day(), ProfitPart.FBA_FEES, fba.negate(), item.currency());
            add(
                    tally,
                    item.marketplace(),
                    item.day(),
                    ProfitPart.ESTIMATED_FEES,
                    referral.add(fba).negate(),
                    item.currency());
        }
        if (estimated) {
            tally.addUnitsEstimated(item.units());
        }
        LandedCost cost = costs.landedCost(item.sku(), item.day());
        if (cost == null || cost.cogs() == null) {
            tally.addUnitsCostUnknown(item.units());
            return;
        }
        boolean known = addCost(tally, item, ProfitPart.COGS, cost.cogs(), units.negate());
        addCost(tally, item, ProfitPart.FREIGHT, cost.freight(), units.negate());
        addCost(tally, item, ProfitPart.DUTIES, cost.duties(), units.negate());
        if (item.merchantFulfilled()) {
            addCost(tally, item, ProfitPart.PICK_PACK, cost.pickAndPack(), units.negate());
        }
        if (!known) {
            tally.addUnitsCostUnknown(item.units());
        }
    }

    /** A settlement amount counted on its posting day. */
    public void charged(Charge charge) {
        ProfitTally tally = tally(charge.marketplace(), charge.day(), charge.sku() == null ? "" : charge.sku());
        add(tally, charge.marketplace(), charge.day(), charge.part(), charge.amount(), charge.currency());
        tally.addUnitsRefunded(charge.unitsRefunded());
    }

    /** Sellable returned units: their COGS, freight and duties go back to stock on the return day. */
    public void returned(SellableReturn sellable) {
        ProfitTally tally = tally(sellable.marketplace(), sellable.day(), sellable.sku());
        tally.addUnitsReturnedSellable(sellable.units());
        LandedCost cost = costs.landedCost(sellable.sku(), sellable.day());
        if (cost == null || cost.cogs() == null) {
            return;
        }
        SoldItem asItem = new SoldItem(
                null,
                sellable.sku(),
                null,
                sellable.marketplace(),
                sellable.day(),
                false,
                sellable.units(),
                null,
                null,
                sellable.marketplace().currency());
        BigDecimal units = BigDecimal.valueOf(sellable.units());
        addCost(tally, asItem, ProfitPart.COGS, cost.cogs(), units);
        addCost(tally, asItem, ProfitPart.FREIGHT, cost.freight(), units);
        addCost(tally, asItem, ProfitPart.DUTIES, cost.duties(), units);
    }

    /** Ad spend: counted for its SKU, or, not tied to one, spread by sales when {@link #finish()} is called. */
    public void advertised(AdCost cost) {
        if (cost.amount().signum() == 0) {
            return;
        }
        if (cost.sku() == null || cost.sku().isEmpty()) {
            untiedAds
                    .computeIfAbsent(new DayKey(cost.marketplace(), cost.day(), ""), k -> new ArrayList<>())
                    .add(cost);
            return;
        }
        ProfitTally tally = tally(cost.marketplace(), cost.day(), cost.sku());
        add(
                tally,
                cost.marketplace(),
                cost.day(),
                ProfitPart.AD_SPEND,
                cost.amount().negate(),
                cost.currency());
    }

    /** Spreads the ad spend tied to no SKU and returns every tally. */
    public Map<DayKey, ProfitTally> finish() {
        Map<Marketplace, Map<LocalDate, List<DayKey>>> skusByDay = new HashMap<>();
        for (Map.Entry<DayKey, ProfitTally> e : tallies.entrySet()) {
            DayKey key = e.getKey();
            if (!key.sku().isEmpty() && e.getValue().sales().signum() > 0) {
                skusByDay
                        .computeIfAbsent(key.marketplace(), m -> new HashMap<>())
                        .computeIfAbsent(key.day(), d -> new ArrayList<>())
                        .add(key);
            }
        }
        untiedAds.forEach((dayKey, spends) -> {
            BigDecimal total = BigDecimal.ZERO;
            Currency currency = dayKey.marketplace().currency();
            for (AdCost spend : spends) {
                BigDecimal local = spend.currency().equals(currency)
                        ? spend.amount()
                        : converter.convert(spend.amount(), spend.currency(), currency, spend.day());
                if (local == null) {
                    missing(spend.currency(), currency, spend.day());
                    tally(dayKey.marketplace(), dayKey.day(), "").markReportingMissing();
                    continue;
                }
                total = total.add(local);
            }
            List<DayKey> sellers =
                    skusByDay.getOrDefault(dayKey.marketplace(), Map.of()).getOrDefault(dayKey.day(), List.of());
            if (sellers.isEmpty()) {
                ProfitTally tally = tally(dayKey.marketplace(), dayKey.day(), "");
                add(tally, dayKey.marketplace(), dayKey.day(), ProfitPart.AD_SPEND, total.negate(), currency);
                return;
            }
            sellers.sort(java.util.Comparator.comparing(DayKey::sku));
            List<BigDecimal> weights =
                    sellers.stream().map(k -> tallies.get(k).sales()).toList();
            int digits = Math.max(
                    Math.max(currency.getDefaultFractionDigits(), 0),
                    Math.max(total.stripTrailingZeros().scale(), 0));
            List<BigDecimal> shares = ProportionalSplit.split(total.negate(), weights, digits);
            for (int i = 0; i < sellers.size(); i++) {
                add(
                        tallies.get(sellers.get(i)),
                        dayKey.marketplace(),
                        dayKey.day(),
                        ProfitPart.AD_SPEND,
                        shares.get(i),
                        currency);
            }
        });
        untiedAds.clear();
        return tallies;
    }

    /** The currency pairs ({@code CNY→USD}) for which no exchange rate was found, with the first day it lacked. */
    public Map<String, LocalDate> missingRates() {
        return missingRates;
    }

    private ProfitTally tally(Marketplace marketplace, LocalDate day, String sku) {
        return tallies.computeIfAbsent(new DayKey(marketplace, day, sku), k -> new ProfitTally(marketplace.currency()));
    }

    /** Adds an amount given in {@code currency}; one that cannot be brought into the marketplace currency is lost. */
    private void add(
            ProfitTally tally,
            Marketplace marketplace,
            LocalDate day,
            ProfitPart part,
            BigDecimal amount,
            Currency currency) {
        if (amount == null || amount.signum() == 0) {
            return;
        }
        Currency local = marketplace.currency();
        BigDecimal inLocal = currency.equals(local) ? amount : converter.convert(amount, currency, local, day);
        if (inLocal == null) {
            missing(currency, local, day);
            tally.markReportingMissing();
            return;
        }
        BigDecimal inReporting = currency.equals(reportingCurrency)
                ? amount
                : converter.convert(amount, currency, reportingCurrency, day);
        if (inReporting == null) {
            missing(currency, reportingCurrency, day);
        }
        tally.add(part, inLocal, inReporting);
    }

    /** Adds units × a unit cost; false when the cost cannot be brought into the marketplace currency. */
    private boolean addCost(ProfitTally tally, SoldItem item, ProfitPart part, Money unitCost, BigDecimal units) {
        if (unitCost == null) {
            return true;
        }
        BigDecimal amount = unitCost.amount().multiply(units, MathContext.UNLIMITED);
        Currency local = item.marketplace().currency();
        if (!unitCost.currency().equals(local)
                && converter.convert(BigDecimal.ONE, unitCost.currency(), local, item.day()) == null) {
            missing(unitCost.currency(), local, item.day());
            tally.markReportingMissing();
            return false;
        }
        add(tally, item.marketplace(), item.day(), part, amount, unitCost.currency());
        return true;
    }

    private void missing(Currency from, Currency to, LocalDate day) {
        missingRates.merge(pair(from, to), day, (a, b) -> a.isBefore(b) ? a : b);
    }

    private static String pair(Currency from, Currency to) {
        return from.getCurrencyCode() + "→" + to.getCurrencyCode();
    }
}
