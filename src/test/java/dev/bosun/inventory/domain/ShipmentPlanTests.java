package dev.bosun.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.bosun.inventory.StockLocation;
import dev.bosun.inventory.WarehouseStock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What to send to FBA and from which warehouse: never more than a warehouse holds, 3PLs first. */
class ShipmentPlanTests {

    @ParameterizedTest(name = "{0}/day for {1} days + {2} safety, FBA {3}, 3PL {4}, own {5} → {6} + {7}")
    @CsvSource(textBlock = """
                    # demand, cover days, safety, at FBA, 3PL, own, from 3PL, from own
                    10, 17,  30, 100, 300,   0,  100,   0
                    10, 17,  30, 100,  60, 500,   60,  40
                    10, 17,  30, 100,  20,  10,   20,  10
                    10, 17,  30, 400, 300, 300,    0,   0
                     0, 17,   0,   0, 300, 300,    0,   0
                    """)
    void sendsWhatFbaLacksUpToWhatTheWarehousesHold(
            double demand,
            int coverDays,
            double safety,
            long atFba,
            long thirdParty,
            long own,
            long fromThirdParty,
            long fromOwn) {
        ShipmentPlan.Send send = ShipmentPlan.plan(demand, coverDays, safety, atFba, thirdParty, own);
        assertThat(send.fromThirdParty()).isEqualTo(fromThirdParty);
        assertThat(send.fromOwnWarehouse()).isEqualTo(fromOwn);
    }

    @Test
    void aShipmentIsSplitWarehouseByWarehouseNeverAboveWhatEachHolds() {
        List<WarehouseStock> warehouses = List.of(
                new WarehouseStock(StockLocation.THIRD_PARTY, "LA 3PL", 50),
                new WarehouseStock(StockLocation.THIRD_PARTY, "NJ 3PL", 30),
                new WarehouseStock(StockLocation.OWN_WAREHOUSE, "Shenzhen", 400),
                new WarehouseStock(StockLocation.OWN_WAREHOUSE, "Yiwu", 10));
        ShipmentPlan.Send send = ShipmentPlan.plan(10, 20, 50, 0, 80, 410);

        List<ShipmentPlan.Pick> picks = ShipmentPlan.picks(send, warehouses);

        assertThat(send.units()).isEqualTo(250);
        assertThat(picks)
                .extracting(ShipmentPlan.Pick::warehouse, ShipmentPlan.Pick::units, ShipmentPlan.Pick::holds)
                .containsExactly(tuple("LA 3PL", 50L, 50L), tuple("NJ 3PL", 30L, 30L), tuple("Shenzhen", 170L, 400L));
        assertThat(picks).allSatisfy(p -> assertThat(p.units()).isLessThanOrEqualTo(p.holds()));
        assertThat(picks.stream().mapToLong(ShipmentPlan.Pick::units).sum()).isEqualTo(send.units());
    }

    @Test
    void theWarehousesOfAPositionComeFullest3plFirst() {
        List<dev.bosun.inventory.StockCount> counts = new ArrayList<>();
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 20);
        java.time.Instant at = java.time.Instant.parse("2026-11-20T10:00:00Z");
        counts.add(count(1, StockLocation.OWN_WAREHOUSE, "Shenzhen", 400, day.minusDays(3), at));
        counts.add(count(2, StockLocation.THIRD_PARTY, "NJ 3PL", 30, day.minusDays(2), at));
        counts.add(count(3, StockLocation.THIRD_PARTY, "LA 3PL", 80, day.minusDays(9), at));
        counts.add(count(4, StockLocation.THIRD_PARTY, "LA 3PL", 50, day.minusDays(1), at.plusSeconds(5)));
        counts.add(count(5, StockLocation.OWN_WAREHOUSE, "Yiwu", 0, day, at));
        counts.add(count(6, StockLocation.THIRD_PARTY, "Dallas 3PL", 99, day.plusDays(1), at));
        PositionBook book = new PositionBook(dev.bosun.shared.Marketplace.US, List.of(), counts);

        assertThat(book.warehouses("MUG-1", day))
                .as("latest count per warehouse on the day; empty and future counts left out")
                .containsExactly(
                        new WarehouseStock(StockLocation.THIRD_PARTY, "LA 3PL", 50),
                        new WarehouseStock(StockLocation.THIRD_PARTY, "NJ 3PL", 30),
                        new WarehouseStock(StockLocation.OWN_WAREHOUSE, "Shenzhen", 400));
        assertThat(book.position("MUG-1", day).thirdParty()).isEqualTo(80);
    }

    private static dev.bosun.inventory.StockCount count(
            long id, StockLocation location, String name, int units, java.time.LocalDate on, java.time.Instant at) {
        return new dev.bosun.inventory.StockCount(
                id, dev.bosun.shared.Marketplace.US, "MUG-1", location, name, units, on, "ops", at, null);
    }
}
