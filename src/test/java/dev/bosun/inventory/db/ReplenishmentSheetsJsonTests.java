package dev.bosun.inventory.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.inventory.ReplenishmentLine;
import dev.bosun.inventory.StockLocation;
import dev.bosun.inventory.StockPosition;
import dev.bosun.inventory.SupplyTerms;
import dev.bosun.inventory.WarehouseStock;
import dev.bosun.inventory.forecast.LeadTime;
import dev.bosun.inventory.forecast.LeadTimeStage;
import dev.bosun.inventory.forecast.OrderConstraints;
import dev.bosun.inventory.forecast.ReorderProposal;
import dev.bosun.shared.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored sheet line reads back as it was written, infinite cover and missing dates included. */
class ReplenishmentSheetsJsonTests {

    @Test
    void aLineSurvivesTheRoundTripThroughJson() {
        LocalDate day = LocalDate.of(2026, 11, 26);
        ReplenishmentLine line = new ReplenishmentLine(
                new StockPosition(
                        Marketplace.DE,
                        "MUG-1",
                        day,
                        day.minusDays(1),
                        "B0MUG00001",
                        "Mug “blue”",
                        120,
                        10,
                        20,
                        30,
                        4,
                        1,
                        300,
                        50,
                        new BigDecimal("19.90"),
                        "EUR"),
                "CROSTON",
                new ReorderProposal(
                        "MUG-1",
                        day,
                        41.5,
                        6.25,
                        7,
                        0,
                        0,
                        0,
                        3.5,
                        3.5,
                        3.5,
                        530,
                        0,
                        0,
                        Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY,
                        null,
                        null,
                        false,
                        new ReorderProposal.RuleOfThumbOrders(0.0, 0, 0, 0)),
                new SupplyTerms(
                        "Acme",
                        new LeadTime(
                                LeadTimeStage.learnedFrom(25, 31), LeadTimeStage.of(10, 2.5), LeadTimeStage.fixed(5)),
                        new OrderConstraints(500, 48)),
                List.of(new WarehouseStock(StockLocation.THIRD_PARTY, "LA 3PL", 50)));

        String json = ReplenishmentSheets.JSON.writeValueAsString(line);
        ReplenishmentLine read = ReplenishmentSheets.JSON.readValue(json, ReplenishmentLine.class);

        assertThat(read).isEqualTo(line);
        assertThat(read.proposal().daysOfCover()).isInfinite();
        assertThat(read.terms().leadTime().production().observations()).isEqualTo(2);
    }
}
