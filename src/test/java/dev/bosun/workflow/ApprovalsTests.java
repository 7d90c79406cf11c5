package dev.bosun.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.CurrentUser;
import dev.bosun.accounts.Role;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.accounts.Team;
import dev.bosun.finance.FeeCalculator;
import dev.bosun.finance.RateCardEdits;
import dev.bosun.finance.RateSheet;
import dev.bosun.finance.RateValueChangeExecutor;
import dev.bosun.shared.Marketplace;
import dev.bosun.testing.BosunTest;
import dev.bosun.testing.Fixtures;
import dev.bosun.workflow.ApprovalRefusedException.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Maker-checker approvals end to end on the rate card values of finance, and every way around them we could think
 * of: approving one's own request, approving without the role (or with a role taken away meanwhile), approving twice,
 * approving a rejected request, editing a request after (or before) the decision, and reaching another tenant's
 * request. Each test works in an organisation of its own, so rate card values and policies never leak between tests.
 */
@BosunTest
@org.springframework.test.context.event.RecordApplicationEvents
class ApprovalsTests {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    static final LocalDate CARD = LocalDate.parse("2026-01-15");

    @Autowired
    Approvals approvals;

    @Autowired
    OperationsLog log;

    @Autowired
    RateCardEdits rateCards;

    @Autowired
    AccountDirectory directory;

    @Autowired
    Team team;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    long organisation;
    SellerAccount account;
    CurrentUser specialist;
    CurrentUser supervisor;
    CurrentUser manager;
    CurrentUser otherManager;
    String key;
    BigDecimal cardValue;

    @BeforeEach
    void anOrganisationWithATeam() {
        fixtures = new Fixtures(directory, team, jdbc);
        organisation = fixtures.otherOrganisation();
        account = fixtures.account(organisation, Marketplace.US);
        specialist = fixtures.user(organisation, Role.SPECIALIST, account);
        supervisor = fixtures.user(organisation, Role.SUPERVISOR, account);
        manager = fixtures.user(organisation, Role.STORE_MANAGER, account);
        otherManager = fixtures.user(organisation, Role.STORE_MANAGER, account);
        RateSheet.Value value = sheet().values().stream()
                .filter(v -> !v.percent() && v.amount().compareTo(BigDecimal.ONE) >= 0)
                .findFirst()
                .orElseThrow();
        key = value.key();
        cardValue = value.amount();
    }

    RateSheet sheet() {
        FeeCalculator calculator = rateCards.calculatorFor(organisation);
        return calculator.rateCards().stream()
                .filter(s -> s.marketplace() == Marketplace.US && s.effective().equals(CARD))
                .findFirst()
                .orElseThrow();
    }

    BigDecimal valueInForce() {
        return sheet().values().stream()
                .filter(v -> v.key().equals(key))
                .findFirst()
                .orElseThrow()
                .amount();
    }

    ChangeProposal rateChange(String value) {
        return RateValueChangeExecutor.proposal(
                account.id(),
                sheet(),
                key,
                new BigDecimal(value),
                "Seller Central's fee preview shows " + value,
                "https://sellercentral.amazon.com/feepreview");
    }

    ApprovalRequest pendingRateChange(String value) {
        ProposalOutcome outcome = approvals.propose(specialist, rateChange(value));
        assertThat(outcome.waitingForApproval()).isTrue();
        return outcome.request();
    }

