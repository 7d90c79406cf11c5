package dev.bosun.finance;

import dev.bosun.finance.db.FbaFeeEstimates;
import dev.bosun.finance.db.FbaReimbursements;
import dev.bosun.finance.db.RefundLines;
import dev.bosun.finance.domain.FeeOvercharges;
import dev.bosun.finance.domain.UnreimbursedLosses;
import dev.bosun.finance.domain.UnreturnedRefunds;
import dev.bosun.inventory.LedgerBalance;
import dev.bosun.inventory.LedgerEvent;
import dev.bosun.inventory.StockLedger;
import dev.bosun.orders.CustomerReturn;
import dev.bosun.orders.Returns;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Money Amazon owes back, as the data shows it: fees charged above what the rules call for (from settlement
 * reconciliation), refunds of FBA orders whose units never came back, and units lost or damaged in Amazon's
 * warehouses that were neither found nor reimbursed. The daily review's finance rules and the claims ledger read
 * it; nothing here writes.
 */
@Service
public class Discrepancies {

    /** How far back losses, finds and reimbursements are read to settle the losses in the claim window. */
    static final int LEDGER_LOOK_BACK_DAYS = 365;

    /** Ledger detail adjustment reasons: lost (M misplaced, 5 unrecoverable), found (F, N), damaged in a warehouse. */
    static final Set<String> LOST_REASONS = Set.of("M", "5");

    /** An instant after every approval date, for "approved since". */
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    static final Set<String> FOUND_REASONS = Set.of("F", "N");
    static final Set<String> DAMAGED_REASONS = Set.of("E", "6");

    private final SettlementReconciliation reconciliation;
    private final RefundLines refunds;
    private final FbaReimbursements reimbursements;
    private final FbaFeeEstimates estimates;
    private final Returns returns;
    private final StockLedger ledger;
    private final Clock clock;

