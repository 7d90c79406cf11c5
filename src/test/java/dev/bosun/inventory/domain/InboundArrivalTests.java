package dev.bosun.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.inventory.InboundDays;
import dev.bosun.inventory.PurchaseOrder;
import dev.bosun.inventory.PurchaseOrderStatus;
import dev.bosun.shared.Marketplace;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The days inbound FBA stock needs until sellable come from the marketplace's own shipments where they exist; the
 * fixed 3 / 10 / 21 / 10 days otherwise.
 */
class InboundArrivalTests {

    static final LocalDate D = LocalDate.of(2026, 9, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
                    # shipments as shipped>arrived>received day offsets separated by ';' (- for no date), status,
                    # marketplace; expected receiving, its observations, shipped, its observations, working
                    none,                                 RECEIVED,  US,  3, 0, 10, 0, 21
                    one shipment,                         RECEIVED,  US,  4, 1, 30, 1, 41
                    two shipments averaged rounded up,    RECEIVED,  US,  4, 2, 31, 2, 42
                    cancelled orders do not count,        CANCELLED, US,  3, 0, 10, 0, 21
                    other marketplaces do not count,      RECEIVED,  DE,  3, 0, 10, 0, 21
                    no arrival day: receiving stays fixed, RECEIVED, US,  3, 0, 25, 1, 36
                    """)
    void learnsFromShipmentsOfTheMarketplace(
            String situation,
            PurchaseOrderStatus status,
            Marketplace marketplace,
            int receiving,
            int receivingSeen,
            int shipped,
            int shippedSeen,
            int working) {
        List<PurchaseOrder> orders = new ArrayList<>();
        switch (situation) {
            case "one shipment" -> orders.add(order(status, marketplace, 0, 26, 30));
            case "two shipments averaged rounded up" -> {
                orders.add(order(status, marketplace, 0, 26, 30));
                orders.add(order(status, marketplace, 0, 27, 31));
            }
            case "cancelled orders do not count", "other marketplaces do not count" ->
                orders.add(order(status, marketplace, 0, 26, 30));
            case "no arrival day: receiving stays fixed" -> orders.add(order(status, marketplace, 0, null, 25));
            default -> {}
        }
        // An order still in transit teaches nothing yet.
        orders.add(order(PurchaseOrderStatus.IN_TRANSIT, Marketplace.US, 0, 3, null));

        InboundDays days = InboundArrival.learn(Marketplace.US, orders);

        assertThat(days.receivingDays()).isEqualTo(receiving);
        assertThat(days.receivingObservations()).isEqualTo(receivingSeen);
        assertThat(days.shippedDays()).isEqualTo(shipped);
        assertThat(days.shippedObservations()).isEqualTo(shippedSeen);
        assertThat(days.workingDays()).isEqualTo(working);
        assertThat(days.thirdPartyDays()).isEqualTo(10);
        assertThat(days.shippedLearnt()).isEqualTo(shippedSeen > 0);
    }

    private static PurchaseOrder order(
            PurchaseOrderStatus status, Marketplace marketplace, int shipped, Integer arrived, Integer received) {
        Instant at = Instant.parse("2026-09-01T00:00:00Z");
        return new PurchaseOrder(
                1,
                1,
                null,
                marketplace,
                status,
                D.minusDays(40),
                null,
                D.minusDays(2),
                D.plusDays(shipped),
                arrived == null ? null : D.plusDays(arrived),
                received == null ? null : D.plusDays(received),
                null,
                null,
                List.of(new PurchaseOrder.Line("MUG-1", 10, null, null)),
                "ops",
                at,
                "ops",
                at);
    }
}
