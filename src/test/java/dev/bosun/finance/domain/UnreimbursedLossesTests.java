package dev.bosun.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.bosun.finance.domain.UnreimbursedLosses.Found;
import dev.bosun.finance.domain.UnreimbursedLosses.Kind;
import dev.bosun.finance.domain.UnreimbursedLosses.Loss;
import dev.bosun.finance.domain.UnreimbursedLosses.Outcome;
import dev.bosun.finance.domain.UnreimbursedLosses.Payback;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warehouse losses settled oldest first against units found again and reimbursements of their kind. */
class UnreimbursedLossesTests {

    static final LocalDate D = LocalDate.of(2026, 1, 10);

    static Loss loss(int day, String fnsku, Kind kind, int units) {
        return new Loss(D.plusDays(day), Marketplace.US, fnsku, "SKU-" + fnsku, null, kind, units, null, "PHX7");
    }

    static Payback paid(int day, String fnsku, Kind kind, int units, String amount) {
        return new Payback("R" + day, D.plusDays(day), fnsku, null, kind, units, new BigDecimal(amount), "USD", null);
    }

    @Test
    void foundUnitsCancelTheOldestLostUnitsAndReimbursementsPayTheirOwnKindFirst() {
        List<Outcome> outcomes = UnreimbursedLosses.settle(
                List.of(loss(0, "A", Kind.LOST, 2), loss(1, "A", Kind.DAMAGED, 1), loss(5, "A", Kind.LOST, 1)),
                List.of(new Found(D.plusDays(3), "A", 1)),
                List.of(paid(20, "A", Kind.DAMAGED, 1, "12.00"), paid(21, "A", Kind.LOST, 1, "10.00")));
        assertThat(outcomes)
                .extracting(
                        o -> o.loss().date(),
                        Outcome::unitsOpen,
                        Outcome::unitsFound,
                        Outcome::unitsReimbursed,
                        Outcome::amountReimbursed)
                .containsExactly(
                        tuple(D, 0, 1, 1, new BigDecimal("10.00")),
                        tuple(D.plusDays(1), 0, 0, 1, new BigDecimal("12.00")),
                        tuple(D.plusDays(5), 1, 0, 0, new BigDecimal("0.00")));
    }

    @Test
    void aReimbursementBeforeTheLossPaysNothingAndOneOfAnotherKindPaysWhatIsLeft() {
        List<Outcome> outcomes = UnreimbursedLosses.settle(
                List.of(loss(10, "B", Kind.LOST, 1), loss(12, "C", Kind.DAMAGED, 2)),
                List.of(),
                List.of(
                        paid(5, "B", Kind.LOST, 1, "9.00"),
                        paid(30, "C", Kind.LOST, 1, "8.00"),
                        new Payback(
                                "R31",
                                D.plusDays(31),
                                null,
                                "SKU-C",
                                Kind.DAMAGED,
                                1,
                                new BigDecimal("8.00"),
                                "USD",
                                null)));
        assertThat(outcomes)
                .extracting(o -> o.loss().fnsku(), Outcome::unitsOpen, Outcome::reimbursementIds)
                .containsExactly(tuple("B", 1, List.of()), tuple("C", 0, List.of("R30", "R31")));
    }
}
