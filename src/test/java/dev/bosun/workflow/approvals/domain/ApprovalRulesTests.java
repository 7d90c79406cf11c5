package dev.bosun.workflow.approvals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.accounts.Role;
import dev.bosun.workflow.ApprovalRefusedException.Reason;
import dev.bosun.workflow.ApprovalStatus;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApprovalRulesTests {

    @ParameterizedTest(name = "{0}% / above {1}: {2} -> {3} needs approval: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # percent, amount, before, after, needs approval
            -,   -,    1.00, 1.01, true
            20,  -,    1.00, 1.20, false
            20,  -,    1.00, 1.21, true
            20,  -,    1.00, 0.80, false
            20,  -,    1.00, 0.79, true
            20,  -,    -1.00, -1.25, true
            20,  -,    0,    0,    false
            20,  -,    0,    0.01, true
            20,  -,    -,    1.00, true
            20,  -,    1.00, -,    true
            -,   500,  400,  500,  false
            -,   500,  400,  500.01, true
            -,   500,  900,  600,  true
            -,   500,  -,    100,  false
            20,  500,  100,  110,  false
            20,  500,  100,  130,  true
            20,  500,  600,  610,  true
            0,   -,    1.00, 1.00, false
            0,   -,    1.00, 1.0001, true
            """)
    void aChangeNeedsApprovalWhenItExceedsAThreshold(
            BigDecimal percent, BigDecimal amount, BigDecimal before, BigDecimal after, boolean needs) {
        assertThat(ApprovalRules.exceeds(percent, amount, before, after)).isEqualTo(needs);
    }

    @ParameterizedTest(name = "{0}, requester {1}, decider {2} ({3}), needs {4} -> {5}")
    @CsvSource(nullValues = "-", textBlock = """
            PENDING,   1, 2, SUPERVISOR,    SUPERVISOR,    -
            PENDING,   1, 2, ADMIN,         STORE_MANAGER, -
            PENDING,   1, 1, ADMIN,         SUPERVISOR,    OWN_REQUEST
            PENDING,   1, 2, SPECIALIST,    SUPERVISOR,    ROLE
            PENDING,   1, 2, SUPERVISOR,    STORE_MANAGER, ROLE
            EXECUTED,  1, 2, ADMIN,         SUPERVISOR,    DECIDED
            FAILED,    1, 2, ADMIN,         SUPERVISOR,    DECIDED
            REJECTED,  1, 2, ADMIN,         SUPERVISOR,    DECIDED
            WITHDRAWN, 1, 2, ADMIN,         SUPERVISOR,    DECIDED
            REJECTED,  1, 1, ASSISTANT,     SUPERVISOR,    DECIDED
            """)
    void whoMayDecide(ApprovalStatus status, long requester, long decider, Role role, Role required, Reason refused) {
        assertThat(ApprovalRules.refusal(status, requester, decider, role, required))
                .isEqualTo(java.util.Optional.ofNullable(refused));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            STORE_MANAGER, STORE_MANAGER, true
            ADMIN,         STORE_MANAGER, true
            SUPERVISOR,    STORE_MANAGER, false
            ADMIN,         -,             false
            """)
    void exemptRolesApplyDirectly(Role role, Role exempt, boolean direct) {
        assertThat(ApprovalRules.exempt(role, exempt)).isEqualTo(direct);
    }

    @ParameterizedTest
    @CsvSource({
        "SUPERVISOR, STORE_MANAGER, STORE_MANAGER",
        "ADMIN, SPECIALIST, ADMIN",
        "SUPERVISOR, SUPERVISOR, SUPERVISOR"
    })
    void theStricterRoleWins(Role a, Role b, Role stricter) {
        assertThat(ApprovalRules.stricter(a, b)).isEqualTo(stricter);
        assertThat(ApprovalRules.stricter(b, a)).isEqualTo(stricter);
    }
}
