package dev.bosun.workflow;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.workflow.oplog.OperationsWorkbook;
import dev.bosun.workflow.oplog.db.Operations;
import dev.bosun.workflow.oplog.domain.ByHandWindow;
import dev.bosun.workflow.oplog.domain.DayRange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations log (操作记录): every change made in Bosun, and every change a user made elsewhere (Seller Central,
 * the Ads console) and recorded by hand, with who, when, what, the values before and after and the task or approval
 * it belongs to, for the team's review. Entries are only ever added.
 *
 * <p>Modules call {@link #record(CurrentUser, Operation)} in the transaction that makes the change, so an entry
 * exists exactly when the change does.
 */
@Service
public class OperationsLog {

    /** The kinds of change a user may record by hand; each has a message {@code oplog.type.<kind>}. */
    public static final List<String> BY_HAND_TYPES = List.of(
            "manual.bid",
            "manual.budget",
            "manual.price",
            "manual.listing",
            "manual.campaign",
            "manual.stock",
            "manual.other");

    /** The most entries a page shows. */
    public static final int PAGE_LIMIT = 500;

    /** The most entries one export holds. */
    public static final int EXPORT_LIMIT = 50_000;

    /** The name entries written by Bosun itself (no user) carry. */
    public static final String BOSUN = "Bosun";

    private final Operations operations;
    private final AccountDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    OperationsLog(Operations operations, AccountDirectory directory, MessageSource messages, Clock clock) {
        this.operations = operations;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Records a change made in Bosun. Joins the caller's transaction, so the entry disappears if the change is
     * rolled back.
     *
     * @param actor who made the change, or null for Bosun itself (then the operation must name an account)
     * @return the entry's id
     * @throws IllegalArgumentException when the account does not exist or belongs to another organisation than
     *     the actor's, or when neither an actor nor an account says whose log it is
     */
    @Transactional
    public long record(CurrentUser actor, Operation operation) {
        long organisationId = organisationOf(actor, operation);
        Instant now = clock.instant();
        Instant occurred = operation.occurredAt() == null ? now : operation.occurredAt();
        return operations.append(organisationId, operation, author(actor), false, occurred, now);
    }

    /**
     * Records a change the user made outside Bosun, e.g. a bid raised in Seller Central.
     *
     * @param operation of one of the {@link #BY_HAND_TYPES}, naming an account the user may see; when it
     *     happened ({@link Operation#occurredAt()}, default now) may lie up to 90 days back
     * @throws NoSuchElementException when the user may not see the account
     * @throws IllegalArgumentException when the type is not one for changes by hand or the time is implausible
     */
    @Transactional
    public long recordByHand(CurrentUser user, Operation operation) {
        if (operation.accountId() == null || !directory.canAccess(user, operation.accountId())) {
            throw new NoSuchElementException("no seller account " + operation.accountId());
        }
        if (!BY_HAND_TYPES.contains(operation.type())) {
            throw new IllegalArgumentException(
                    "changes recorded by hand are one of " + BY_HAND_TYPES + ", not " + operation.type());
        }
        Instant occurred = ByHandWindow.check(operation.occurredAt(), clock);
        return operations.append(user.organisationId(), operation, author(user), true, occurred, clock.instant());
    }

    /**
     * The entries of a seller account and the organisation-wide ones, newest first.
     *
     * @param zone the zone the filter's days are meant in
     * @throws NoSuchElementException when the user may not see the account
     */
    public List<LoggedOperation> search(
            CurrentUser viewer, long accountId, OperationFilter filter, ZoneId zone, int limit) {
        requireAccess(viewer, accountId);
        DayRange days = DayRange.of(filter.from(), filter.to(), zone);
        return operations.search(
                viewer.organisationId(),
                accountId,
                days.from(),
                days.until(),
                filter.userId(),
                filter.type(),
                filter.subject(),
                Math.max(1, Math.min(limit, EXPORT_LIMIT)));
    }

    /** The types of change found in the account's log, for a filter. */
    public List<String> types(CurrentUser viewer, long accountId) {
        requireAccess(viewer, accountId);
        return operations.types(viewer.organisationId(), accountId);
    }

    /** What happened to a task, oldest first. */
    public List<LoggedOperation> ofTask(CurrentUser viewer, long accountId, long taskId) {
        requireAccess(viewer, accountId);
        return operations.linkedTo(viewer.organisationId(), taskId, null).stream()
                .filter(o -> o.accountId() == null || o.accountId() == accountId)
                .toList();
    }

    /** What happened to an approval request, oldest first. */
    public List<LoggedOperation> ofApproval(CurrentUser viewer, long accountId, long approvalId) {
        requireAccess(viewer, accountId);
        return operations.linkedTo(viewer.organisationId(), null, approvalId).stream()
                .filter(o -> o.accountId() == null || o.accountId() == accountId)
                .toList();
    }

    /**
     * Writes the entries the filter selects (at most {@link #EXPORT_LIMIT}) as an xlsx workbook: one row per entry,
     * times in {@code zone}, headers and change types in {@code locale}.
     */
    public void exportXlsx(
            CurrentUser viewer, long accountId, OperationFilter filter, ZoneId zone, Locale locale, OutputStream out)
            throws IOException {
        SellerAccount account = directory
                .find(viewer, accountId)
                .orElseThrow(() -> new NoSuchElementException("no seller account " + accountId));
        List<LoggedOperation> rows = search(viewer, accountId, filter, zone, EXPORT_LIMIT);
        new OperationsWorkbook(messages, locale, zone)
                .write(account.name(), rows, type -> typeLabel(type, locale), out);
    }

    /** The name of a type of change in the reader's language, or the type itself when it has none. */
    public String typeLabel(String type, Locale locale) {
        return messages.getMessage("oplog.type." + type, null, type, locale);
    }

    private long organisationOf(CurrentUser actor, Operation operation) {
        if (operation.accountId() == null) {
            if (actor == null) {
                throw new IllegalArgumentException(
                        "an organisation-wide change needs the user who made it: no account and no user given");
            }
            return actor.organisationId();
        }
        SellerAccount account = directory
                .account(operation.accountId())
                .orElseThrow(() -> new IllegalArgumentException("no seller account " + operation.accountId()));
        if (actor != null && actor.organisationId() != account.organisationId()) {
            throw new IllegalArgumentException("seller account " + account.id() + " belongs to another organisation");
        }
        return account.organisationId();
    }

    private void requireAccess(CurrentUser viewer, long accountId) {
        if (!directory.canAccess(viewer, accountId)) {
            throw new NoSuchElementException("no seller account " + accountId);
        }
    }

    private static Operations.Author author(CurrentUser actor) {
        return actor == null
                ? new Operations.Author(null, BOSUN)
                : new Operations.Author(actor.id(), actor.displayName());
    }
}
