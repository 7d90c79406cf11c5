package dev.bosun.workflow;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.workflow.ApprovalRefusedException.Reason;
import dev.bosun.workflow.approvals.db.ApprovalPolicies;
import dev.bosun.workflow.approvals.db.ApprovalRequests;
import dev.bosun.workflow.approvals.domain.ApprovalRules;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Maker-checker approvals (二次确认 / 权限分离) for risky changes. A module describes a change as a
 * {@link ChangeProposal} and hands it to {@link #propose}; when the organisation's {@link ApprovalPolicy} asks for
 * approval it becomes a request that a second user of the required role approves or rejects, and once approved the
 * module's {@link ApprovedChangeExecutor} applies it. Every step is written to the {@link OperationsLog}.
 *
 * <p>The guarantees, each enforced here and tested: nobody approves or rejects their own request; only users of the
 * required role (the stricter of the policy when requested and the policy now) decide; a request is decided once, so
 * a replayed approval or an approval of a rejected request is refused; a request's content never changes (a revised
 * change is a new request); and requests of accounts or organisations the user may not see do not exist for them.
 */
@Service
public class Approvals {

    /** How many decided requests and own requests the inbox shows. */
    public static final int HISTORY_LIMIT = 200;

    private static final Logger log = LoggerFactory.getLogger(Approvals.class);

