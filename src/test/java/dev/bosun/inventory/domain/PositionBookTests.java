package dev.bosun.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.inventory.StockCount;
import dev.bosun.inventory.StockLocation;
import dev.bosun.inventory.StockPosition;
import dev.bosun.inventory.StockSnapshot;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionBookTests {

    static final LocalDate D = LocalDate.of(2026, 11, 20);

    static StockSnapshot snapshot(Marketplace m, String sku, LocalDate day, int available, int working, int shipped) {
        return new StockSnapshot(
                m,
                sku,
                day,
                "X0",
                "B0",
                "Mug",
                "New",
                "USD",
                new BigDecimal("9.99"),
                false,
                0,
                true,
                available + 4,
                available,
                1,
                3,
                available + 4 + working + shipped + 2,
                null,
                working,
                shipped,
                2,
                0,
                0,
                0);
    }

    static StockCount count(
            long id, String sku, StockLocation where, String name, int units, LocalDate on, Instant at) {
        return new StockCount(id, Marketplace.US, sku, where, name, units, on, "ann", at, null);
    }

    @Test
    void aPositionTakesTheLatestSnapshotAndTheLatestCountOfEachWarehouseOnOrBeforeTheDay() {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        PositionBook book = new PositionBook(
                Marketplace.US,
                List.of(
                        snapshot(Marketplace.US, "MUG-1", D.minusDays(3), 100, 10, 20),
                        snapshot(Marketplace.US, "MUG-1", D.minusDays(1), 80, 0, 30),
                        snapshot(Marketplace.US, "MUG-1", D.plusDays(1), 1, 0, 0),
                        snapshot(Marketplace.DE, "MUG-1", D, 999, 0, 0)),
                List.of(
                        count(1, "MUG-1", StockLocation.OWN_WAREHOUSE, "Shenzhen", 500, D.minusDays(10), t),
                        count(2, "MUG-1", StockLocation.OWN_WAREHOUSE, "Shenzhen", 450, D.minusDays(2), t),
                        count(3, "MUG-1", StockLocation.OWN_WAREHOUSE, "Ningbo", 50, D.minusDays(5), t),
                        count(4, "MUG-1", StockLocation.THIRD_PARTY, "LA 3PL", 120, D.minusDays(1), t),
                        count(5, "MUG-1", StockLocation.THIRD_PARTY, "LA 3PL", 60, D.plusDays(1), t),
                        count(6, "BOWL-1", StockLocation.THIRD_PARTY, "LA 3PL", 7, D, t)));

        StockPosition mug = book.position("MUG-1", D);

        assertThat(mug.fbaDay()).isEqualTo(D.minusDays(1));
        assertThat(mug.available()).isEqualTo(80);
        assertThat(mug.inbound()).isEqualTo(32);
        assertThat(mug.reserved()).isEqualTo(3);
        assertThat(mug.unfulfillable()).isEqualTo(1);
        assertThat(mug.ownWarehouse()).as("Shenzhen's latest 450 + Ningbo 50").isEqualTo(500);
        assertThat(mug.thirdParty()).isEqualTo(120);
        assertThat(mug.position())
                .as("80 + 32 + 500 + 120; reserved and unfulfillable left out")
                .isEqualTo(732);
        assertThat(book.on(D)).extracting(StockPosition::sku).containsExactly("BOWL-1", "MUG-1");
        StockPosition bowl = book.position("BOWL-1", D);
        assertThat(bowl.fbaDay()).isNull();
        assertThat(bowl.position()).isEqualTo(7);
    }

    @Test
    void historyHasADayForEveryDayOnWhichSomethingIsKnown() {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        PositionBook book = new PositionBook(
                Marketplace.US,
                List.of(snapshot(Marketplace.US, "MUG-1", D.minusDays(2), 100, 0, 0)),
                List.of(count(1, "MUG-1", StockLocation.THIRD_PARTY, "LA", 40, D, t)));

        assertThat(book.history("MUG-1", D.minusDays(4), D))
                .extracting(p -> p.day() + " " + p.available() + " " + p.thirdParty())
                .containsExactly(D.minusDays(2) + " 100 0", D.minusDays(1) + " 100 0", D + " 100 40");
    }

    @Test
    void aSecondCountOfTheSameWarehouseAndDayReplacesTheFirst() {
        PositionBook book = new PositionBook(
                Marketplace.US,
                List.of(),
                List.of(
                        count(
                                2,
                                "MUG-1",
                                StockLocation.OWN_WAREHOUSE,
                                "SZ",
                                70,
                                D,
                                Instant.parse("2026-11-20T12:00:00Z")),
                        count(
                                1,
                                "MUG-1",
                                StockLocation.OWN_WAREHOUSE,
                                "SZ",
                                90,
                                D,
                                Instant.parse("2026-11-20T09:00:00Z"))));

        assertThat(book.position("MUG-1", D).ownWarehouse()).isEqualTo(70);
        assertThat(book.position("MUG-1", D.minusDays(1))).isNull();
    }
}
