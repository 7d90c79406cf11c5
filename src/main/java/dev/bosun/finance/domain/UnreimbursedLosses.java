package dev.bosun.finance.domain;

import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Units Amazon's warehouses lost or damaged that were neither found again nor reimbursed. Per FNSKU the ledger's
 * losses are settled in date order, oldest first: a unit found again cancels the oldest open lost unit, and a
 * reimbursement (in cash or in units) pays the oldest open units of its kind (a lost reimbursement a lost unit,
 * a damaged one a damaged unit, else any). What stays open is owed.
 */
public final class UnreimbursedLosses {

    private UnreimbursedLosses() {}

    /** What happened to the unit. */
    public enum Kind {
        LOST,
        DAMAGED
    }

    /**
     * Units the ledger shows lost or damaged on a day.
     *
     * @param referenceId the ledger's reference (the transaction item id of the detail report), or null
     */
    public record Loss(
            LocalDate date,
            Marketplace marketplace,
            String fnsku,
            String sku,
            String asin,
            Kind kind,
            int units,
            String referenceId,
            String fulfillmentCenter) {}

    /** Units found again on a day. */
    public record Found(LocalDate date, String fnsku, int units) {}

    /**
     * A reimbursement row.
     *
     * @param kind the loss it pays for, or null when its reason names neither
     * @param units the units paid for (cash and inventory)
     * @param amount the cash paid, in {@code currency}
     */
    public record Payback(
            String reimbursementId,
            LocalDate approvedOn,
            String fnsku,
            String sku,
            Kind kind,
            int units,
            BigDecimal amount,
            String currency,
            String caseId) {}

    /**
     * How one loss was settled.
     *
     * @param unitsOpen units neither found nor reimbursed
     * @param reimbursementIds the reimbursements that paid for some of its units
     * @param amountReimbursed their cash for those units
     */
    public record Outcome(
            Loss loss,
            int unitsOpen,
            int unitsFound,
            int unitsReimbursed,
            List<String> reimbursementIds,
            BigDecimal amountReimbursed,
            String currency) {

        public Outcome {
            reimbursementIds = List.copyOf(reimbursementIds);
        }
    }

    /** Settles every loss against the finds and reimbursements; one outcome per loss, in date order. */
    public static List<Outcome> settle(List<Loss> losses, List<Found> finds, List<Payback> paybacks) {
        Map<String, String> fnskuOfSku = new HashMap<>();
        losses.stream()
                .filter(l -> l.sku() != null && l.fnsku() != null)
                .forEach(l -> fnskuOfSku.putIfAbsent(l.sku(), l.fnsku()));
        Map<String, List<Event>> byItem = new LinkedHashMap<>();
        List<Open> opens = new ArrayList<>();
        for (Loss loss : losses) {
            Open open = new Open(loss);
            opens.add(open);
            byItem.computeIfAbsent(key(loss.fnsku(), loss.sku(), fnskuOfSku), k -> new ArrayList<>())
                    .add(new Event(loss.date(), 0, open, null, null));
        }
        for (Found found : finds) {
            byItem.computeIfAbsent(key(found.fnsku(), null, fnskuOfSku), k -> new ArrayList<>())
                    .add(new Event(found.date(), 1, null, found, null));
        }
        for (Payback payback : paybacks) {
            byItem.computeIfAbsent(key(payback.fnsku(), payback.sku(), fnskuOfSku), k -> new ArrayList<>())
                    .add(new Event(payback.approvedOn(), 2, null, null, payback));
        }
        for (List<Event> events : byItem.values()) {
            events.sort(Comparator.comparing(Event::date).thenComparingInt(Event::order));
            Deque<Open> queue = new ArrayDeque<>();
            for (Event e : events) {
                if (e.open() != null) {
                    queue.addLast(e.open());
                } else if (e.found() != null) {
                    int left = e.found().units();
                    for (Open o : queue) {
                        if (left == 0) {
                            break;
                        }
                        if (o.loss.kind() == Kind.LOST && o.open > 0) {
                            int take = Math.min(left, o.open);
                            o.open -= take;
                            o.found += take;
                            left -= take;
                        }
                    }
                } else {
                    pay(queue, e.payback());
                }
                queue.removeIf(o -> o.open == 0);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Open o : opens) {
            outcomes.add(new Outcome(
                    o.loss,
                    o.open,
                    o.found,
                    o.reimbursed,
                    o.ids,
                    o.amount.setScale(2, RoundingMode.HALF_UP),
                    o.currency));
        }
        outcomes.sort(Comparator.comparing((Outcome o) -> o.loss().date())
                .thenComparing(o -> o.loss().fnsku()));
        return outcomes;
    }

    private static void pay(Deque<Open> queue, Payback payback) {
        int left = payback.units();
        if (left <= 0) {
            return;
        }
        BigDecimal perUnit = payback.amount() == null
                ? BigDecimal.ZERO
                : payback.amount().divide(BigDecimal.valueOf(left), 6, RoundingMode.HALF_UP);
        // Units of the reimbursement's own kind first, then any.
        for (int pass = 0; pass < 2 && left > 0; pass++) {
            Iterator<Open> it = queue.iterator();
            while (it.hasNext() && left > 0) {
                Open o = it.next();
                boolean sameKind = payback.kind() == null || o.loss.kind() == payback.kind();
                if (o.open == 0 || (pass == 0 && !sameKind)) {
                    continue;
                }
                int take = Math.min(left, o.open);
                o.open -= take;
                o.reimbursed += take;
                o.amount = o.amount.add(perUnit.multiply(BigDecimal.valueOf(take)));
                o.currency = payback.currency();
                if (!o.ids.contains(payback.reimbursementId())) {
                    o.ids.add(payback.reimbursementId());
                }
                left -= take;
            }
        }
    }

    private static String key(String fnsku, String sku, Map<String, String> fnskuOfSku) {
        if (fnsku != null && !fnsku.isBlank()) {
            return fnsku;
        }
        String mapped = sku == null ? null : fnskuOfSku.get(sku);
        return mapped != null ? mapped : "sku:" + sku;
    }

    private record Event(LocalDate date, int order, Open open, Found found, Payback payback) {}

    private static final class Open {
        final Loss loss;
        int open;
        int found;
        int reimbursed;
        BigDecimal amount = BigDecimal.ZERO;
        String currency;
        final List<String> ids = new ArrayList<>();

        Open(Loss loss) {
            this.loss = loss;
            this.open = loss.units();
        }
    }
}
