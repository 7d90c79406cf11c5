package dev.bosun.finance;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.finance.db.ClaimRecords;
import dev.bosun.finance.db.FbaReimbursements;
import dev.bosun.finance.domain.ClaimLetter;
import dev.bosun.finance.domain.FeeOvercharges.Overcharge;
import dev.bosun.finance.domain.UnreimbursedLosses;
import dev.bosun.finance.domain.UnreturnedRefunds;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.Operation;
import dev.bosun.workflow.OperationsLog;
import dev.bosun.workflow.RuleSetting;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reimbursement claims ledger: what the finance checks of the daily review find (fee overcharges, refunds without
 * a returned unit, unreimbursed warehouse losses) becomes a claim with its evidence and a text ready to paste into a
 * Seller Central case. Bosun prepares claims and closes them when a reimbursement pays them; a person submits them
 * and records Amazon's answer. Every change is written to the operations log.
 *
 * <p>Claims use the account's thresholds of the three review rules, so the ledger and the review agree; a rule the
 * account switched off makes no claims.
 */
@Service
public class Claims {

    /** The least role that may move claims on. */
    public static final Role EDITOR = Role.SPECIALIST;

    static final String FEE_RULE = "finance.fee-overcharge";
    static final String REFUND_RULE = "finance.refund-without-return";
    static final String LOSS_RULE = "finance.unreimbursed-loss";
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final ClaimRecords records;
    private final Discrepancies discrepancies;
    private final FbaReimbursements reimbursements;
    private final DailyReview review;
    private final OperationsLog log;
    private final AccountDirectory directory;
    private final Clock clock;

