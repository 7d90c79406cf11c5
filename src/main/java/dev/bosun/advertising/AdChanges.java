package dev.bosun.advertising;

import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.advertising.changes.AdChangeApprovals;
import dev.bosun.advertising.changes.BulkSheetWriter;
import dev.bosun.advertising.changes.SearchTermChanges;
import dev.bosun.advertising.db.RequestedChanges;
import dev.bosun.advertising.db.RequestedChanges.ExportFile;
import dev.bosun.advertising.domain.ChangeOutcome;
import dev.bosun.shared.Marketplace;
import dev.bosun.workflow.ApprovalRequest;
import dev.bosun.workflow.Approvals;
import dev.bosun.workflow.ChangeProposal;
import dev.bosun.workflow.Operation;
import dev.bosun.workflow.OperationsLog;
import dev.bosun.workflow.ProposalOutcome;
import dev.bosun.workflow.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ad changes from proposal to watched outcome. A proposal of any kind, as a {@link ProposedAdChange} (bulk-sheet
 * rows, evidence, expected effect, watched figures), is requested for approval through the workflow's maker-checker
 * flow (type {@code advertising.change}); approved changes of a marketplace go out together as one Sponsored
 * Products bulk sheet (logged, kept for download); from the export on, each change's figures are compared with the
 * 14 days before it after 7 and 14 days.
 *
 * <p>Statuses: proposed → requested → approved or rejected (or withdrawn, or failed) → exported. Callers check the
 * user's access to the account; the approval flow checks it again.
 */
@Service
public class AdChanges {

    /** The days before an export whose figures are the baseline. */
    public static final int BASELINE_DAYS = 14;

    /** The windows after an export at which a change's outcome is reported. */
    public static final List<Integer> WATCH_DAYS = List.of(7, 14);

    /** The most changes the history shows. */
    public static final int HISTORY_LIMIT = 500;

    private final RequestedChanges store;
    private final List<AdChangeSource> sources;
    private final Approvals approvals;
    private final OperationsLog log;
    private final MessageSource messages;
    private final Clock clock;

    AdChanges(
            RequestedChanges store,
            List<AdChangeSource> sources,
            Approvals approvals,
            OperationsLog log,
            MessageSource messages,
            Clock clock) {
        this.store = store;
        this.sources = List.copyOf(sources);
        this.approvals = approvals;
        this.log = log;
        this.messages = messages;
        this.clock = clock;
    }

    /** The key a search-term proposal's change is stored under. */
    public static String key(SearchTermProposal proposal) {
        return SearchTermChanges.key(proposal);
    }

    /**
     * The proposals of the date with the given keys, as changes, from the source each key belongs to (search terms,
     * and whichever other proposal kinds register an {@link AdChangeSource}).
     *
     * @throws AdChangeException when no key is given, a key is not proposed (any more), or the structure lacks the
     *     ids a change needs
     */
    public List<ProposedAdChange> proposedChanges(long accountId, LocalDate date, Collection<String> keys) {
        Set<String> wanted = new LinkedHashSet<>(keys);
        if (wanted.isEmpty()) {
            throw new AdChangeException("ads.changes.error.none-chosen", "Choose at least one proposal");
        }
        Map<AdChangeSource, Set<String>> bySource = new LinkedHashMap<>();
        for (String key : wanted) {
            AdChangeSource source = sources.stream()
                    .filter(s -> s.owns(key))
                    .findFirst()
                    .orElseThrow(() -> new AdChangeException(
                            "ads.changes.error.stale",
                            "\"" + key + "\" is no proposal Bosun makes: reload the proposals",
                            key));
            bySource.computeIfAbsent(source, s -> new LinkedHashSet<>()).add(key);
        }
        List<ProposedAdChange> changes = new ArrayList<>();
        bySource.forEach((source, own) -> changes.addAll(source.changes(accountId, date, own)));
        return changes;
    }

    /**
     * Submits each change for approval (or approves it at once when the organisation's policy lets the user), all
     * or none: a change whose proposal is already on its way (requested, approved, exported) refuses the lot.
     *
     * @param note the requester's words, or null
     * @param locale the language the reason (evidence and expected effect) is written in
     * @return the stored changes, each requested or approved
     * @throws AdChangeException when a proposal is already on its way
     */
    @Transactional
    public List<RequestedAdChange> request(
            CurrentUser user, long accountId, List<ProposedAdChange> proposals, String note, Locale locale) {
        Map<String, RequestedAdChange> open = store.latestByKey(
                accountId, proposals.stream().map(ProposedAdChange::key).toList());
        for (ProposedAdChange p : proposals) {
            RequestedAdChange existing = open.get(p.key());
            if (existing != null && existing.status().open()) {
                throw new AdChangeException(
                        "ads.changes.error.open",
                        "\"" + p.label() + "\" is already " + existing.status().code() + " (change " + existing.id()
                                + ")",
                        p.label(),
                        String.valueOf(existing.id()));
            }
        }
        Instant now = clock.instant();
        List<RequestedAdChange> requested = new ArrayList<>();
        for (ProposedAdChange p : proposals) {
            String reason = reason(p, note, locale);
            long id = store.insert(accountId, p, reason, user.username(), now);
            ProposalOutcome outcome = approvals.propose(user, proposal(accountId, id, p, reason));
            if (outcome.waitingForApproval()) {
                store.requested(id, outcome.request().id());
            }
            requested.add(store.find(accountId, id).orElseThrow());
        }
        return requested;
    }