    Discrepancies(
            SettlementReconciliation reconciliation,
            RefundLines refunds,
            FbaReimbursements reimbursements,
            FbaFeeEstimates estimates,
            Returns returns,
            StockLedger ledger,
            Clock clock) {
        this.reconciliation = reconciliation;
        this.refunds = refunds;
        this.reimbursements = reimbursements;
        this.estimates = estimates;
        this.returns = returns;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Referral and FBA fees charged above what the rules call for, per marketplace, SKU and fee, on orders placed on
     * or after {@code since} (all when null); the largest first.
     */
    public List<FeeOvercharges.Overcharge> feeOvercharges(long accountId, LocalDate since) {
        // A settlement ends after the orders it charges, so one ending before the look-back holds none of them.
        return FeeOvercharges.of(reconciliation.overchargedLines(accountId, since), since);
    }

    /**
     * Refunds of FBA orders at least {@code waitDays} and at most {@code claimUntilDays} old on {@code today} whose
     * units did not come back (FBA customer returns report, or a customer return in the inventory ledger naming the
     * order) and for which no reimbursement names the order.
     */
    public List<UnreturnedRefunds.Unreturned> unreturnedRefunds(
            long accountId, LocalDate today, int waitDays, int claimFromDays, int claimUntilDays) {
        LocalDate from = today.minusDays(claimUntilDays + 1L);
        List<UnreturnedRefunds.Refund> refunded = refunds.since(accountId, from);
        if (refunded.isEmpty()) {
            return List.of();
        }
        Instant since = from.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, Integer> returned = new HashMap<>();
        for (CustomerReturn r : returns.customerReturnsSince(accountId, since)) {
            returned.merge(r.orderId() + "|" + r.sku(), Math.max(r.quantity(), 1), Integer::sum);
        }
        Map<String, Integer> inLedger = new HashMap<>();
        for (LedgerEvent e : ledger.eventsOfType(accountId, "CustomerReturns", from.minusDays(30), today)) {
            if (e.referenceId() != null && e.msku() != null) {
                inLedger.merge(e.referenceId() + "|" + e.msku(), Math.abs(e.quantity()), Integer::sum);
            }
        }
        // The two sources describe the same units; the larger count stands.
        inLedger.forEach((key, units) -> returned.merge(key, units, Math::max));
        Set<String> reimbursedOrders = new HashSet<>();
        for (Reimbursement r : reimbursements.approvedBetween(accountId, since, LATEST)) {
            if (r.amazonOrderId() != null) {
                reimbursedOrders.add(r.amazonOrderId());
            }
        }
        return UnreturnedRefunds.find(
                refunded, returned, reimbursedOrders, today, waitDays, claimFromDays, claimUntilDays);
    }

    /**
     * A lost or damaged unit still owed for.
     *
     * @param valuePerUnit what Amazon would pay for one unit: what it paid per unit for the SKU's last lost or
     *     damaged unit, else the fee preview's price less the referral and FBA fees (the sale's proceeds); null
     *     when Bosun knows neither
     * @param valueSource {@code reimbursed} or {@code fee-preview}, or null
     * @param claimableUntil the last day Amazon accepts a claim
     */
    public record OwedLoss(
            UnreimbursedLosses.Outcome outcome,
            String currency,
            BigDecimal valuePerUnit,
            String valueSource,
            long ageDays,
            LocalDate claimableUntil) {

        public UnreimbursedLosses.Loss loss() {
            return outcome.loss();
        }

        /** The value of the open units, or null when unknown. */
        public BigDecimal owed() {
            return valuePerUnit == null
                    ? null
                    : valuePerUnit
                            .multiply(BigDecimal.valueOf(outcome.unitsOpen()))
                            .setScale(2, RoundingMode.HALF_UP);
        }
    }

    /**
     * Every loss of the ledger over the last year settled against finds and reimbursements (for the claims ledger to
     * tell which claims were paid), oldest first.
     */
    public List<UnreimbursedLosses.Outcome> lossOutcomes(long accountId, LocalDate today) {
        LocalDate from = today.minusDays(LEDGER_LOOK_BACK_DAYS);
        List<UnreimbursedLosses.Loss> losses = new ArrayList<>();
        List<UnreimbursedLosses.Found> finds = new ArrayList<>();
        Set<String> detailed = new HashSet<>();
        for (LedgerEvent e : ledger.eventsOfType(accountId, "Adjustments", from, today)) {
            detailed.add(e.fnsku() + "|" + e.date());
            String reason = e.reason() == null ? "" : e.reason().strip().toUpperCase(Locale.ROOT);
            Marketplace marketplace =
                    e.country() == null ? null : Marketplace.find(e.country()).orElse(null);
            if (LOST_REASONS.contains(reason) && e.quantity() < 0) {
                losses.add(new UnreimbursedLosses.Loss(
                        e.date(),
                        marketplace,
                        e.fnsku(),
                        e.msku(),
                        e.asin(),
                        UnreimbursedLosses.Kind.LOST,
                        -e.quantity(),
                        e.referenceId(),
                        e.fulfillmentCenter()));
            } else if (DAMAGED_REASONS.contains(reason) && e.quantity() < 0) {
                losses.add(new UnreimbursedLosses.Loss(
                        e.date(),
                        marketplace,
                        e.fnsku(),
                        e.msku(),
                        e.asin(),
                        UnreimbursedLosses.Kind.DAMAGED,
                        -e.quantity(),
                        e.referenceId(),
                        e.fulfillmentCenter()));
            } else if (FOUND_REASONS.contains(reason) && e.quantity() > 0) {
                finds.add(new UnreimbursedLosses.Found(e.date(), e.fnsku(), e.quantity()));
            }
        }
        for (LedgerBalance b : ledger.lossesAndFinds(accountId, from, today)) {
            if (detailed.contains(b.fnsku() + "|" + b.date())) {
                continue;
            }
            Marketplace marketplace =
                    b.location() == null ? null : Marketplace.find(b.location()).orElse(null);
            if (b.lost() != null && b.lost() < 0) {
                losses.add(new UnreimbursedLosses.Loss(
                        b.date(),
                        marketplace,
                        b.fnsku(),
                        b.msku(),
                        b.asin(),
                        UnreimbursedLosses.Kind.LOST,
                        -b.lost(),
                        null,
                        b.location()));
            }
            if (b.damaged() != null && b.damaged() < 0) {
                losses.add(new UnreimbursedLosses.Loss(
                        b.date(),
                        marketplace,
                        b.fnsku(),
                        b.msku(),
                        b.asin(),
                        UnreimbursedLosses.Kind.DAMAGED,
                        -b.damaged(),
                        null,
                        b.location()));
            }
            if (b.found() != null && b.found() > 0) {
                finds.add(new UnreimbursedLosses.Found(b.date(), b.fnsku(), b.found()));
            }
        }
        List<UnreimbursedLosses.Payback> paybacks = new ArrayList<>();
        for (Reimbursement r : lossReimbursements(accountId, from)) {
            paybacks.add(new UnreimbursedLosses.Payback(
                    r.reimbursementId(),
                    LocalDate.ofInstant(r.approvedAt(), zone(r.marketplace())),
                    r.fnsku(),
                    r.sku(),
                    kind(r.reason()),
                    units(r),
                    r.amountTotal(),
                    r.currency(),
                    r.caseId()));
        }
        return UnreimbursedLosses.settle(losses, finds, paybacks);
    }

    /**
     * Units lost or damaged at least {@code waitDays} and at most {@code claimWindowDays} ago that were neither found
     * nor reimbursed, oldest first.
     */
    public List<OwedLoss> unreimbursedLosses(long accountId, LocalDate today, int waitDays, int claimWindowDays) {
        List<OwedLoss> owed = new ArrayList<>();
        Map<String, Value> values = null;
        for (UnreimbursedLosses.Outcome o : lossOutcomes(accountId, today)) {
            long age = ChronoUnit.DAYS.between(o.loss().date(), today);
            if (o.unitsOpen() == 0 || age < waitDays || age > claimWindowDays) {
                continue;
            }
            if (values == null) {
                values = values(accountId, today);
            }
            Marketplace marketplace = o.loss().marketplace();
            Value value = values.get(o.loss().sku());
            String currency = value != null
                    ? value.currency
                    : marketplace == null ? null : marketplace.currency().getCurrencyCode();
            owed.add(new OwedLoss(
                    o,
                    currency,
                    value == null ? null : value.perUnit,
                    value == null ? null : value.source,
                    age,
                    o.loss().date().plusDays(claimWindowDays)));
        }
        owed.sort(Comparator.comparing((OwedLoss l) -> l.loss().date())
                .thenComparing(l -> l.loss().fnsku()));
        return owed;
    }

    /** The reimbursement rows for lost and damaged units approved on or after a day. */
    List<Reimbursement> lossReimbursements(long accountId, LocalDate from) {
        return reimbursements.approvedBetween(accountId, from.atStartOfDay().toInstant(ZoneOffset.UTC), LATEST).stream()
                .filter(r -> kind(r.reason()) != null)
                .filter(r -> units(r) > 0)
                .toList();
    }

    private record Value(BigDecimal perUnit, String currency, String source) {}

    private Map<String, Value> values(long accountId, LocalDate today) {
        Map<String, Value> values = new HashMap<>();
        for (Marketplace m : Marketplace.values()) {
            for (FeeEstimate e : estimates.ofMarketplace(accountId, m)) {
                BigDecimal price = e.salesPrice() != null ? e.salesPrice() : e.yourPrice();
                if (price == null || values.containsKey(e.sku())) {
                    continue;
                }
                BigDecimal fees = zero(e.referralFeePerUnit()).add(zero(e.fulfillmentFeePerUnit()));
                BigDecimal proceeds = price.subtract(fees).max(BigDecimal.ZERO);
                values.put(e.sku(), new Value(proceeds.setScale(2, RoundingMode.HALF_UP), e.currency(), "fee-preview"));
            }
        }
        // What Amazon itself paid for a unit of the SKU is the better guess of what it will pay again.
        List<Reimbursement> paid =
                new ArrayList<>(lossReimbursements(accountId, today.minusDays(LEDGER_LOOK_BACK_DAYS)));
        paid.sort(Comparator.comparing(Reimbursement::approvedAt));
        for (Reimbursement r : paid) {
            if (r.sku() != null
                    && r.amountPerUnit() != null
                    && r.amountPerUnit().signum() > 0) {
                values.put(r.sku(), new Value(r.amountPerUnit(), r.currency(), "reimbursed"));
            }
        }
        return values;
    }

    /** The loss a reimbursement reason pays for: {@code Lost_Warehouse} lost, {@code Damaged_Warehouse} damaged. */
    static UnreimbursedLosses.Kind kind(String reason) {
        if (reason == null) {
            return null;
        }
        String r = reason.strip().toLowerCase(Locale.ROOT);
        if (r.startsWith("lost")) {
            return UnreimbursedLosses.Kind.LOST;
        }
        if (r.startsWith("damaged")) {
            return UnreimbursedLosses.Kind.DAMAGED;
        }
        return null;
    }

    private static int units(Reimbursement r) {
        if (r.quantityTotal() != null) {
            return r.quantityTotal();
        }
        return (r.quantityCash() == null ? 0 : r.quantityCash())
                + (r.quantityInventory() == null ? 0 : r.quantityInventory());
    }

    private static java.time.ZoneId zone(Marketplace marketplace) {
        return marketplace == null ? ZoneOffset.UTC : marketplace.zone();
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The clock the facade measures ages against (for callers without a review date). */
    LocalDate today(Marketplace marketplace) {
        return LocalDate.now(clock.withZone(zone(marketplace)));
    }
}