    Claims(
            ClaimRecords records,
            Discrepancies discrepancies,
            FbaReimbursements reimbursements,
            DailyReview review,
            OperationsLog log,
            AccountDirectory directory,
            Clock clock) {
        this.records = records;
        this.discrepancies = discrepancies;
        this.reimbursements = reimbursements;
        this.review = review;
        this.log = log;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * What a detection run did.
     *
     * @param added claims found for the first time
     * @param updated detected claims whose amount or evidence grew
     * @param reimbursed claims a reimbursement paid
     * @param dropped detected claims no longer owed
     */
    public record Detection(int added, int updated, int reimbursed, int dropped) {

        public boolean changed() {
            return added + updated + reimbursed + dropped > 0;
        }
    }

    /** Whether the user may move claims on. */
    public static boolean mayChange(CurrentUser user) {
        return user.role().atLeast(EDITOR);
    }

    /**
     * Looks for claims in the account's data as of its review date: adds new ones, updates detected ones, closes
     * those a reimbursement paid and drops detected ones no longer owed. Finding the same problem again changes
     * nothing. Logged as Bosun's when anything changed.
     */
    @Transactional
    public Detection detect(long accountId) {
        return detect(accountId, review.today(accountId));
    }

    /** {@link #detect(long)} as of a given day (ages and claim windows are measured to it). */
    @Transactional
    public Detection detect(long accountId, LocalDate today) {
        records.lock(accountId);
        Map<String, RuleSetting> rules =
                review.rules(accountId).stream().collect(Collectors.toMap(RuleSetting::ruleId, Function.identity()));
        Instant now = clock.instant();
        Counter count = new Counter();
        List<Reimbursement> paid = reimbursements.approvedBetween(
                accountId, today.minusYears(2).atStartOfDay().toInstant(ZoneOffset.UTC), LATEST);
        RuleSetting fee = rules.get(FEE_RULE);
        if (fee != null && fee.enabled()) {
            feeOvercharges(accountId, today, fee, now, count);
        }
        RuleSetting refund = rules.get(REFUND_RULE);
        if (refund != null && refund.enabled()) {
            refunds(accountId, today, refund, paid, now, count);
        }
        RuleSetting loss = rules.get(LOSS_RULE);
        if (loss != null && loss.enabled()) {
            losses(accountId, today, loss, now, count);
        }
        byCaseId(accountId, paid, now, count);
        Detection detection = new Detection(count.added, count.updated, count.reimbursed, count.dropped);
        if (count.added + count.updated > 0) {
            log.record(
                    null,
                    Operation.of(
                                    "finance.claims-detected",
                                    "Bosun found " + count.added + " new claims and updated " + count.updated)
                            .onAccount(accountId)
                            .subject("claims", Long.toString(accountId)));
        }
        return detection;
    }

    /** The account's claims in the given statuses (all when empty), the most recently detected first. */
    public List<Claim> ledger(long accountId, Collection<ClaimStatus> statuses) {
        return records.of(accountId, statuses);
    }

    public Optional<Claim> claim(long accountId, long claimId) {
        return records.find(accountId, claimId);
    }

    /** The claim's text in English, ready to paste into a Seller Central case. */
    public String text(Claim claim) {
        return ClaimLetter.of(claim);
    }

    /**
     * Moves a claim on as a person recorded it: submitted (with Amazon's case id), reimbursed (with the amount),
     * denied, dropped, or back to detected or submitted. Logged with who, when, before and after.
     *
     * @throws AccessDeniedException when the user is less than a specialist
     * @throws NoSuchElementException when the user may not see the account or it has no such claim
     * @throws IllegalArgumentException when the step is not allowed or a required value is missing
     */
    @Transactional
    public Claim change(CurrentUser user, long accountId, long claimId, ClaimChange change) {
        if (!directory.canAccess(user, accountId)) {
            throw new NoSuchElementException("no seller account " + accountId);
        }
        if (!mayChange(user)) {
            throw new AccessDeniedException("only a specialist or above may change claims");
        }
        records.lock(accountId);
        Claim claim =
                records.find(accountId, claimId).orElseThrow(() -> new NoSuchElementException("no claim " + claimId));
        ClaimStatus to = change.status();
        if (to == null || !claim.status().allows(to)) {
            throw new IllegalArgumentException("a " + claim.status().code() + " claim cannot become "
                    + (to == null ? "nothing" : to.code()) + "; it can become "
                    + claim.status().next().stream().map(ClaimStatus::code).collect(Collectors.joining(", ")));
        }
        if (to == ClaimStatus.SUBMITTED && change.caseId() == null && claim.caseId() == null) {
            throw new IllegalArgumentException("give Amazon's case id to mark a claim submitted");
        }
        if (change.caseId() != null && change.caseId().length() > 60) {
            throw new IllegalArgumentException("a case id has at most 60 characters");
        }
        BigDecimal amount = change.amountReimbursed();
        if (to == ClaimStatus.REIMBURSED) {
            if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
                throw new IllegalArgumentException("give the amount Amazon paid, 0 or more with at most 2 decimals");
            }
        } else {
            amount = null;
        }
        if (change.note() != null && change.note().length() > 2000) {
            throw new IllegalArgumentException("the note has " + change.note().length() + " characters; at most 2000");
        }
        records.move(
                accountId,
                claimId,
                claim.status(),
                to,
                change.caseId(),
                amount,
                null,
                change.note(),
                user.displayName(),
                clock.instant());
        Claim after = records.find(accountId, claimId).orElseThrow();
        log.record(
                user,
                Operation.of(
                                "finance.claim-status",
                                "Claim " + claimId + " (" + claim.kind().code() + ", " + claim.subject() + ") "
                                        + claim.status().code() + " → " + to.code())
                        .onAccount(accountId)
                        .subject("claim", Long.toString(claimId))
                        .change(values(claim), values(after))
                        .withNote(change.note()));
        return after;
    }

    // ------------------------------------------------------------------------------------------ fee overcharges