    private final Map<String, ApprovedChangeExecutor> executors;
    private final ApprovalRequests requests;
    private final ApprovalPolicies policies;
    private final AccountDirectory directory;
    private final Team team;
    private final OperationsLog operations;
    private final TransactionTemplate savepoint;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Approvals(
            List<ApprovedChangeExecutor> executors,
            ApprovalRequests requests,
            ApprovalPolicies policies,
            AccountDirectory directory,
            Team team,
            OperationsLog operations,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.executors = executors.stream()
                .collect(Collectors.toMap(
                        ApprovedChangeExecutor::operationType,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalStateException("two executors for operation type " + a.operationType()
                                    + ": " + a.getClass().getName() + " and "
                                    + b.getClass().getName());
                        },
                        LinkedHashMap::new));
        this.requests = requests;
        this.policies = policies;
        this.directory = directory;
        this.team = team;
        this.operations = operations;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.events = events;
        this.clock = clock;
    }

    /** The operation types modules have registered executors for. */
    public List<String> operationTypes() {
        return List.copyOf(executors.keySet());
    }

    /** The policy in force for an operation type: the organisation's own, else the executor's default. */
    public ApprovalPolicy policy(long organisationId, String operationType) {
        ApprovedChangeExecutor executor = executor(operationType);
        return policies.find(organisationId, operationType).orElseGet(executor::defaultPolicy);
    }

    /** The policies in force for every registered operation type. */
    public List<ApprovalPolicy> policies(long organisationId) {
        return executors.keySet().stream().map(t -> policy(organisationId, t)).toList();
    }

    /** The least role a policy of the type may let approve. */
    public Role leastApprover(String operationType) {
        return executor(operationType).leastApprover();
    }

    /** Whether the user may change the organisation's policies: store managers and administrators. */
    public static boolean mayEditPolicies(CurrentUser user) {
        return user.role().atLeast(Role.STORE_MANAGER);
    }

    /**
     * Sets the organisation's policy for an operation type (logged).
     *
     * @throws AccessDeniedException when the user is less than a store manager
     * @throws IllegalArgumentException when the type is unknown or the approver role is below the executor's least
     */
    @Transactional
    public void setPolicy(CurrentUser user, ApprovalPolicy policy) {
        if (!mayEditPolicies(user)) {
            throw new AccessDeniedException("only store managers and administrators change approval policies");
        }
        ApprovedChangeExecutor executor = executor(policy.operationType());
        if (!policy.approverRole().atLeast(executor.leastApprover())) {
            throw new IllegalArgumentException("changes of type " + policy.operationType() + " need at least a "
                    + executor.leastApprover() + " to approve, not a " + policy.approverRole());
        }
        ApprovalPolicy old = policy(user.organisationId(), policy.operationType());
        policies.save(user.organisationId(), policy, user.username(), clock.instant());
        operations.record(
                user,
                Operation.of("approval.policy", policy.operationType())
                        .subject("operation", policy.operationType())
                        .change(describe(old), describe(policy)));
    }

    /**
     * Whether the change needs approval for this user: the policy requires it, the user is not exempt, and the change
     * exceeds the policy's thresholds.
     */
    public boolean needsApproval(CurrentUser user, ChangeProposal proposal) {
        ApprovalPolicy policy = policy(user.organisationId(), proposal.operationType());
        return policy.required()
                && !ApprovalRules.exempt(user.role(), policy.exemptRole())
                && ApprovalRules.exceeds(
                        policy.thresholdPercent(),
                        policy.thresholdAmount(),
                        proposal.beforeAmount(),
                        proposal.afterAmount());
    }

    /**
     * Applies the change at once when the policy lets this user, else submits it for approval.
     *
     * @throws NoSuchElementException when the user may not see the account
     * @throws IllegalArgumentException when the type is unknown or the executor finds the proposal malformed
     */
    @Transactional
    public ProposalOutcome propose(CurrentUser user, ChangeProposal proposal) {
        requireAccess(user, proposal.accountId());
        ApprovedChangeExecutor executor = executor(proposal.operationType());
        executor.check(proposal, user);
        if (needsApproval(user, proposal)) {
            return new ProposalOutcome(false, submitChecked(user, proposal, null));
        }
        CurrentUser self = fresh(user);
        executor.execute(new ApprovedChange(
                0,
                self.organisationId(),
                proposal.accountId(),
                proposal.operationType(),
                proposal.subjectType(),
                proposal.subjectId(),
                proposal.before(),
                proposal.after(),
                proposal.beforeAmount(),
                proposal.afterAmount(),
                self.id(),
                self.displayName(),
                self));
        operations.record(
                self,
                Operation.of(proposal.operationType(), proposal.subjectShown())
                        .onAccount(proposal.accountId())
                        .subject(proposal.subjectType(), proposal.subjectId())
                        .change(proposal.before(), proposal.after())
                        .withNote(proposal.reason()));
        return new ProposalOutcome(true, null);
    }

    /**
     * Submits a change for approval, whatever the policy says.
     *
     * @throws NoSuchElementException when the user may not see the account
     * @throws IllegalArgumentException when the type is unknown or the executor finds the proposal malformed
     */
    @Transactional
    public ApprovalRequest submit(CurrentUser user, ChangeProposal proposal) {
        requireAccess(user, proposal.accountId());
        executor(proposal.operationType()).check(proposal, user);
        return submitChecked(user, proposal, null);
    }

    /**
     * Approves a pending request and has the owning module apply it, in this transaction. When the module cannot,
     * the request ends {@link ApprovalStatus#FAILED} with the reason and the module's writes are undone.
     *
     * @param note the approver's comment, or null
     * @throws NoSuchElementException when the request does not exist for this user (another account or tenant)
     * @throws ApprovalRefusedException for one's own request, without the required role, or when already decided
     */
    @Transactional
    public ApprovalRequest approve(CurrentUser approver, long accountId, long requestId, String note) {
        CurrentUser decider = fresh(approver);
        ApprovalRequest request = lockDecidable(decider, accountId, requestId);
        ApprovedChangeExecutor executor = executor(request.operationType());
        ApprovedChange change = new ApprovedChange(
                request.id(),
                decider.organisationId(),
                request.accountId(),
                request.operationType(),
                request.subjectType(),
                request.subjectId(),
                request.before(),
                request.after(),
                request.beforeAmount(),
                request.afterAmount(),
                request.requestedBy(),
                request.requestedByName(),
                decider);
        String error = null;
        try {
            savepoint.executeWithoutResult(status -> executor.execute(change));
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.info("approved request {} could not be applied: {}", request.id(), error);
        }
        Instant now = clock.instant();
        ApprovalStatus outcome = error == null ? ApprovalStatus.EXECUTED : ApprovalStatus.FAILED;
        String comment = blankToNull(note);
        if (!requests.decide(
                request.id(),
                outcome,
                decider.id(),
                decider.displayName(),
                now,
                comment,
                error == null ? now : null,
                limit(error))) {
            throw new ApprovalRefusedException(Reason.DECIDED, "request " + requestId + " was decided meanwhile");
        }
        Operation entry = error == null
                ? Operation.of(request.operationType(), request.subjectShown()).withNote(comment)
                : Operation.of("approval.failed", request.subjectShown()).withNote(limit(error));
        operations.record(
                decider,
                entry.onAccount(request.accountId())
                        .subject(request.subjectType(), request.subjectId())
                        .change(request.before(), request.after())
                        .forApproval(request.id()));
        events.publishEvent(
                new ApprovalDecided(request.accountId(), request.id(), request.requestedBy(), decider.id(), outcome));
        return requests.find(decider.organisationId(), accountId, requestId).orElseThrow();
    }

    /**
     * Rejects a pending request with the reason, which is kept.
     *
     * @throws IllegalArgumentException when the reason is blank
     * @throws NoSuchElementException when the request does not exist for this user
     * @throws ApprovalRefusedException for one's own request, without the required role, or when already decided
     */
    @Transactional
    public ApprovalRequest reject(CurrentUser approver, long accountId, long requestId, String reason) {
        String why = blankToNull(reason);
        if (why == null) {
            throw new IllegalArgumentException("say why the change is rejected: the reason is kept for the requester");
        }
        CurrentUser decider = fresh(approver);
        ApprovalRequest request = lockDecidable(decider, accountId, requestId);
        if (!requests.decide(
                request.id(),
                ApprovalStatus.REJECTED,
                decider.id(),
                decider.displayName(),
                clock.instant(),
                limit(why),
                null,
                null)) {
            throw new ApprovalRefusedException(Reason.DECIDED, "request " + requestId + " was decided meanwhile");
        }
        operations.record(
                decider,
                Operation.of("approval.rejected", request.subjectShown())
                        .onAccount(request.accountId())
                        .subject(request.subjectType(), request.subjectId())
                        .change(request.before(), request.after())
                        .withNote(why)
                        .forApproval(request.id()));
        events.publishEvent(new ApprovalDecided(
                request.accountId(), request.id(), request.requestedBy(), decider.id(), ApprovalStatus.REJECTED));
        return requests.find(decider.organisationId(), accountId, requestId).orElseThrow();
    }

    /**
     * Takes back one's own pending request.
     *
     * @throws ApprovalRefusedException when it is someone else's request or no longer pending
     */
    @Transactional
    public ApprovalRequest withdraw(CurrentUser requester, long accountId, long requestId) {
        ApprovalRequest request = lockOwnPending(requester, accountId, requestId);
        withdrawLocked(requester, request, null);
        return requests.find(requester.organisationId(), accountId, requestId).orElseThrow();
    }

    /**
     * Replaces one's own pending request by a changed one: the old request is withdrawn and a new one, pointing
     * back to it, waits for approval. A decided request cannot be revised; propose the change anew instead.
     *
     * @throws ApprovalRefusedException when it is someone else's request or no longer pending
     * @throws IllegalArgumentException when the revision is of another account, type or subject
     */
    @Transactional
    public ApprovalRequest revise(CurrentUser requester, long accountId, long requestId, ChangeProposal revised) {
        ApprovalRequest request = lockOwnPending(requester, accountId, requestId);
        if (revised.accountId() != request.accountId()
                || !revised.operationType().equals(request.operationType())
                || !revised.subjectType().equals(request.subjectType())
                || !revised.subjectId().equals(request.subjectId())) {
            throw new IllegalArgumentException(
                    "a revision changes the values or the reason of the same subject; anything else is a new request");
        }
        executor(revised.operationType()).check(revised, requester);
        ApprovalRequest replacement = submitChecked(requester, revised, request.id());
        withdrawLocked(requester, request, "replaced by request " + replacement.id());
        return replacement;
    }

    /**
     * A request of an account the user may see.
     *
     * @throws NoSuchElementException when there is none for this user
     */
    public ApprovalRequest request(CurrentUser user, long accountId, long requestId) {
        requireAccess(user, accountId);
        return requests.find(user.organisationId(), accountId, requestId)
                .orElseThrow(() -> new NoSuchElementException("no approval request " + requestId));
    }

    /** Why the user may not decide the request, if they may not (for pages: whether to show the buttons). */
    public Optional<Reason> refusal(CurrentUser user, ApprovalRequest request) {
        Role now = executors.containsKey(request.operationType())
                ? policy(user.organisationId(), request.operationType()).approverRole()
                : Role.ADMIN;
        Role required = ApprovalRules.stricter(request.approverRole(), now);
        return ApprovalRules.refusal(request.status(), request.requestedBy(), user.id(), user.role(), required);
    }

    /** Pending requests the user may decide, their own requests, and the decided ones, over their accounts. */
    public ApprovalInbox inbox(CurrentUser user) {
        List<Long> accountIds =
                directory.accessibleTo(user).stream().map(SellerAccount::id).toList();
        List<ApprovalRequest> pending =
                requests.ofAccounts(user.organisationId(), accountIds, EnumSet.of(ApprovalStatus.PENDING), 1000);
        List<ApprovalRequest> waiting = pending.stream()
                .filter(r -> executors.containsKey(r.operationType()))
                .filter(r -> refusal(user, r).isEmpty())
                .toList();
        List<ApprovalRequest> mine = requests.requestedBy(user.organisationId(), user.id(), HISTORY_LIMIT).stream()
                .filter(r -> accountIds.contains(r.accountId()))
                .toList();
        List<ApprovalRequest> history = requests.ofAccounts(
                user.organisationId(),
                accountIds,
                EnumSet.complementOf(EnumSet.of(ApprovalStatus.PENDING)),
                HISTORY_LIMIT);
        return new ApprovalInbox(waiting, mine, history);
    }

    private ApprovalRequest submitChecked(CurrentUser user, ChangeProposal proposal, Long replaces) {
        CurrentUser requester = fresh(user);
        ApprovalPolicy policy = policy(requester.organisationId(), proposal.operationType());
        Role approverRole = ApprovalRules.stricter(policy.approverRole(), leastApprover(proposal.operationType()));
        long id = requests.insert(
                requester.organisationId(),
                proposal,
                approverRole,
                requester.id(),
                requester.displayName(),
                clock.instant(),
                replaces);
        operations.record(
                requester,
                Operation.of("approval.requested", proposal.subjectShown())
                        .onAccount(proposal.accountId())
                        .subject(proposal.subjectType(), proposal.subjectId())
                        .change(proposal.before(), proposal.after())
                        .withNote(proposal.reason())
                        .forApproval(id));
        events.publishEvent(new ApprovalRequested(
                proposal.accountId(), id, proposal.operationType(), requester.id(), approverRole));
        return requests.find(requester.organisationId(), proposal.accountId(), id)
                .orElseThrow();
    }

    private ApprovalRequest lockDecidable(CurrentUser decider, long accountId, long requestId) {
        requireAccess(decider, accountId);
        ApprovalRequest request = requests.lock(decider.organisationId(), accountId, requestId)
                .orElseThrow(() -> new NoSuchElementException("no approval request " + requestId));
        Optional<Reason> refused = refusal(decider, request);
        if (refused.isPresent()) {
            throw new ApprovalRefusedException(
                    refused.get(),
                    switch (refused.get()) {
                        case DECIDED ->
                            "request " + requestId + " is " + request.status() + " already; decisions are final";
                        case OWN_REQUEST -> "nobody decides their own request";
                        case ROLE ->
                            "request " + requestId + " needs a higher role than " + decider.role() + " to decide";
                        case NOT_REQUESTER -> "only the requester may do this";
                    });
        }
        return request;
    }

    private ApprovalRequest lockOwnPending(CurrentUser requester, long accountId, long requestId) {
        requireAccess(requester, accountId);
        ApprovalRequest request = requests.lock(requester.organisationId(), accountId, requestId)
                .orElseThrow(() -> new NoSuchElementException("no approval request " + requestId));
        if (request.requestedBy() != requester.id()) {
            throw new ApprovalRefusedException(Reason.NOT_REQUESTER, "only the requester may withdraw or revise");
        }
        if (request.status().decided()) {
            throw new ApprovalRefusedException(
                    Reason.DECIDED,
                    "request " + requestId + " is " + request.status() + " and cannot change; propose the change anew");
        }
        return request;
    }

    private void withdrawLocked(CurrentUser requester, ApprovalRequest request, String note) {
        if (!requests.decide(
                request.id(),
                ApprovalStatus.WITHDRAWN,
                requester.id(),
                requester.displayName(),
                clock.instant(),
                note,
                null,
                null)) {
            throw new ApprovalRefusedException(Reason.DECIDED, "request " + request.id() + " was decided meanwhile");
        }
        operations.record(
                requester,
                Operation.of("approval.withdrawn", request.subjectShown())
                        .onAccount(request.accountId())
                        .subject(request.subjectType(), request.subjectId())
                        .withNote(note)
                        .forApproval(request.id()));
        events.publishEvent(new ApprovalDecided(
                request.accountId(), request.id(), request.requestedBy(), requester.id(), ApprovalStatus.WITHDRAWN));
    }

    /** The user as the database knows them now: a demoted or disabled user loses their rights at once. */
    private CurrentUser fresh(CurrentUser user) {
        return team.find(user.id())
                .filter(u -> u.organisationId() == user.organisationId())
                .orElseThrow(() -> new AccessDeniedException("unknown user " + user.username()));
    }

    private void requireAccess(CurrentUser user, long accountId) {
        if (!directory.canAccess(user, accountId)) {
            throw new NoSuchElementException("no seller account " + accountId);
        }
    }

    private ApprovedChangeExecutor executor(String operationType) {
        ApprovedChangeExecutor executor = executors.get(operationType);
        if (executor == null) {
            throw new IllegalArgumentException(
                    "no module applies changes of type " + operationType + "; known: " + executors.keySet());
        }
        return executor;
    }

    private static Map<String, String> describe(ApprovalPolicy p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("required", String.valueOf(p.required()));
        values.put("approver", p.approverRole().name());
        values.put("exempt", p.exemptRole() == null ? "" : p.exemptRole().name());
        values.put(
                "threshold %",
                p.thresholdPercent() == null ? "" : p.thresholdPercent().toPlainString());
        values.put(
                "threshold amount",
                p.thresholdAmount() == null ? "" : p.thresholdAmount().toPlainString());
        return values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String limit(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