    @Test
    void aSpecialistsRateValueIsAppliedOnlyOnceAStoreManagerApproves() {
        ApprovalRequest request = pendingRateChange("9.87");
        assertThat(request.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(request.approverRole()).isEqualTo(Role.STORE_MANAGER);
        assertThat(request.before())
                .containsEntry("value", cardValue.stripTrailingZeros().toPlainString());
        assertThat(request.after()).containsEntry("value", "9.87");
        assertThat(valueInForce()).isEqualByComparingTo(cardValue);

        ApprovalRequest approved = approvals.approve(manager, account.id(), request.id(), "matches the preview");

        assertThat(approved.status()).isEqualTo(ApprovalStatus.EXECUTED);
        assertThat(approved.decidedBy()).isEqualTo(manager.id());
        assertThat(approved.executedAt()).isNotNull();
        assertThat(approved.decisionNote()).isEqualTo("matches the preview");
        assertThat(valueInForce()).isEqualByComparingTo("9.87");
        assertThat(rateCards.history(organisation, 5))
                .first()
                .satisfies(c -> assertThat(c.editedBy()).isEqualTo(manager.username()));
        List<LoggedOperation> trail = log.ofApproval(manager, account.id(), request.id());
        assertThat(trail)
                .extracting(LoggedOperation::type, LoggedOperation::userId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("approval.requested", specialist.id()),
                        org.assertj.core.groups.Tuple.tuple(RateValueChangeExecutor.OPERATION, manager.id()));
        assertThat(trail.get(1).after()).containsEntry("value", "9.87");
    }

    @Test
    void requestsAndDecisionsAreAnnouncedForNotifications() {
        ApprovalRequest request = pendingRateChange("9.01");
        assertThat(events.stream(ApprovalRequested.class))
                .containsExactly(new ApprovalRequested(
                        account.id(),
                        request.id(),
                        RateValueChangeExecutor.OPERATION,
                        specialist.id(),
                        Role.STORE_MANAGER));
        approvals.reject(manager, account.id(), request.id(), "no");
        assertThat(events.stream(ApprovalDecided.class))
                .containsExactly(new ApprovalDecided(
                        account.id(), request.id(), specialist.id(), manager.id(), ApprovalStatus.REJECTED));
    }

    @Test
    void aStoreManagerIsExemptAndAppliesDirectlyButALoggedEntryRemains() {
        ProposalOutcome outcome = approvals.propose(manager, rateChange("4.56"));
        assertThat(outcome.applied()).isTrue();
        assertThat(valueInForce()).isEqualByComparingTo("4.56");
        assertThat(log.search(manager, account.id(), OperationFilter.all(), java.time.ZoneOffset.UTC, 10))
                .extracting(LoggedOperation::type)
                .contains(RateValueChangeExecutor.OPERATION);
    }

    @Test
    void nobodyApprovesTheirOwnRequestNotEvenAnAdministrator() {
        CurrentUser admin = fixtures.user(organisation, Role.ADMIN);
        ApprovalRequest own = approvals.submit(admin, rateChange("5.55"));
        assertThatThrownBy(() -> approvals.approve(admin, account.id(), own.id(), null))
                .isInstanceOfSatisfying(
                        ApprovalRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.OWN_REQUEST));
        assertThatThrownBy(() -> approvals.reject(admin, account.id(), own.id(), "never mind"))
                .isInstanceOfSatisfying(
                        ApprovalRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.OWN_REQUEST));
        assertThat(approvals.request(admin, account.id(), own.id()).status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(approvals.inbox(admin).waitingForMe())
                .extracting(ApprovalRequest::id)
                .doesNotContain(own.id());
        assertThat(valueInForce()).isEqualByComparingTo(cardValue);
        assertThatThrownBy(() -> jdbc.update(
                        "update workflow_approval_requests set status = 'EXECUTED', decided_by = requested_by where id = ?",
                        own.id()))
                .as("the database refuses a self-approval too")
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void approvingNeedsTheRoleThePolicyNames() {
        ApprovalRequest request = pendingRateChange("6.10");
        for (CurrentUser tooLow : List.of(fixtures.user(organisation, Role.SPECIALIST, account), supervisor)) {
            assertThatThrownBy(() -> approvals.approve(tooLow, account.id(), request.id(), null))
                    .isInstanceOfSatisfying(
                            ApprovalRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ROLE));
            assertThat(approvals.inbox(tooLow).waitingForMe()).isEmpty();
        }
        assertThat(approvals.inbox(manager).waitingForMe())
                .extracting(ApprovalRequest::id)
                .containsExactly(request.id());
        assertThat(valueInForce()).isEqualByComparingTo(cardValue);
    }