    private void feeOvercharges(long accountId, LocalDate today, RuleSetting rule, Instant now, Counter count) {
        BigDecimal minShare = rule.value("min-share");
        List<Overcharge> found = discrepancies.feeOvercharges(
                accountId, today.minusDays(rule.value("look-back-days").intValue()));
        List<Claim> existing = records.ofKind(accountId, ClaimKind.FEE_OVERCHARGE);
        Set<String> covered = new HashSet<>();
        Map<String, Claim> detected = new HashMap<>();
        for (Claim c : existing) {
            if (c.status() == ClaimStatus.DETECTED) {
                detected.put(group(c.key()), c);
            } else {
                c.evidence().lines().forEach(l -> covered.add(l.key()));
            }
        }
        Set<String> owed = new HashSet<>();
        for (Overcharge o : found) {
            if (o.share() != null && o.share().compareTo(minShare) < 0) {
                continue;
            }
            List<FeeLineCheck> open = o.lines().stream()
                    .filter(l -> !covered.contains(lineKey(l)))
                    .toList();
            if (open.isEmpty()) {
                continue;
            }
            String fee = o.kind() == FeeLineCheck.Kind.FBA_FEE ? "fba-fee" : "referral";
            String group = "fee-overcharge|" + fee + "|" + code(o.marketplace()) + "|" + o.sku();
            owed.add(group);
            BigDecimal amount = BigDecimal.ZERO;
            int units = 0;
            Set<String> orders = new HashSet<>();
            List<ClaimEvidence.Line> lines = new ArrayList<>();
            for (FeeLineCheck l : open) {
                amount = amount.add(l.difference());
                units += l.units();
                orders.add(l.orderId());
                lines.add(new ClaimEvidence.Line(
                        lineKey(l),
                        l.orderDate() != null ? l.orderDate() : l.postedDate(),
                        l.orderId(),
                        l.units(),
                        l.charged(),
                        l.expected(),
                        l.settlementId()));
            }
            FeeLineCheck latest = open.get(open.size() - 1);
            List<ClaimEvidence.Fact> facts = new ArrayList<>();
            put(facts, "fee", fee);
            put(facts, "charged-per-unit", plain(latest.chargedPerUnit()));
            put(facts, "expected-per-unit", plain(latest.expectedPerUnit()));
            put(facts, "size-tier", latest.sizeTier());
            put(facts, "charged-tier", latest.chargedTier());
            put(facts, "charged-weight", latest.chargedWeight());
            put(facts, "package", latest.packageText());
            put(facts, "category", latest.category());
            put(facts, "rate-card", latest.rateCard());
            put(facts, "orders", String.valueOf(orders.size()));
            put(facts, "first-order", String.valueOf(lines.get(0).date()));
            put(facts, "last-order", String.valueOf(lines.get(lines.size() - 1).date()));
            ClaimEvidence evidence = new ClaimEvidence(facts, lines);
            Claim current = detected.get(group);
            if (current != null) {
                if (records.refreshDetected(accountId, current.id(), amount, units, evidence, now)) {
                    count.updated++;
                }
                continue;
            }
            Claim claim = draft(
                    accountId,
                    group + "|" + open.get(0).settlementId() + "/" + open.get(0).lineNo(),
                    ClaimKind.FEE_OVERCHARGE,
                    o.marketplace(),
                    o.sku(),
                    o.fnsku(),
                    o.asin(),
                    null,
                    o.currency(),
                    amount,
                    units,
                    lines.get(0).date(),
                    null,
                    null,
                    evidence);
            if (records.addDetected(claim, now)) {
                count.added++;
            }
        }
        for (Map.Entry<String, Claim> e : detected.entrySet()) {
            if (!owed.contains(e.getKey())) {
                drop(accountId, e.getValue(), "the fee is no longer above what the rules call for", now, count);
            }
        }
    }

    private static String lineKey(FeeLineCheck l) {
        return l.settlementId() + "/" + l.lineNo() + "/" + l.part();
    }

    /** The key of a fee overcharge claim without the first line it covers: fee, marketplace and SKU. */
    private static String group(String key) {
        return key.substring(0, key.lastIndexOf('|'));
    }

    // ------------------------------------------------------------------------------------------ refunds

