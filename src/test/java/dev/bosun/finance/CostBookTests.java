package dev.bosun.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostBookTests {

    private static final CostBook BOOK = new CostBook(
            7,
            Map.of(
                    "MUG",
                    List.of(
                            new CostPeriod("MUG", day("2024-03-01"), null, Money.of("23.00", "CNY")),
                            new CostPeriod("MUG", day("2024-01-01"), day("2024-03-01"), Money.of("21.50", "CNY")))),
            List.of(
                    new CostBook.ShipmentUnitCost(
                            "MUG", day("2024-02-10"), 1, "FBA-1", Money.of("1.5", "USD"), Money.of("0.2", "USD")),
                    new CostBook.ShipmentUnitCost(
                            "MUG", day("2024-04-01"), 3, "FBA-3", Money.of("1.8", "USD"), Money.of("0.25", "USD")),
                    new CostBook.ShipmentUnitCost(
                            "MUG", day("2024-04-01"), 2, "FBA-2", Money.of("9.9", "USD"), Money.of("9.9", "USD"))),
            Map.of("MUG", Map.of(day("2024-05-01"), Money.of("0.90", "USD"))),
            Map.of(day("2024-01-01"), Money.of("0.60", "USD")));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023-12-31, ", "2024-01-01, 21.50", "2024-02-29, 21.50", "2024-03-01, 23.00", "2030-01-01, 23.00"})
    void theCostInForceIsTheLatestStartedOnOrBeforeTheDay(String day, String cost) {
        assertThat(BOOK.cogs("MUG", day(day)).map(m -> m.amount().toPlainString()))
                .isEqualTo(java.util.Optional.ofNullable(cost));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2024-02-09, , , , 0.60",
        "2024-02-10, 1.5, 0.2, FBA-1, 0.60",
        "2024-03-31, 1.5, 0.2, FBA-1, 0.60",
        "2024-04-01, 1.8, 0.25, FBA-3, 0.60",
        "2024-05-01, 1.8, 0.25, FBA-3, 0.90"
    })
    void freightAndDutiesComeFromTheLatestShipmentAndPickAndPackFromTheSkuElseTheAccount(
            String day, String freight, String duties, String shipment, String pickAndPack) {
        LandedCost cost = BOOK.landedCost("MUG", day(day));

        assertThat(cost.freight() == null ? null : cost.freight().amount().toPlainString())
                .isEqualTo(freight);
        assertThat(cost.duties() == null ? null : cost.duties().amount().toPlainString())
                .isEqualTo(duties);
        assertThat(cost.shipment()).isEqualTo(shipment);
        assertThat(cost.pickAndPack().amount().toPlainString()).isEqualTo(pickAndPack);
    }

    @Test
    void aSkuWithoutCostsHasOnlyTheAccountsPickAndPack() {
        LandedCost cost = BOOK.landedCost("OTHER", day("2024-06-01"));

        assertThat(cost.complete()).isFalse();
        assertThat(cost.fbaParts()).isEmpty();
        assertThat(cost.fbmParts()).containsExactly(Money.of("0.60", "USD"));
        assertThat(BOOK.cogsHistory("OTHER")).isEmpty();
        assertThat(BOOK.skus()).containsExactly("MUG");
    }

    @Test
    void theHistoryIsOldestFirst() {
        assertThat(BOOK.cogsHistory("MUG"))
                .extracting(CostPeriod::from)
                .containsExactly(day("2024-01-01"), day("2024-03-01"));
        assertThat(BOOK.landedCost("MUG", day("2024-04-02")).fbaParts())
                .containsExactly(Money.of("23.00", "CNY"), Money.of("1.8", "USD"), Money.of("0.25", "USD"));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
