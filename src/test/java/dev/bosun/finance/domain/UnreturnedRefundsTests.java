package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.finance.domain.UnreturnedRefunds.Refund;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which refunds are owed for on a day: old enough, still claimable, not (wholly) returned, not reimbursed. */
class UnreturnedRefundsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @ParameterizedTest(name = "{0} days old, {1} of {2} returned, reimbursed {3} → owed {4}")
    @CsvSource(textBlock = """
             44, 0, 1, false,
             45, 0, 1, false, 20.00
             61, 0, 1, false, 20.00
            120, 0, 1, false, 20.00
            121, 0, 1, false,
             61, 1, 1, false,
             61, 1, 2, false, 10.00
             61, 0, 1, true,
            """)
    void aRefundIsOwedBetweenTheWaitAndTheEndOfTheClaimWindow(
            int age, int returned, int units, boolean reimbursed, String owed) {
        Refund refund = new Refund(
                Marketplace.US, "111-1", "MUG-1", TODAY.minusDays(age), units, new BigDecimal("20.00"), "USD", "S1");
        List<UnreturnedRefunds.Unreturned> found = UnreturnedRefunds.find(
                List.of(refund),
                Map.of("111-1|MUG-1", returned),
                reimbursed ? Set.of("111-1") : Set.of(),
                TODAY,
                45,
                60,
                120);
        if (owed == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(u -> {
                assertThat(u.owed()).isEqualByComparingTo(owed);
                assertThat(u.claimableFrom()).isEqualTo(refund.refundedOn().plusDays(60));
                assertThat(u.claimableUntil()).isEqualTo(refund.refundedOn().plusDays(120));
            });
        }
    }
}
