package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the store really earned, per marketplace, SKU and month, worked out from what the simulation sold, charged,
 * refunded and spent, by the rules of {@code docs/finance-profit.md} (which day an amount belongs to, actual fees
 * for settled order lines and the documented estimate for the others, unattributed ad spend spread by the day's
 * sales, landed cost from the seller's own cost files). It never asks Bosun: a test compares Bosun's profit with it.
 *
 * <p>Amounts are signed as they count towards profit (sales positive; fees, refunds and costs negative) and kept in
 * minor units where they are whole; the parts that are not (estimated fees, freight and duties per unit) are kept to
 * six decimals per day and SKU, as the profit rollup keeps them.
 */
public final class ProfitTruth implements StoreEvents {

    /** The profit lines, in the order {@code truth.json} writes them. */
    public enum Line {
        SALES("sales"),
        PROMOTIONS("promotions"),
        REFUNDS("refunds"),
        REFERRAL_FEES("referralFees"),
        FBA_FEES("fbaFees"),
        OTHER_FEES("otherFees"),
        STORAGE_FEES("storageFees"),
        REIMBURSEMENTS("reimbursements"),
        AD_SPEND_ADVERTISED("adSpendAdvertised"),
        AD_SPEND_SPREAD("adSpendSpread"),
        COGS("cogs"),
        FREIGHT("freight"),
        DUTIES("duties"),
        PICK_PACK("pickPack"),
        /** Not a line of profit: the part of the referral and FBA fees that is an estimate. */
        ESTIMATED_FEES("estimatedFees");

        private final String key;

        Line(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Counts and amounts (in major units of the marketplace currency, not rounded) of a SKU or a marketplace. */
    public static final class Figures {
        public long orders;
        public long units;
        public long unitsEstimated;
        public long unitsRefunded;
        public long unitsReturnedSellable;
        private final BigDecimal[] amounts = new BigDecimal[Line.values().length];

        Figures() {
            java.util.Arrays.fill(amounts, BigDecimal.ZERO);
        }

        public BigDecimal get(Line line) {
            return amounts[line.ordinal()];
        }

        void add(Line line, BigDecimal amount) {
            amounts[line.ordinal()] = amounts[line.ordinal()].add(amount);
        }

        void add(Figures other) {
            orders += other.orders;
            units += other.units;
            unitsEstimated += other.unitsEstimated;
            unitsRefunded += other.unitsRefunded;
            unitsReturnedSellable += other.unitsReturnedSellable;
            for (Line line : Line.values()) {
                add(line, other.get(line));
            }
        }

        /** Sponsored Products spend of the SKU's own ads plus its share of the spend spread by sales. */
        public BigDecimal adSpend() {
            return get(Line.AD_SPEND_ADVERTISED).add(get(Line.AD_SPEND_SPREAD));
        }

        /** Sales, promotions, refunds, Amazon fees, reimbursements and landed cost, before ad spend. */
        public BigDecimal profitBeforeAds() {
            BigDecimal sum = BigDecimal.ZERO;
            for (Line line : Line.values()) {
                if (line != Line.ESTIMATED_FEES && line != Line.AD_SPEND_ADVERTISED && line != Line.AD_SPEND_SPREAD) {
                    sum = sum.add(get(line));
                }
            }
            return sum;
        }

        /** Profit after ad spend, before the account's other expenses. */
        public BigDecimal grossProfit() {
            return profitBeforeAds().add(adSpend());
        }
    }

    /** An order line not settled by the end: its fees are estimated once every settled line is known. */
    private record Unsettled(Offer offer, int day, int units, long sales) {}

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final FeeSchedule fees;
    private Store store;
    private int days;
    private final Map<Offer, Map<YearMonth, Figures>> byOffer = new IdentityHashMap<>();
    private final Map<Marketplace, Map<YearMonth, Figures>> unassigned = new EnumMap<>(Marketplace.class);
    private final Map<Marketplace, Map<Offer, Long>> salesToday = new EnumMap<>(Marketplace.class);
    private final List<Unsettled> unsettled = new ArrayList<>();
    /** Per offer: settled principal, referral fee and FBA fee (minor units) and settled units. */
    private final Map<Offer, long[]> settledSums = new IdentityHashMap<>();
    /** Per offer: the freight and duties per unit of its shipments, by shipment day (the last told wins). */
    private final Map<Offer, TreeMap<Integer, BigDecimal[]>> shipments = new IdentityHashMap<>();

    /** @param fees the fee schedule the store's settlements and fee preview came from */
    public ProfitTruth(FeeSchedule fees) {
        this.fees = fees;
    }

    @Override
    public void started(Store store) {
        this.store = store;
        this.days = store.plan().days();
        for (Marketplace marketplace : store.plan().marketplaces()) {
            unassigned.put(marketplace, new TreeMap<>());
            salesToday.put(marketplace, new IdentityHashMap<>());
            for (Offer offer : store.offers(marketplace)) {
                byOffer.put(offer, new TreeMap<>());
            }
        }
    }

    @Override
    public void inboundShipped(InboundShipment shipment) {
        Offer offer = shipment.offer();
        // The seller's cost file states the shipment's freight and duties (CostFiles); Bosun keeps them per unit to
        // six decimals.
        long goods = offer.unitCost() * shipment.units();
        boolean air = "AIR".equals(shipment.forwarder().mode());
        long freight = Math.round(goods * (air ? 0.30 : 0.08));
        long duties = Math.round(goods * 0.04);
        BigDecimal units = BigDecimal.valueOf(shipment.units());
        shipments.computeIfAbsent(offer, o -> new TreeMap<>()).put(shipment.shipDay(), new BigDecimal[] {
            major(offer, freight).divide(units, 6, RoundingMode.HALF_UP),
            major(offer, duties).divide(units, 6, RoundingMode.HALF_UP)
        });
    }

    @Override
    public void ordered(OrderItem item) {
        if (item.cancelled() || item.quantity() <= 0) {
            return;
        }
        Offer offer = item.offer();
        int day = item.day();
        Figures f = figures(offer, day);
        f.orders++;
        f.units += item.quantity();
        f.add(Line.SALES, major(offer, item.itemPrice()));
        f.add(Line.PROMOTIONS, major(offer, -item.promotionDiscount()));
        salesToday.get(offer.marketplace()).merge(offer, item.itemPrice(), Long::sum);
        boolean settled = item.shipped() && item.fees() != null && SettlementCalendar.settled(item.shipDay(), days);
        if (settled) {
            f.add(Line.REFERRAL_FEES, major(offer, -item.fees().referral()));
            f.add(Line.FBA_FEES, major(offer, -item.fees().fulfillment()));
            long[] sums = settledSums.computeIfAbsent(offer, o -> new long[4]);
            sums[0] += item.itemPrice();
            sums[1] += item.fees().referral();
            sums[2] += item.fees().fulfillment();
            sums[3] += item.quantity();
        } else {
            f.unitsEstimated += item.quantity();
            unsettled.add(new Unsettled(offer, day, item.quantity(), item.itemPrice()));
        }
        BigDecimal units = BigDecimal.valueOf(item.quantity());
        landedCost(f, offer, day, units.negate());
    }

    @Override
    public void returned(ReturnedItem item) {
        OrderItem order = item.order();
        Offer offer = item.offer();
        if (offer.fba() && item.sellable()) {
            Figures f = figures(offer, item.day());
            f.unitsReturnedSellable += item.quantity();
            landedCost(f, offer, item.day(), BigDecimal.valueOf(item.quantity()));
        }
        if (order.fees() == null || !SettlementCalendar.settled(item.day(), days)) {
            return;
        }
        // The settlement's refund: the principal back to the buyer, the promotion given back, the referral fee
        // returned less the refund administration fee; the tax legs cancel out and are not profit.
        Figures f = figures(offer, item.day());
        f.unitsRefunded += item.quantity();
        f.add(Line.REFUNDS, major(offer, -order.itemPrice()));
        f.add(Line.PROMOTIONS, major(offer, order.promotionDiscount()));
        f.add(Line.REFERRAL_FEES, major(offer, item.refundedReferral() - item.refundAdministrationFee()));
    }

    @Override
    public void reimbursed(Reimbursement reimbursement) {
        if (SettlementCalendar.settled(reimbursement.day(), days)) {
            figures(reimbursement.offer(), reimbursement.day())
                    .add(Line.REIMBURSEMENTS, major(reimbursement.offer(), reimbursement.amountTotal()));
        }
    }

    @Override
    public void removalCompleted(RemovalOrder order) {
        if (order.fee() != 0 && SettlementCalendar.settled(order.completionDay(), days)) {
            figures(order.offer(), order.completionDay()).add(Line.OTHER_FEES, major(order.offer(), -order.fee()));
        }
    }

    @Override
    public void stored(StorageMonth month) {
        int posted = SettlementCalendar.storagePosting(month.day());
        if (month.charge() != null && month.fee() != 0 && posted < days && SettlementCalendar.settled(posted, days)) {
            figures(month.offer(), posted).add(Line.STORAGE_FEES, major(month.offer(), -month.fee()));
        }
    }

    @Override
    public void advertised(AdDay day) {
        Marketplace marketplace = day.marketplace();
        long untied = 0;
        for (AdDay.CampaignDay campaign : day.campaigns()) {
            if (campaign.campaign().type() == AdType.SP && !campaign.products().isEmpty()) {
                for (AdDay.ProductDay product : campaign.products()) {
                    if (product.figures().spend() != 0) {
                        figures(product.offer(), day.day())
                                .add(
                                        Line.AD_SPEND_ADVERTISED,
                                        major(
                                                product.offer(),
                                                -product.figures().spend()));
                    }
                }
            } else {
                untied += campaign.figures().spend();
            }
        }
        if (untied != 0) {
            spread(marketplace, day.day(), untied);
        }
    }

    @Override
    public void dayEnded(Marketplace marketplace, int day) {
        salesToday.get(marketplace).clear();
    }

    @Override
    public void finished(Store store) {
        for (Unsettled line : unsettled) {
            estimate(line);
        }
        unsettled.clear();
    }

    /**
     * Spreads a day's ad spend tied to no SKU over the SKUs that sold that day, by their sales, to the minor unit:
     * each gets its share rounded down, the units left go one each to the largest remainders (ties: the larger
     * sales, then the SKU first in code order). Without sales the spend stays with the marketplace.
     */
    private void spread(Marketplace marketplace, int day, long spend) {
        List<Map.Entry<Offer, Long>> sellers = new ArrayList<>();
        for (Map.Entry<Offer, Long> e : salesToday.get(marketplace).entrySet()) {
            if (e.getValue() > 0) {
                sellers.add(e);
            }
        }
        if (sellers.isEmpty()) {
            Figures f = unassigned.get(marketplace).computeIfAbsent(month(day), m -> new Figures());
            f.add(
                    Line.AD_SPEND_SPREAD,
                    BigDecimal.valueOf(-spend, store.locality(marketplace).minorDigits()));
            return;
        }
        sellers.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Offer::sku)));
        long total = sellers.stream().mapToLong(Map.Entry::getValue).sum();
        long amount = Math.abs(spend);
        long[] shares = new long[sellers.size()];
        long[] remainders = new long[sellers.size()];
        long given = 0;
        for (int i = 0; i < sellers.size(); i++) {
            java.math.BigInteger exact = java.math.BigInteger.valueOf(amount)
                    .multiply(java.math.BigInteger.valueOf(sellers.get(i).getValue()));
            java.math.BigInteger[] qr = exact.divideAndRemainder(java.math.BigInteger.valueOf(total));
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sellers.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int byRemainder = Long.compare(remainders[b], remainders[a]);
            if (byRemainder != 0) {
                return byRemainder;
            }
            int bySales = Long.compare(sellers.get(b).getValue(), sellers.get(a).getValue());
            return bySales != 0 ? bySales : Integer.compare(a, b);
        });
        for (int i = 0; i < amount - given; i++) {
            shares[order.get(i)]++;
        }
        for (int i = 0; i < sellers.size(); i++) {
            Offer offer = sellers.get(i).getKey();
            long share = spend < 0 ? shares[i] : -shares[i];
            figures(offer, day).add(Line.AD_SPEND_SPREAD, major(offer, share));
        }
    }

    /**
     * The documented estimate of an unsettled line's fees: with an FBA fee preview (FBA offers live on the last
     * day), its referral fee as a share of its price times the line's sales and its fulfilment fee per unit; else
     * the SKU's averages over its settled lines (referral share of principal, FBA fee per unit); else none.
     */
    private void estimate(Unsettled line) {
        Offer offer = line.offer();
        BigDecimal sales = major(offer, line.sales());
        BigDecimal units = BigDecimal.valueOf(line.units());
        BigDecimal referral = BigDecimal.ZERO;
        BigDecimal fba = BigDecimal.ZERO;
        if (fees != null && offer.fba() && offer.launched(days - 1)) {
            LocalDate end = store.plan().end();
            long price = offer.listPrice();
            if (price > 0) {
                referral = sales.multiply(BigDecimal.valueOf(fees.referralFee(offer, price, end)))
                        .divide(BigDecimal.valueOf(price), PRECISION);
            }
            fba = major(offer, fees.fulfillmentFee(offer, price, end)).multiply(units);
        } else {
            long[] sums = settledSums.get(offer);
            if (sums != null && sums[0] > 0 && sums[3] > 0) {
                referral = sales.multiply(BigDecimal.valueOf(sums[1])).divide(BigDecimal.valueOf(sums[0]), PRECISION);
                if (offer.fba()) {
                    fba = major(offer, sums[2]).multiply(units).divide(BigDecimal.valueOf(sums[3]), PRECISION);
                }
            }
        }
        pending(offer, line.day(), referral, fba);
    }

    /** Estimated fees of one offer and day, added up before the day's figure is kept to six decimals. */
    private final Map<Offer, Map<Integer, BigDecimal[]>> estimated = new IdentityHashMap<>();

    private void pending(Offer offer, int day, BigDecimal referral, BigDecimal fba) {
        BigDecimal[] sums = estimated
                .computeIfAbsent(offer, o -> new HashMap<>())
                .computeIfAbsent(day, d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(referral);
        sums[1] = sums[1].add(fba);
    }

    private boolean estimatesBooked;

    private void bookEstimates() {
        if (estimatesBooked) {
            return;
        }
        estimatesBooked = true;
        estimated.forEach((offer, byDay) -> byDay.forEach((day, sums) -> {
            BigDecimal referral = sums[0].negate().setScale(6, RoundingMode.HALF_UP);
            BigDecimal fba = sums[1].negate().setScale(6, RoundingMode.HALF_UP);
            Figures f = figures(offer, day);
            f.add(Line.REFERRAL_FEES, referral);
            f.add(Line.FBA_FEES, fba);
            f.add(Line.ESTIMATED_FEES, referral.add(fba));
        }));
    }

    /** COGS from the first day; freight and duties of the latest shipment dated on or before the day. */
    private void landedCost(Figures f, Offer offer, int day, BigDecimal units) {
        f.add(Line.COGS, major(offer, offer.unitCost()).multiply(units));
        TreeMap<Integer, BigDecimal[]> ofOffer = shipments.get(offer);
        Map.Entry<Integer, BigDecimal[]> shipment = ofOffer == null ? null : ofOffer.floorEntry(day);
        if (shipment != null) {
            f.add(Line.FREIGHT, shipment.getValue()[0].multiply(units));
            f.add(Line.DUTIES, shipment.getValue()[1].multiply(units));
        }
    }

    private Figures figures(Offer offer, int day) {
        return byOffer.get(offer).computeIfAbsent(month(day), m -> new Figures());
    }

    private YearMonth month(int day) {
        return YearMonth.from(store.plan().date(day));
    }

    private static BigDecimal major(Offer offer, long minor) {
        return BigDecimal.valueOf(minor, offer.locality().minorDigits());
    }

    /** A SKU's figures over the whole simulation. */
    public Figures offer(Offer offer) {
        bookEstimates();
        Figures sum = new Figures();
        byOffer.get(offer).values().forEach(sum::add);
        return sum;
    }

    /** A SKU's figures by month. */
    public Map<YearMonth, Figures> offerByMonth(Offer offer) {
        bookEstimates();
        return byOffer.get(offer);
    }

    /** A marketplace's figures by month: its SKUs' and what belongs to no SKU. */
    public Map<YearMonth, Figures> months(Marketplace marketplace) {
        bookEstimates();
        Map<YearMonth, Figures> months = new TreeMap<>();
        for (Offer offer : store.offers(marketplace)) {
            byOffer.get(offer)
                    .forEach((m, f) ->
                            months.computeIfAbsent(m, k -> new Figures()).add(f));
        }
        unassigned
                .get(marketplace)
                .forEach((m, f) -> months.computeIfAbsent(m, k -> new Figures()).add(f));
        return months;
    }

    /** A marketplace's figures over the whole simulation. */
    public Figures total(Marketplace marketplace) {
        Figures sum = new Figures();
        months(marketplace).values().forEach(sum::add);
        return sum;
    }

    /**
     * The seller's monthly expenses outside Amazon in a marketplace, in minor units: a tool subscription of about 49
     * US dollars in the marketplace's money (the expenses cost file writes it for every simulated month).
     */
    public static long monthlySoftware(Store store, Marketplace marketplace) {
        return Math.round(49 * store.locality(marketplace).minorPerMajor() * (marketplace == Marketplace.JP ? 150 : 1));
    }

    /** The other expenses of a month in a marketplace, positive, in major units. */
    public BigDecimal expenses(Marketplace marketplace, YearMonth month) {
        YearMonth first = YearMonth.from(store.plan().start());
        YearMonth last = YearMonth.from(store.plan().end());
        if (month.isBefore(first) || month.isAfter(last)) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(
                monthlySoftware(store, marketplace), store.locality(marketplace).minorDigits());
    }

    /** What belongs to the marketplace but no SKU (ad spend of a day without sales), by month. */
    public Map<YearMonth, Figures> unassigned(Marketplace marketplace) {
        return new LinkedHashMap<>(unassigned.get(marketplace));
    }
}