    @Test
    void aRoleTakenAwayMeanwhileNoLongerApproves() {
        ApprovalRequest request = pendingRateChange("6.20");
        CurrentUser stale = otherManager;
        team.update(
                fixtures.user(organisation, Role.ADMIN),
                otherManager.id(),
                otherManager.displayName(),
                null,
                Role.SPECIALIST,
                true,
                List.of(account.id()));
        assertThat(stale.role()).as("the session still says store manager").isEqualTo(Role.STORE_MANAGER);
        assertThatThrownBy(() -> approvals.approve(stale, account.id(), request.id(), null))
                .isInstanceOfSatisfying(
                        ApprovalRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ROLE));
    }

    @Test
    void aDecisionIsFinalSoReplayingItIsRefused() {
        ApprovalRequest approvedOnce = pendingRateChange("7.01");
        approvals.approve(manager, account.id(), approvedOnce.id(), null);
        assertThatThrownBy(() -> approvals.approve(otherManager, account.id(), approvedOnce.id(), null))
                .isInstanceOfSatisfying(
                        ApprovalRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DECIDED));
        assertThatThrownBy(() -> approvals.approve(manager, account.id(), approvedOnce.id(), null))
                .isInstanceOf(ApprovalRefusedException.class);
        assertThatThrownBy(() -> approvals.reject(otherManager, account.id(), approvedOnce.id(), "too late"))
                .isInstanceOf(ApprovalRefusedException.class);

        ApprovalRequest rejected = pendingRateChange("7.02");
        ApprovalRequest refusal = approvals.reject(manager, account.id(), rejected.id(), "the preview says 7.01");
        assertThat(refusal.status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(refusal.decisionNote()).isEqualTo("the preview says 7.01");
        assertThatThrownBy(() -> approvals.approve(otherManager, account.id(), rejected.id(), null))
                .isInstanceOfSatisfying(
                        ApprovalRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DECIDED));
        assertThat(valueInForce()).as("only the first approval applied").isEqualByComparingTo("7.01");
        assertThat(rateCards.history(organisation, 10)).hasSize(1);
    }

    @Test
    void aRequestCannotBeEditedAfterTheDecisionAChangeIsANewRequest() {
        ApprovalRequest request = pendingRateChange("8.00");
        approvals.approve(manager, account.id(), request.id(), null);

        assertThatThrownBy(() -> approvals.revise(specialist, account.id(), request.id(), rateChange("80.00")))
                .isInstanceOfSatisfying(
                        ApprovalRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DECIDED));
        assertThatThrownBy(() -> approvals.withdraw(specialist, account.id(), request.id()))
                .isInstanceOf(ApprovalRefusedException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update workflow_approval_requests set after_values = '{\"value\":\"80.00\"}' where id = ?",
                        request.id()))
                .as("not even the database lets a decided request change")
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot change");
        ApprovalRequest stored = approvals.request(manager, account.id(), request.id());
        assertThat(stored.after()).containsEntry("value", "8");
        assertThat(stored.status()).isEqualTo(ApprovalStatus.EXECUTED);
    }

    @Test
    void aPendingRequestIsRevisedIntoANewRequestAndItsContentNeverChangesInPlace() {
        ApprovalRequest first = pendingRateChange("8.10");
        assertThatThrownBy(() -> jdbc.update(
                        "update workflow_approval_requests set after_values = '{\"value\":\"81.0\"}' where id = ?",
                        first.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("a changed request is a new request");
        assertThatThrownBy(() -> approvals.revise(supervisor, account.id(), first.id(), rateChange("8.20")))
                .as("only the requester revises")
                .isInstanceOfSatisfying(
                        ApprovalRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_REQUESTER));

        ApprovalRequest second = approvals.revise(specialist, account.id(), first.id(), rateChange("8.20"));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.replacesId()).isEqualTo(first.id());
        assertThat(second.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(approvals.request(manager, account.id(), first.id()).status())
                .isEqualTo(ApprovalStatus.WITHDRAWN);
        assertThat(approvals.request(manager, account.id(), first.id()).after()).containsEntry("value", "8.1");
        assertThatThrownBy(() -> approvals.approve(manager, account.id(), first.id(), null))
                .isInstanceOf(ApprovalRefusedException.class);
        approvals.approve(manager, account.id(), second.id(), null);
        assertThat(valueInForce()).isEqualByComparingTo("8.20");
    }

    @Test
    void anotherTenantsRequestDoesNotExistForMe() {
        ApprovalRequest request = pendingRateChange("9.10");
        long stranger = fixtures.otherOrganisation();
        SellerAccount theirAccount = fixtures.account(stranger, Marketplace.US);
        CurrentUser theirAdmin = fixtures.user(stranger, Role.ADMIN, theirAccount);

        assertThatThrownBy(() -> approvals.approve(theirAdmin, account.id(), request.id(), null))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> approvals.approve(theirAdmin, theirAccount.id(), request.id(), null))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> approvals.reject(theirAdmin, theirAccount.id(), request.id(), "no"))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> approvals.request(theirAdmin, theirAccount.id(), request.id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(approvals.inbox(theirAdmin).waitingForMe()).isEmpty();
        assertThat(approvals.inbox(theirAdmin).history()).isEmpty();

        SellerAccount sibling = fixtures.account(organisation, Marketplace.US);
        CurrentUser siblingManager = fixtures.user(organisation, Role.STORE_MANAGER, sibling);
        assertThatThrownBy(() -> approvals.approve(siblingManager, sibling.id(), request.id(), null))
                .as("nor does a request of an account of my organisation that I was not granted")
                .isInstanceOf(NoSuchElementException.class);
        assertThat(approvals.request(manager, account.id(), request.id()).status())
                .isEqualTo(ApprovalStatus.PENDING);
    }

    @Test
    void anApprovedChangeThatNoLongerFitsFailsAndChangesNothing() {
        ApprovalRequest request = pendingRateChange("3.33");
        rateCards.edit(otherManager, Marketplace.US, CARD, key, new BigDecimal("3.50"));

        ApprovalRequest decided = approvals.approve(manager, account.id(), request.id(), null);

        assertThat(decided.status()).isEqualTo(ApprovalStatus.FAILED);
        assertThat(decided.executionError()).contains("is now 3.5").contains("propose the change anew");
        assertThat(decided.executedAt()).isNull();
        assertThat(valueInForce()).isEqualByComparingTo("3.50");
        assertThat(log.ofApproval(manager, account.id(), request.id()))
                .extracting(LoggedOperation::type)
                .containsExactly("approval.requested", "approval.failed");
    }

    @Test
    void whenTheOwningModuleFailsItsWritesAreUndoneAndTheDecisionKept() {
        ApprovalRequest failing = approvals.submit(specialist, flaky("fail"));
        ApprovalRequest failed = approvals.approve(supervisor, account.id(), failing.id(), null);
        assertThat(failed.status()).isEqualTo(ApprovalStatus.FAILED);
        assertThat(failed.executionError()).isEqualTo("the flaky module refused widget-" + failing.accountId());
        assertThat(log.ofApproval(supervisor, account.id(), failing.id()))
                .extracting(LoggedOperation::type)
                .containsExactly("approval.requested", "approval.failed");

        ApprovalRequest working = approvals.submit(specialist, flaky("ok"));
        assertThat(approvals
                        .approve(supervisor, account.id(), working.id(), null)
                        .status())
                .isEqualTo(ApprovalStatus.EXECUTED);
        assertThat(log.ofApproval(supervisor, account.id(), working.id()))
                .extracting(LoggedOperation::type)
                .containsExactly("approval.requested", FlakyChangeExecutor.APPLIED, FlakyChangeExecutor.TYPE);
    }

    ChangeProposal flaky(String outcome) {
        return new ChangeProposal(
                account.id(),
                FlakyChangeExecutor.TYPE,
                "widget",
                "widget-" + account.id(),
                null,
                Map.of(),
                Map.of("outcome", outcome),
                null,
                null,
                "testing",
                null);
    }

    @Test
    void aRejectionNeedsAReasonAndOnlyTheRequesterWithdraws() {
        ApprovalRequest request = pendingRateChange("2.22");
        assertThatThrownBy(() -> approvals.reject(manager, account.id(), request.id(), "  "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> approvals.withdraw(manager, account.id(), request.id()))
                .isInstanceOfSatisfying(
                        ApprovalRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_REQUESTER));
        ApprovalRequest withdrawn = approvals.withdraw(specialist, account.id(), request.id());
        assertThat(withdrawn.status()).isEqualTo(ApprovalStatus.WITHDRAWN);
        assertThatThrownBy(() -> approvals.approve(manager, account.id(), request.id(), null))
                .isInstanceOf(ApprovalRefusedException.class);
    }

    @Test
    void proposalsAreCheckedWhenSubmitted() {
        assertThatThrownBy(() -> approvals.submit(specialist, rateChange("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new ChangeProposal(
                        account.id(),
                        RateValueChangeExecutor.OPERATION,
                        "rate-card",
                        "x",
                        null,
                        Map.of(),
                        Map.of("value", "1"),
                        null,
                        null,
                        "why",
                        "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http");
        ChangeProposal unknown = new ChangeProposal(
                account.id(),
                "nobody.handles-this",
                "widget",
                "w",
                null,
                Map.of(),
                Map.of("a", "b"),
                null,
                null,
                "why",
                null);
        assertThatThrownBy(() -> approvals.submit(specialist, unknown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no module applies");
    }

    @Test
    void policiesDecideWhichChangesNeedApprovalAndWho() {
        assertThatThrownBy(() -> approvals.setPolicy(
                        supervisor,
                        new ApprovalPolicy(RateValueChangeExecutor.OPERATION, true, Role.ADMIN, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.setPolicy(
                        manager,
                        new ApprovalPolicy(RateValueChangeExecutor.OPERATION, true, Role.SUPERVISOR, null, null, null)))
                .as("saving a rate needs a store manager, so a supervisor cannot be the approver")
                .isInstanceOf(IllegalArgumentException.class);

        approvals.setPolicy(
                manager,
                new ApprovalPolicy(
                        RateValueChangeExecutor.OPERATION, true, Role.STORE_MANAGER, null, new BigDecimal("20"), null));
        String small = cardValue
                .multiply(new BigDecimal("1.1"))
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        String large = cardValue
                .multiply(new BigDecimal("1.5"))
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        assertThat(approvals.needsApproval(specialist, rateChange(small))).isFalse();
        assertThat(approvals.needsApproval(specialist, rateChange(large))).isTrue();
        assertThat(approvals.needsApproval(manager, rateChange(large)))
                .as("with nobody exempt, a store manager needs a colleague too")
                .isTrue();

        approvals.setPolicy(
                manager, new ApprovalPolicy(RateValueChangeExecutor.OPERATION, true, Role.ADMIN, null, null, null));
        ApprovalRequest request = pendingRateChange(small);
        assertThat(request.approverRole()).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> approvals.approve(manager, account.id(), request.id(), null))
                .isInstanceOfSatisfying(
                        ApprovalRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ROLE));
        assertThat(log.search(
                        manager,
                        account.id(),
                        new OperationFilter(null, null, null, "approval.policy", null),
                        java.time.ZoneOffset.UTC,
                        10))
                .hasSize(2);
    }
}
