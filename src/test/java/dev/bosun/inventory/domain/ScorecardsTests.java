package dev.bosun.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bosun.inventory.Forwarder;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchaseOrderStatus;
import dev.bosun.inventory.Scorecard;
import dev.bosun.inventory.Supplier;
import dev.bosun.inventory.forecast.LeadTimeStage;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardsTests {

    static final LocalDate D = LocalDate.of(2026, 6, 1);
    static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    static Supplier supplier(long id, String productionDays) {
        return new Supplier(
                id,
                "Acme",
                null,
                null,
                null,
                null,
                500,
                48,
                new BigDecimal(productionDays),
                null,
                null,
                null,
                null,
                "ann",
                T);
    }

    static Forwarder forwarder(long id, String transitDays) {
        return new Forwarder(
                id,
                "Sea",
                null,
                null,
                null,
                "SZ-ONT8",
                new BigDecimal(transitDays),
                new BigDecimal("7"),
                "USD",
                null,
                null,
                null,
                null,
                null,
                "ann",
                T);
    }

    static PurchaseOrder order(
            long supplier,
            Long forwarder,
            PurchaseOrderStatus status,
            int readyAfter,
            int promisedAfter,
            Integer shippedAfter,
            Integer arrivedAfter,
            Integer receivedAfter) {
        return new PurchaseOrder(
                0,
                supplier,
                forwarder,
                Marketplace.US,
                status,
                D,
                D.plusDays(promisedAfter),
                D.plusDays(readyAfter),
                shippedAfter == null ? null : D.plusDays(shippedAfter),
                arrivedAfter == null ? null : D.plusDays(arrivedAfter),
                receivedAfter == null ? null : D.plusDays(receivedAfter),
                null,
                null,
                List.of(new PurchaseOrder.Line("MUG-1", 100, null, null)),
                "ann",
                T,
                "ann",
                T);
    }

    @Test
    void aSuppliersProductionIsLearntFromItsOrdersAndOnTimeMeansReadyByThePromisedDay() {
        List<PurchaseOrder> orders = List.of(
                order(1, 9L, PurchaseOrderStatus.RECEIVED, 30, 30, 31, 56, 60),
                order(1, 9L, PurchaseOrderStatus.RECEIVED, 36, 30, 37, 60, 66),
                order(1, 9L, PurchaseOrderStatus.IN_TRANSIT, 33, 35, 34, null, null),
                order(1, null, PurchaseOrderStatus.CANCELLED, 90, 30, null, null, null),
                order(2, null, PurchaseOrderStatus.RECEIVED, 10, 30, null, null, null));

        Scorecard card = Scorecards.supplier(supplier(1, "30"), orders);

        assertThat(card.orders()).isEqualTo(3);
        assertThat(card.onTime()).isEqualTo(2);
        assertThat(card.onTimeRate()).isCloseTo(2.0 / 3, within(1e-9));
        LeadTimeStage expected = LeadTimeStage.learnedFrom(30, 36, 33);
        assertThat(card.stage().meanDays()).isEqualTo(33.0);
        assertThat(card.stage().deviationDays()).isCloseTo(expected.deviationDays(), within(1e-9));
        assertThat(card.stage().observations()).isEqualTo(3);

        Scorecard carrier = Scorecards.forwarder(forwarder(9, "25"), orders);
        assertThat(carrier.orders()).as("two shipments arrived").isEqualTo(2);
        assertThat(carrier.onTime()).as("25 days on time, 23 days on time").isEqualTo(2);
        assertThat(carrier.stage().meanDays()).isEqualTo(24.0);
        assertThat(carrier.checkIn().meanDays()).as("4 and 6 days").isEqualTo(5.0);
    }

    @Test
    void withoutOrdersThePromisedDaysStandWithAnAssumedSpread() {
        Scorecard card = Scorecards.supplier(supplier(1, "40"), List.of());

        assertThat(card.onTimeRate()).isNull();
        assertThat(card.stage().meanDays()).isEqualTo(40.0);
        assertThat(card.stage().deviationDays()).isEqualTo(10.0);
        assertThat(card.stage().observations()).isZero();
        Scorecard carrier = Scorecards.forwarder(forwarder(9, "20"), List.of());
        assertThat(carrier.checkIn().meanDays()).isEqualTo(7.0);
    }
}
