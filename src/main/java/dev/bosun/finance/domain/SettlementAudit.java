package dev.bosun.finance.domain;

import dev.bosun.finance.FeeLineCheck;
import dev.bosun.finance.FeeLineCheck.Kind;
import dev.bosun.finance.FeeLineCheck.Status;
import dev.bosun.finance.ReconciliationStatus;
import dev.bosun.finance.Settlement;
import dev.bosun.finance.SettlementCheck;
import dev.bosun.finance.SettlementLine;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.PackageSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reconciles one settlement: each fee Amazon took is held against what it should have been, and the settlement's
 * lines against its total and the reserve carried from the settlement before.
 *
 * <ul>
 *   <li>Referral fee ({@code Commission}, with any closing fee) of an order item: the category's rate on the total
 *       sales price of one unit (principal, shipping and gift wrap after promotions, divided by the units and rounded
 *       down to the cent), at least the per-item minimum, rounded half up, times the units; the category is the fee
 *       preview's product group mapped by {@link ProductGroups}.</li>
 *   <li>FBA fee ({@code FBAPerUnitFulfillmentFee} and the other FBA fulfilment components of the item, summed): the
 *       fee of the size tier the fee preview's package falls in, with the price band of the unit's item price,
 *       times the units.</li>
 *   <li>Storage fee: what the monthly storage fee report says for the SKU's FNSKU (lines with a SKU) or for the whole
 *       marketplace (lines without) in the month before the posting (Amazon charges a month's storage in the
 *       following month).</li>
 * </ul>
 * The rate card is the one in force on the order date (the posting date when the order is not known). A line within
 * {@link #TOLERANCE_MINOR_UNITS} minor unit of what it should be is fine.
 */
public final class SettlementAudit {

    /** Lines may differ from the expected fee by one minor unit (a cent) without being a discrepancy. */
    public static final int TOLERANCE_MINOR_UNITS = 1;

    static final Set<String> REFERRAL = Set.of("commission", "fixedclosingfee", "variableclosingfee");
    static final Set<String> FBA = Set.of(
            "fbaperunitfulfillmentfee",
            "fbaperorderfulfillmentfee",
            "fbaweightbasedfee",
            "fbapickandpackfee",
            "fbaweighthandlingfee",
            "fbafulfilmentfee",
            "fbafulfillmentfee");
    static final Set<String> STORAGE =
            Set.of("storagefee", "fbainventorystoragefee", "fbastoragefee", "fbainventorystoragefees", "storagefees");
    static final String RESERVE_RELEASED = "previousreserveamountbalance";
    static final String RESERVE_HELD = "currentreserveamount";

    private SettlementAudit() {}

    /** What the audit needs beyond the settlement's own lines. */
    public interface Facts {

        /** What Bosun knows of a SKU in a marketplace from the fee preview; empty when it has no row for it. */
        Optional<SkuFacts> sku(Marketplace marketplace, String sku);

        /** The rate card in force in a marketplace on a day (with the organisation's own values). */
        Optional<RateCard> card(Marketplace marketplace, LocalDate date);

        /** The day an order was placed in the marketplace's zone, or null when the order is not in Bosun. */
        LocalDate orderDate(String orderId, Marketplace marketplace);

        /** The month's storage fees by FNSKU in a marketplace, or null when no storage report covers the month. */
        Map<String, BigDecimal> storage(Marketplace marketplace, YearMonth month);
    }

    /**
     * A SKU as the fee preview describes it.
     *
     * @param size the package, or null when the report gives no dimensions or weight
     * @param packageText the package as the report writes it, for the evidence
     * @param categories the fee categories its product group may be charged as, most specific first
     */
    public record SkuFacts(
            String fnsku,
            String asin,
            PackageSize size,
            String packageText,
            String productGroup,
            List<String> categories) {

        public SkuFacts {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    /** A settlement's checks. */
    public record Result(SettlementCheck check, List<FeeLineCheck> lines) {}

    /**
     * The FBA fees already worked out, by card, package and item price: one reconciliation audits thousands of order
     * items of a few hundred SKUs, so it shares one memo across its settlements.
     */
    public static final class Memo {
        private final Map<String, Optional<FeeResult>> fba = new java.util.HashMap<>();

        Optional<FeeResult> fba(String key, java.util.function.Supplier<Optional<FeeResult>> compute) {
            Optional<FeeResult> known = fba.get(key);
            if (known == null) {
                known = compute.get();
                fba.put(key, known);
            }
            return known;
        }
    }

    /**
     * Audits a settlement.
     *
     * @param previousHeld the reserve the previous settlement in the same currency held back (its {@code Current
     *     Reserve Amount}, negative; zero when it held none), or null when Bosun does not have that settlement
     * @param checkedAt when the check ran
     */
    public static Result audit(
            Settlement settlement,
            List<SettlementLine> lines,
            Facts facts,
            BigDecimal previousHeld,
            Instant checkedAt) {
        return audit(settlement, lines, facts, previousHeld, checkedAt, new Memo());
    }

    /** {@link #audit(Settlement, List, Facts, BigDecimal, Instant)} sharing worked-out fees with other audits. */
    public static Result audit(
            Settlement settlement,
            List<SettlementLine> lines,
            Facts facts,
            BigDecimal previousHeld,
            Instant checkedAt,
            Memo memo) {
        return new Run(settlement, facts, memo).run(lines, previousHeld, checkedAt);
    }

    /** The amount description as matched: lower case, letters and digits only. */
    static String squeeze(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.toLowerCase(Locale.ROOT)
                .replace("&", "and")
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The fees and prices of one order item within the settlement. */
    private static final class Item {
        final List<SettlementLine> referral = new ArrayList<>();
        final List<SettlementLine> fba = new ArrayList<>();
        BigDecimal principal;
        BigDecimal shipping = BigDecimal.ZERO;
        BigDecimal giftWrap = BigDecimal.ZERO;
        BigDecimal promotion = BigDecimal.ZERO;
        Integer quantity;

        void price(SettlementLine line) {
            String what = squeeze(line.amountDescription());
            BigDecimal amount = line.amount();
            switch (what) {
                case "principal" -> principal = principal == null ? amount : principal.add(amount);
                case "shipping" -> shipping = shipping.add(amount);
                case "giftwrap" -> giftWrap = giftWrap.add(amount);
                default -> {
                    // Tax legs do not count towards the referral fee.
                }
            }
            if (quantity == null && line.quantityPurchased() != null && line.quantityPurchased() > 0) {
                quantity = line.quantityPurchased();
            }
        }
    }

    private static final class Run {

        private final Settlement settlement;
        private final Facts facts;
        private final Memo memo;
        private final List<FeeLineCheck> checks = new ArrayList<>();

        Run(Settlement settlement, Facts facts, Memo memo) {
            this.settlement = settlement;
            this.facts = facts;
            this.memo = memo;
        }

        Result run(List<SettlementLine> lines, BigDecimal previousHeld, Instant checkedAt) {
            Map<String, Item> items = new LinkedHashMap<>();
            List<SettlementLine> storage = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal released = null;
            BigDecimal held = null;
            for (SettlementLine line : lines) {
                if (line.amount() == null) {
                    continue;
                }
                total = total.add(line.amount());
                String type = squeeze(TransactionTypes.english(line.transactionType()));
                String amountType = squeeze(line.amountType());
                String what = squeeze(line.amountDescription());
                if (what.equals(RESERVE_RELEASED)) {
                    released = released == null ? line.amount() : released.add(line.amount());
                } else if (what.equals(RESERVE_HELD)) {
                    held = held == null ? line.amount() : held.add(line.amount());
                } else if (STORAGE.contains(what)) {
                    storage.add(line);
                } else if (type.equals("order") && line.orderId() != null) {
                    Item item = items.computeIfAbsent(itemKey(line), k -> new Item());
                    if (amountType.equals("itemprice")) {
                        item.price(line);
                    } else if (amountType.equals("promotion")) {
                        item.promotion = item.promotion.add(line.amount());
                    } else if (amountType.equals("itemfees") && REFERRAL.contains(what)) {
                        item.referral.add(line);
                    } else if (amountType.equals("itemfees") && FBA.contains(what)) {
                        item.fba.add(line);
                    }
                }
            }
            for (Item item : items.values()) {
                if (!item.referral.isEmpty()) {
                    checks.add(referral(item));
                }
                if (!item.fba.isEmpty()) {
                    checks.add(fba(item));
                }
            }
            storage(storage);
            checks.sort(Comparator.comparingInt(FeeLineCheck::lineNo).thenComparingInt(FeeLineCheck::part));
            return new Result(summary(total, released, held, previousHeld, checkedAt), List.copyOf(checks));
        }

        private static String itemKey(SettlementLine line) {
            String item = line.orderItemCode() != null ? line.orderItemCode() : line.sku();
            return line.orderId() + "|" + item;
        }

        private Marketplace marketplaceOf(SettlementLine line) {
            if (line.marketplace() != null) {
                return line.marketplace();
            }
            return settlement.marketplaces().size() == 1
                    ? settlement.marketplaces().get(0)
                    : null;
        }

        private FeeLineCheck referral(Item item) {
            SettlementLine first = item.referral.get(0);
            Draft d = draft(first, Kind.REFERRAL, charged(item.referral), item.quantity);
            if (d.unchecked()) {
                return d.done();
            }
            if (item.principal == null) {
                return d.unchecked("no-price");
            }
            BigDecimal total =
                    item.principal.add(item.shipping).add(item.giftWrap).add(item.promotion);
            BigDecimal unit = total.divide(BigDecimal.valueOf(d.units), d.digits, RoundingMode.DOWN);
            d.unitPrice = unit;
            Optional<SkuFacts> sku = facts.sku(d.marketplace, first.sku());
            if (sku.isEmpty()) {
                return d.unchecked("no-fee-preview");
            }
            d.sku(sku.get());
            Optional<String> category = sku.get().categories().stream()
                    .filter(d.card.categories()::contains)
                    .findFirst();
            if (category.isEmpty()) {
                d.category = sku.get().productGroup();
                return d.unchecked("unknown-category");
            }
            d.category = category.get();
            ReferralRule rule = d.card.referral().get(category.get());
            RateLookup rates = key -> rate(d.card, key);
            BigDecimal fee = rule.percentageFee(unit.max(BigDecimal.ZERO), rates);
            if (rule.minimumKey() != null) {
                fee = fee.max(rates.rate(rule.minimumKey()).amount());
            }
            BigDecimal perUnit = fee.setScale(d.digits, RoundingMode.HALF_UP);
            if (rule.closingFeeKey() != null) {
                perUnit =
                        perUnit.add(rates.rate(rule.closingFeeKey()).amount().setScale(d.digits, RoundingMode.HALF_UP));
            }
            return d.expect(perUnit.multiply(BigDecimal.valueOf(d.units)));
        }

        private FeeLineCheck fba(Item item) {
            SettlementLine first = item.fba.get(0);
            Draft d = draft(first, Kind.FBA_FEE, charged(item.fba), item.quantity);
            if (d.unchecked()) {
                return d.done();
            }
            if (item.principal == null) {
                return d.unchecked("no-price");
            }
            BigDecimal itemPrice = item.principal.divide(BigDecimal.valueOf(d.units), d.digits, RoundingMode.DOWN);
            d.unitPrice = itemPrice;
            Optional<SkuFacts> sku = facts.sku(d.marketplace, first.sku());
            if (sku.isEmpty()) {
                return d.unchecked("no-fee-preview");
            }
            d.sku(sku.get());
            if (sku.get().size() == null) {
                return d.unchecked("no-dimensions");
            }
            RateCard card = d.card;
            PackageSize size = sku.get().size();
            LocalDate date = d.date;
            // The fee depends on the card's values (edits included), the package and the price band of the price.
            String key = card.label() + "|" + System.identityHashCode(card) + "|" + size + "|" + itemPrice;
            Optional<FeeResult> estimate = memo.fba(key, () -> {
                try {
                    // The FBA fee does not depend on the category; any category of the card lets the rules run.
                    return Optional.of(FeeRules.estimate(
                            card,
                            new FeeInput(
                                    card.categories().get(0),
                                    itemPrice.max(BigDecimal.ZERO),
                                    null,
                                    null,
                                    size,
                                    date,
                                    null,
                                    null,
                                    null)));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            });
            if (estimate.isEmpty()) {
                return d.unchecked("no-size-tier");
            }
            FeeResult result = estimate.get();
            d.sizeTier = result.tier().code();
            if (result.fulfilmentFee() == null) {
                return d.unchecked("no-fee-in-card");
            }
            FeeLineCheck check = d.expect(result.fulfilmentFee().multiply(BigDecimal.valueOf(d.units)));
            if (check.status().discrepancy()) {
                Optional<ChargedTier.Match> charged = ChargedTier.find(d.card, check.chargedPerUnit(), itemPrice);
                d.chargedTier = charged.map(ChargedTier.Match::tier).orElse(null);
                d.chargedWeight = charged.map(ChargedTier.Match::weightText).orElse(null);
                check = d.done();
            }
            return check;
        }

        private void storage(List<SettlementLine> lines) {
            Map<String, List<SettlementLine>> unnamed = new LinkedHashMap<>();
            for (SettlementLine line : lines) {
                Draft d = draft(line, Kind.STORAGE, line.amount().negate(), null);
                if (line.postedDate() == null) {
                    checks.add(d.unchecked("no-date"));
                    continue;
                }
                YearMonth month = YearMonth.from(line.postedDate()).minusMonths(1);
                d.chargeMonth = month;
                if (d.marketplace == null) {
                    checks.add(d.unchecked("no-marketplace"));
                    continue;
                }
                if (line.sku() == null || line.sku().isBlank()) {
                    unnamed.computeIfAbsent(d.marketplace.code() + "|" + month, k -> new ArrayList<>())
                            .add(line);
                    continue;
                }
                Map<String, BigDecimal> report = facts.storage(d.marketplace, month);
                if (report == null) {
                    checks.add(d.unchecked("no-storage-report"));
                    continue;
                }
                Optional<SkuFacts> sku = facts.sku(d.marketplace, line.sku());
                if (sku.isEmpty() || sku.get().fnsku() == null) {
                    checks.add(d.unchecked("no-fnsku"));
                    continue;
                }
                d.sku(sku.get());
                checks.add(d.expect(report.getOrDefault(sku.get().fnsku(), BigDecimal.ZERO)
                        .setScale(d.digits, RoundingMode.HALF_UP)));
            }
            // Lines without a SKU are the month's storage of the whole marketplace: their sum is held against the
            // report's total, and any difference shows on the first of them.
            for (List<SettlementLine> group : unnamed.values()) {
                SettlementLine first = group.get(0);
                Draft probe = draft(first, Kind.STORAGE, first.amount().negate(), null);
                YearMonth month = YearMonth.from(first.postedDate()).minusMonths(1);
                Map<String, BigDecimal> report = facts.storage(probe.marketplace, month);
                BigDecimal others = BigDecimal.ZERO;
                for (int i = 1; i < group.size(); i++) {
                    others = others.add(group.get(i).amount().negate());
                }
                for (int i = 0; i < group.size(); i++) {
                    SettlementLine line = group.get(i);
                    Draft d = draft(line, Kind.STORAGE, line.amount().negate(), null);
                    d.chargeMonth = month;
                    if (report == null) {
                        checks.add(d.unchecked("no-storage-report"));
                    } else if (i == 0) {
                        BigDecimal reportTotal = report.values().stream()
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                .setScale(d.digits, RoundingMode.HALF_UP);
                        checks.add(d.expect(reportTotal.subtract(others)));
                    } else {
                        checks.add(d.expect(d.charged));
                    }
                }
            }
        }

        private static BigDecimal charged(List<SettlementLine> lines) {
            return lines.stream()
                    .map(SettlementLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .negate();
        }

        private Draft draft(SettlementLine line, Kind kind, BigDecimal charged, Integer quantity) {
            Draft d = new Draft(line, kind, charged);
            d.quantity = quantity != null ? quantity : line.quantityPurchased();
            d.units = d.quantity == null || d.quantity < 1 ? 1 : d.quantity;
            d.marketplace = marketplaceOf(line);
            if (kind == Kind.STORAGE) {
                d.digits = digits(line.currency());
                return d;
            }
            if (d.marketplace == null) {
                d.reason = "no-marketplace";
                return d;
            }
            LocalDate ordered = line.orderId() == null ? null : facts.orderDate(line.orderId(), d.marketplace);
            d.orderDate = ordered;
            d.date = ordered != null ? ordered : line.postedDate();
            if (d.date == null) {
                d.reason = "no-date";
                return d;
            }
            Optional<RateCard> card = facts.card(d.marketplace, d.date);
            if (card.isEmpty()) {
                d.reason = "no-rate-card";
                return d;
            }
            d.card = card.get();
            d.rateCard = d.card.label();
            d.digits = Math.max(d.card.currency().getDefaultFractionDigits(), 0);
            if (!d.card.currency().getCurrencyCode().equals(line.currency())) {
                d.reason = "currency";
            }
            return d;
        }

        private static int digits(String currency) {
            try {
                return Math.max(java.util.Currency.getInstance(currency).getDefaultFractionDigits(), 0);
            } catch (IllegalArgumentException e) {
                return 2;
            }
        }

        private static Rate rate(RateCard card, String key) {
            Rate rate = card.rates().get(key);
            if (rate == null) {
                throw new IllegalStateException(card.file() + " has no value " + key);
            }
            return rate;
        }

        /** A line check being filled in. */
        private final class Draft {
            final SettlementLine line;
            final Kind kind;
            final BigDecimal charged;
            Integer quantity;
            int units;
            int digits = 2;
            Marketplace marketplace;
            LocalDate orderDate;
            LocalDate date;
            YearMonth chargeMonth;
            RateCard card;
            String rateCard;
            String reason;
            BigDecimal unitPrice;
            String category;
            String sizeTier;
            String chargedTier;
            String chargedWeight;
            String fnsku;
            String asin;
            String packageText;
            BigDecimal expected;
            Status status = Status.NOT_CHECKABLE;

            Draft(SettlementLine line, Kind kind, BigDecimal charged) {
                this.line = line;
                this.kind = kind;
                this.charged = charged;
            }

            boolean unchecked() {
                return reason != null;
            }

            void sku(SkuFacts facts) {
                fnsku = facts.fnsku();
                asin = facts.asin();
                packageText = facts.packageText();
            }

            FeeLineCheck unchecked(String why) {
                reason = why;
                status = Status.NOT_CHECKABLE;
                expected = null;
                return done();
            }

            FeeLineCheck expect(BigDecimal amount) {
                expected = amount.setScale(Math.max(digits, amount.scale()), RoundingMode.HALF_UP);
                BigDecimal tolerance =
                        BigDecimal.ONE.movePointLeft(digits).multiply(BigDecimal.valueOf(TOLERANCE_MINOR_UNITS));
                BigDecimal difference = charged.subtract(expected);
                status = difference.abs().compareTo(tolerance) <= 0
                        ? Status.OK
                        : difference.signum() > 0 ? Status.OVERCHARGED : Status.UNDERCHARGED;
                reason = null;
                return done();
            }

            FeeLineCheck done() {
                return new FeeLineCheck(
                        settlement.settlementId(),
                        line.lineNo(),
                        line.part(),
                        kind,
                        status,
                        reason,
                        marketplace,
                        line.orderId(),
                        line.sku(),
                        fnsku,
                        asin,
                        quantity,
                        line.postedDate(),
                        orderDate,
                        chargeMonth,
                        line.currency(),
                        charged,
                        expected,
                        expected == null ? null : charged.subtract(expected),
                        unitPrice,
                        category,
                        sizeTier,
                        chargedTier,
                        chargedWeight,
                        rateCard,
                        packageText);
            }
        }

        private SettlementCheck summary(
                BigDecimal total, BigDecimal released, BigDecimal held, BigDecimal previousHeld, Instant checkedAt) {
            int checked = 0;
            int discrepant = 0;
            int unchecked = 0;
            BigDecimal over = BigDecimal.ZERO;
            BigDecimal under = BigDecimal.ZERO;
            for (FeeLineCheck c : checks) {
                if (c.status() == Status.NOT_CHECKABLE) {
                    unchecked++;
                    continue;
                }
                checked++;
                if (c.status() == Status.OVERCHARGED) {
                    discrepant++;
                    over = over.add(c.difference());
                } else if (c.status() == Status.UNDERCHARGED) {
                    discrepant++;
                    under = under.add(c.difference().negate());
                }
            }
            BigDecimal expectedRelease = previousHeld == null ? null : previousHeld.negate();
            SettlementCheck draft = new SettlementCheck(
                    settlement,
                    ReconciliationStatus.RECONCILED,
                    null,
                    settlement.totalAmount(),
                    total,
                    released,
                    held,
                    expectedRelease,
                    checks.size(),
                    checked,
                    discrepant,
                    unchecked,
                    over,
                    under,
                    checkedAt);
            ReconciliationStatus status;
            String reason;
            if (!draft.balanced()) {
                status = ReconciliationStatus.DISCREPANCIES;
                reason = "lines-do-not-add-up";
            } else if (!draft.reserveCarried()) {
                status = ReconciliationStatus.DISCREPANCIES;
                reason = "reserve-not-carried";
            } else if (discrepant > 0) {
                status = ReconciliationStatus.DISCREPANCIES;
                reason = over.signum() > 0 ? "overcharged" : "undercharged";
            } else if (checked == 0 && unchecked > 0) {
                status = ReconciliationStatus.NOT_CHECKABLE;
                reason = commonest(checks, FeeLineCheck::reason);
            } else {
                status = ReconciliationStatus.RECONCILED;
                reason = unchecked > 0 ? commonest(checks, FeeLineCheck::reason) : null;
            }
            return new SettlementCheck(
                    settlement,
                    status,
                    reason,
                    draft.statedTotal(),
                    total,
                    released,
                    held,
                    expectedRelease,
                    checks.size(),
                    checked,
                    discrepant,
                    unchecked,
                    over,
                    under,
                    checkedAt);
        }

        private static String commonest(List<FeeLineCheck> checks, Function<FeeLineCheck, String> reason) {
            return checks.stream()
                    .map(reason)
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.groupingBy(r -> r, LinkedHashMap::new, Collectors.counting()))
                    .entrySet()
                    .stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
        }
    }
}
