package dev.bosun.inventory.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Histories the replenishment sheet hands the forecaster: new SKUs, SKUs out of stock throughout, steady sellers. */
class SheetEdgeCasesTests {

    static final LocalDate START = LocalDate.of(2026, 5, 1);

    @Test
    void newAndAlwaysOutOfStockSkusAreForecastAlongsideSteadyOnes() {
        double[] fresh = new double[14];
        fresh[13] = 3;
        boolean[] none = new boolean[14];
        double[] steady = new double[182];
        Arrays.fill(steady, 5);
        List<DemandHistory> histories = List.of(
                DemandHistory.daily("NEW", START.plusDays(168), fresh),
                new DemandHistory("OUT", START.plusDays(168), Frequency.DAILY, new double[14], none, null),
                DemandHistory.daily("STEADY", START, steady));

        List<DemandForecast> forecasts = new DemandForecaster()
                .forecast(histories, ForecastSettings.automatic(60).withErrorWindows(26));

        ReorderPolicy policy = ReorderPolicy.of(7, ServiceLevel.cycle(0.98));
        for (int i = 0; i < histories.size(); i++) {
            DemandForecast f = forecasts.get(i);
            assertThat(Arrays.stream(f.mean()).allMatch(m -> Double.isFinite(m) && m >= 0))
                    .as(f.id())
                    .isTrue();
            ReorderProposal p = policy.propose(
                    histories.get(i), f, StockSituation.onHand(10), LeadTime.fixed(30), OrderConstraints.NONE);
            assertThat(p.orderQuantity()).isNotNegative();
            assertThat(p.safetyStock()).isFinite();
        }
        assertThat(forecasts.get(2).meanAt(0)).isBetween(4.5, 5.5);
    }
}