    /** The newest change of each proposal key, for showing a proposal's status. */
    public Map<String, RequestedAdChange> latestByKey(long accountId, Collection<String> keys) {
        return store.latestByKey(accountId, keys);
    }

    /** The newest changes first. */
    public List<RequestedAdChange> history(long accountId) {
        return store.latest(accountId, HISTORY_LIMIT);
    }

    public Optional<RequestedAdChange> change(long accountId, long id) {
        return store.find(accountId, id);
    }

    /**
     * Approves the change's request (the approval flow refuses the requester and those without the role).
     *
     * @throws NoSuchElementException when there is no such change waiting for approval
     */
    @Transactional
    public ApprovalRequest approve(CurrentUser user, long accountId, long changeId, String note) {
        return approvals.approve(user, accountId, approvalOf(accountId, changeId), note);
    }

    /** Rejects the change's request with the reason. */
    @Transactional
    public ApprovalRequest reject(CurrentUser user, long accountId, long changeId, String reason) {
        return approvals.reject(user, accountId, approvalOf(accountId, changeId), reason);
    }

    /** Whether the user may approve or reject the change's pending request (not their own, the role needed). */
    public boolean mayDecide(CurrentUser user, RequestedAdChange change) {
        if (change.approvalId() == null || change.status() != ChangeStatus.REQUESTED) {
            return false;
        }
        try {
            return approvals
                    .refusal(user, approvals.request(user, change.accountId(), change.approvalId()))
                    .isEmpty();
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    private long approvalOf(long accountId, long changeId) {
        RequestedAdChange change = store.find(accountId, changeId)
                .orElseThrow(() -> new NoSuchElementException("no ad change " + changeId));
        if (change.approvalId() == null) {
            throw new NoSuchElementException("ad change " + changeId + " has no approval request");
        }
        return change.approvalId();
    }

    /** The changes approved and not yet exported, of a marketplace (or all). */
    public List<RequestedAdChange> approved(long accountId, Marketplace marketplace) {
        return store.withStatus(accountId, ChangeStatus.APPROVED, marketplace);
    }

    /**
     * Writes the approved changes of a marketplace as one Sponsored Products bulk sheet, keeps it, marks the changes
     * exported with the baseline they will be watched against, and logs who exported which changes.
     *
     * @throws AccessDeniedException for an assistant
     * @throws AdChangeException when no change of the marketplace is approved
     */
    @Transactional
    public ExportFile export(CurrentUser user, long accountId, Marketplace marketplace) {
        if (!user.role().atLeast(Role.SPECIALIST)) {
            throw new AccessDeniedException("bulk sheets are exported by specialists and above");
        }
        List<RequestedAdChange> changes = store.approvedForExport(accountId, marketplace);
        if (changes.isEmpty()) {
            throw new AdChangeException(
                    "ads.changes.error.nothing-approved",
                    "No approved change of " + marketplace.code() + " waits for a bulk sheet",
                    marketplace.code());
        }
        List<AdChange> rows =
                changes.stream().flatMap(c -> c.proposal().changes().stream()).toList();
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, marketplace.zone());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // a campaign the changes create starts on the day the sheet is written
            BulkSheetWriter.write(rows, day, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "bosun-sp-bulk-" + marketplace.code() + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(now.atZone(marketplace.zone())) + ".xlsx";
        int rowCount = BulkSheetWriter.rows(rows, day).size();
        long exportId = store.insertExport(
                accountId, marketplace, name, out.toByteArray(), changes.size(), rowCount, user.username(), now);
        for (RequestedAdChange c : changes) {
            WatchScope scope = c.proposal().watch();
            LocalDate from = day.minusDays(BASELINE_DAYS);
            LocalDate to = day.minusDays(1);
            store.exported(
                    c.id(),
                    exportId,
                    day,
                    new RequestedAdChange.Baseline(from, to, store.figures(accountId, marketplace, scope, from, to)));
        }
        String ids = changes.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(", "));
        String labels = changes.stream().map(c -> c.proposal().label()).collect(Collectors.joining("; "));
        log.record(
                user,
                Operation.of(
                                "advertising.bulk-sheet",
                                "Bulk sheet " + marketplace.code() + ": " + changes.size() + " changes, " + rowCount
                                        + " rows")
                        .onAccount(accountId)
                        .subject("ad-export", String.valueOf(exportId))
                        .change(Map.of(), ordered("file", name, "changes", cut(ids, 1000)))
                        .withNote(cut(labels, 2000)));
        return store.export(accountId, exportId).orElseThrow();
    }

    public Optional<ExportFile> exportFile(long accountId, long exportId) {
        return store.export(accountId, exportId);
    }

    /** The bulk sheets written, newest first (without their content). */
    public List<ExportFile> exports(long accountId) {
        return store.exports(accountId, 100);
    }

    /**
     * The change's outcomes as of {@code today}: after 7 and after 14 days, each once the window has ended (the day
     * before today at the latest) and the report of the watched level has rows of its last day. Empty before.
     */
    public List<ChangeOutcome> outcomes(RequestedAdChange change, LocalDate today) {
        if (change.status() != ChangeStatus.EXPORTED || change.baseline() == null || change.exportedOn() == null) {
            return List.of();
        }
        ProposedAdChange p = change.proposal();
        List<ChangeOutcome> outcomes = new ArrayList<>();
        for (int days : WATCH_DAYS) {
            LocalDate from = change.exportedOn().plusDays(1);
            LocalDate to = change.exportedOn().plusDays(days);
            if (!to.isBefore(today)
                    || !store.reportedThrough(
                            change.accountId(), p.marketplace(), p.watch().level(), to)) {
                continue;
            }
            outcomes.add(ChangeOutcome.judge(
                    p.expected(),
                    change.baseline().figures(),
                    change.baseline().days(),
                    store.figures(change.accountId(), p.marketplace(), p.watch(), from, to),
                    from,
                    to));
        }
        return outcomes;
    }

    /** Exported changes whose watch may still report on the day: exported in the 35 days before it. */
    public List<RequestedAdChange> watched(long accountId, LocalDate day) {
        return store.exportedSince(accountId, day.minusDays(35));
    }

    private ChangeProposal proposal(long accountId, long id, ProposedAdChange p, String reason) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        int n = 1;
        for (AdChange c : p.changes()) {
            String name =
                    n++ + ". " + c.entity().label() + " · " + c.operation().label()
                            + (c.field() == null || c.operation() == AdChange.Operation.CREATE
                                    ? ""
                                    : " · " + c.field().column());
            before.put(name, c.before() == null ? "" : c.before());
            after.put(name, describe(c));
        }
        return new ChangeProposal(
                accountId,
                AdChangeApprovals.OPERATION,
                AdChangeApprovals.SUBJECT,
                String.valueOf(id),
                cut(p.label(), 300),
                before,
                after,
                null,
                null,
                cut(reason, 2000),
                null);
    }