    private void refunds(
            long accountId, LocalDate today, RuleSetting rule, List<Reimbursement> paid, Instant now, Counter count) {
        int wait = rule.value("wait-days").intValue();
        int from = rule.value("claim-from-days").intValue();
        int until = rule.value("claim-until-days").intValue();
        Map<String, Claim> existing = new HashMap<>();
        records.ofKind(accountId, ClaimKind.REFUND_WITHOUT_RETURN).forEach(c -> existing.put(c.key(), c));
        for (UnreturnedRefunds.Unreturned u : discrepancies.unreturnedRefunds(accountId, today, wait, from, until)) {
            UnreturnedRefunds.Refund r = u.refund();
            String key = "refund-without-return|" + r.orderId() + "|" + r.sku();
            List<ClaimEvidence.Fact> facts = new ArrayList<>();
            put(facts, "units-refunded", String.valueOf(r.units()));
            put(facts, "units-returned", String.valueOf(u.unitsReturned()));
            put(facts, "refunded", plain(r.amount()));
            ClaimEvidence evidence = new ClaimEvidence(
                    facts,
                    List.of(new ClaimEvidence.Line(
                            r.orderId() + "|" + r.sku(),
                            r.refundedOn(),
                            r.orderId(),
                            r.units(),
                            r.amount(),
                            null,
                            r.settlementId())));
            Claim current = existing.get(key);
            if (current != null) {
                if (current.status() == ClaimStatus.DETECTED
                        && records.refreshDetected(
                                accountId, current.id(), u.owed(), u.unitsMissing(), evidence, now)) {
                    count.updated++;
                }
                continue;
            }
            Claim claim = draft(
                    accountId,
                    key,
                    ClaimKind.REFUND_WITHOUT_RETURN,
                    r.marketplace(),
                    r.sku(),
                    null,
                    null,
                    r.orderId(),
                    r.currency(),
                    u.owed(),
                    u.unitsMissing(),
                    r.refundedOn(),
                    u.claimableFrom(),
                    u.claimableUntil(),
                    evidence);
            if (records.addDetected(claim, now)) {
                count.added++;
            }
        }
        // Close what a reimbursement paid; drop detected claims whose unit came back.
        Set<String> stillUnreturned = discrepancies.unreturnedRefunds(accountId, today, 0, from, 3650).stream()
                .map(u -> "refund-without-return|" + u.refund().orderId() + "|"
                        + u.refund().sku())
                .collect(Collectors.toSet());
        Map<String, List<Reimbursement>> byOrder = new HashMap<>();
        paid.stream()
                .filter(p -> p.amazonOrderId() != null)
                .forEach(p -> byOrder.computeIfAbsent(p.amazonOrderId(), k -> new ArrayList<>())
                        .add(p));
        for (Claim c : records.ofKind(accountId, ClaimKind.REFUND_WITHOUT_RETURN)) {
            if (!c.status().open()) {
                continue;
            }
            List<Reimbursement> rows = byOrder.getOrDefault(c.orderId(), List.of()).stream()
                    .filter(p -> c.sku() == null || p.sku() == null || c.sku().equals(p.sku()))
                    .toList();
            if (!rows.isEmpty()) {
                reimburse(accountId, c, rows, now, count);
            } else if (c.status() == ClaimStatus.DETECTED && !stillUnreturned.contains(c.key())) {
                drop(accountId, c, "the unit came back to a fulfilment centre", now, count);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ losses

    private void losses(long accountId, LocalDate today, RuleSetting rule, Instant now, Counter count) {
        int wait = rule.value("wait-days").intValue();
        int window = rule.value("claim-window-days").intValue();
        Map<String, Claim> existing = new HashMap<>();
        records.ofKind(accountId, ClaimKind.UNREIMBURSED_LOSS).forEach(c -> existing.put(c.key(), c));
        for (Discrepancies.OwedLoss owed : discrepancies.unreimbursedLosses(accountId, today, wait, window)) {
            UnreimbursedLosses.Loss l = owed.loss();
            String key = lossKey(l);
            List<ClaimEvidence.Fact> facts = new ArrayList<>();
            put(facts, "loss", l.kind().name().toLowerCase(Locale.ROOT));
            put(facts, "reference", l.referenceId());
            put(facts, "fulfillment-center", l.fulfillmentCenter());
            put(facts, "units-lost", String.valueOf(l.units()));
            put(facts, "units-open", String.valueOf(owed.outcome().unitsOpen()));
            put(facts, "value-per-unit", owed.valuePerUnit() == null ? null : plain(owed.valuePerUnit()));
            put(facts, "value-source", owed.valueSource());
            ClaimEvidence evidence = new ClaimEvidence(
                    facts,
                    List.of(new ClaimEvidence.Line(
                            l.fnsku() + "|" + l.date(),
                            l.date(),
                            l.referenceId(),
                            owed.outcome().unitsOpen(),
                            owed.owed(),
                            null,
                            l.fulfillmentCenter())));
            Claim current = existing.get(key);
            if (current != null) {
                if (current.status() == ClaimStatus.DETECTED
                        && records.refreshDetected(
                                accountId,
                                current.id(),
                                owed.owed(),
                                owed.outcome().unitsOpen(),
                                evidence,
                                now)) {
                    count.updated++;
                }
                continue;
            }
            String currency = owed.currency() != null
                    ? owed.currency()
                    : l.marketplace() == null
                            ? "USD"
                            : l.marketplace().currency().getCurrencyCode();
            Claim claim = draft(
                    accountId,
                    key,
                    ClaimKind.UNREIMBURSED_LOSS,
                    l.marketplace(),
                    l.sku(),
                    l.fnsku(),
                    l.asin(),
                    null,
                    currency,
                    owed.owed(),
                    owed.outcome().unitsOpen(),
                    l.date(),
                    l.date(),
                    owed.claimableUntil(),
                    evidence);
            if (records.addDetected(claim, now)) {
                count.added++;
            }
        }
        Map<String, UnreimbursedLosses.Outcome> outcomes = new HashMap<>();
        discrepancies.lossOutcomes(accountId, today).forEach(o -> outcomes.merge(lossKey(o.loss()), o, (a, b) -> a));
        for (Claim c : records.ofKind(accountId, ClaimKind.UNREIMBURSED_LOSS)) {
            UnreimbursedLosses.Outcome o = outcomes.get(c.key());
            if (!c.status().open() || o == null || o.unitsOpen() > 0) {
                continue;
            }
            if (o.unitsReimbursed() > 0) {
                move(
                        accountId,
                        c,
                        ClaimStatus.REIMBURSED,
                        o.amountReimbursed(),
                        String.join(",", o.reimbursementIds()),
                        "reimbursed by Amazon",
                        now);
                count.reimbursed++;
            } else if (c.status() == ClaimStatus.DETECTED) {
                drop(accountId, c, "the units were found again", now, count);
            }
        }
    }

    private static String lossKey(UnreimbursedLosses.Loss l) {
        return "unreimbursed-loss|" + l.fnsku() + "|" + l.date() + "|"
                + l.kind().name().toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------------ closing

    /** Submitted claims whose case id a reimbursement names are paid. */
    private void byCaseId(long accountId, List<Reimbursement> paid, Instant now, Counter count) {
        Map<String, List<Reimbursement>> byCase = new HashMap<>();
        paid.stream()
                .filter(p -> p.caseId() != null && !p.caseId().isBlank())
                .forEach(p -> byCase.computeIfAbsent(p.caseId().strip(), k -> new ArrayList<>())
                        .add(p));
        if (byCase.isEmpty()) {
            return;
        }
        for (Claim c : records.of(accountId, List.of(ClaimStatus.SUBMITTED))) {
            List<Reimbursement> rows = c.caseId() == null ? List.of() : byCase.getOrDefault(c.caseId(), List.of());
            if (!rows.isEmpty()) {
                reimburse(accountId, c, rows, now, count);
            }
        }
    }

    private void reimburse(long accountId, Claim c, List<Reimbursement> rows, Instant now, Counter count) {
        BigDecimal amount = rows.stream()
                .map(Reimbursement::amountTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        String ids =
                rows.stream().map(Reimbursement::reimbursementId).distinct().collect(Collectors.joining(","));
        move(accountId, c, ClaimStatus.REIMBURSED, amount, ids, "reimbursement " + ids, now);
        count.reimbursed++;
    }

    private void drop(long accountId, Claim c, String why, Instant now, Counter count) {
        move(accountId, c, ClaimStatus.DROPPED, null, null, why, now);
        count.dropped++;
    }

    private void move(long accountId, Claim c, ClaimStatus to, BigDecimal amount, String ids, String why, Instant now) {
        if (!records.move(accountId, c.id(), c.status(), to, null, amount, ids, why, OperationsLog.BOSUN, now)) {
            return;
        }
        Claim after = records.find(accountId, c.id()).orElseThrow();
        log.record(
                null,
                Operation.of(
                                "finance.claim-status",
                                "Claim " + c.id() + " (" + c.kind().code() + ", " + c.subject() + ") "
                                        + c.status().code() + " → " + to.code() + ": " + why)
                        .onAccount(accountId)
                        .subject("claim", Long.toString(c.id()))
                        .change(values(c), values(after)));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static Claim draft(
            long accountId,
            String key,
            ClaimKind kind,
            dev.bosun.shared.Marketplace marketplace,
            String sku,
            String fnsku,
            String asin,
            String orderId,
            String currency,
            BigDecimal amount,
            Integer units,
            LocalDate eventDate,
            LocalDate from,
            LocalDate until,
            ClaimEvidence evidence) {
        return new Claim(
                0,
                accountId,
                key,
                kind,
                ClaimStatus.DETECTED,
                marketplace,
                sku,
                fnsku,
                asin,
                orderId,
                currency,
                amount,
                null,
                units,
                null,
                null,
                eventDate,
                from,
                until,
                evidence,
                null,
                null,
                null,
                null,
                null,
                null,
                OperationsLog.BOSUN,
                null);
    }

    private static Map<String, String> values(Claim c) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", c.status().code());
        if (c.caseId() != null) {
            values.put("case", c.caseId());
        }
        if (c.amountReimbursed() != null) {
            values.put("reimbursed", plain(c.amountReimbursed()) + " " + c.currency());
        }
        return values;
    }

    private static void put(List<ClaimEvidence.Fact> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new ClaimEvidence.Fact(key, value));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null
                ? null
                : value.setScale(Math.max(2, value.scale()), RoundingMode.HALF_UP)
                        .toPlainString();
    }

    private static String code(dev.bosun.shared.Marketplace marketplace) {
        return marketplace == null ? "-" : marketplace.code();
    }

    private static final class Counter {
        int added;
        int updated;
        int reimbursed;
        int dropped;
    }
}