    /** A row in words: what, where, and the value set. */
    static String describe(AdChange c) {
        StringBuilder text = new StringBuilder();
        if (c.keywordText() != null) {
            text.append('"').append(c.keywordText()).append('"');
            if (c.matchType() != null) {
                text.append(" (").append(c.matchType()).append(')');
            }
            text.append(' ');
        }
        if (c.field() != null && c.after() != null) {
            text.append(c.field().column()).append(' ').append(c.after()).append(' ');
        }
        text.append("· ").append(c.campaignName());
        if (c.adGroupName() != null) {
            text.append(" / ").append(c.adGroupName());
        }
        return text.toString();
    }

    /** The reason in the requester's language: their note, the evidence figure by figure, the expected effect. */
    String reason(ProposedAdChange p, String note, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (note != null && !note.isBlank()) {
            parts.add(note.strip());
        }
        List<String> figures = new ArrayList<>();
        p.evidence().forEach((name, value) -> {
            String shown = name.equals("reason")
                    ? messages.getMessage("ads.changes.reason." + value, null, value, locale)
                    : value;
            figures.add(messages.getMessage("ads.changes.figure." + name, null, name, locale) + ": " + shown);
        });
        if (!figures.isEmpty()) {
            parts.add(messages.getMessage("ads.changes.evidence", new Object[] {String.join("; ", figures)}, locale));
        }
        parts.add(expectedText(p.expected(), p.currency(), locale));
        return String.join("\n", parts);
    }

    /** The expected effect in words, e.g. "Expected: spend per week down (about 14.00 USD)". */
    public String expectedText(ExpectedEffect e, String currency, Locale locale) {
        String metric = messages.getMessage("ads.changes.metric." + e.metric().code(), null, locale);
        String value = e.value() == null ? "–" : valueText(e.metric(), e.value(), currency);
        return messages.getMessage(
                "ads.changes.expected." + e.direction().code(), new Object[] {metric, value}, locale);
    }

    /** A watched figure as text: ACoS as a percentage, money with its currency, orders as a number. */
    public static String valueText(ExpectedEffect.Metric metric, java.math.BigDecimal value, String currency) {
        if (value == null) {
            return "–";
        }
        return switch (metric) {
            case ACOS -> Unit.RATE.format(value);
            case SPEND, SALES -> Unit.MONEY.format(value) + " " + currency;
            case ORDERS -> Unit.NUMBER.format(value);
        };
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
