package dev.bosun.inventory.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The forecaster as a caller uses it: choice by backtest, censoring, uplifts, intervals, overrides. */
class DemandForecasterTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    final DemandForecaster forecaster = new DemandForecaster();

    static double[] weekly(int days, long seed, double... week) {
        Random random = new Random(seed);
        double[] y = new double[days];
        for (int t = 0; t < days; t++) {
            double mean = week[t % 7];
            y[t] = mean == 0 ? 0 : Math.max(0, Math.round(mean + random.nextGaussian() * Math.sqrt(mean)));
        }
        return y;
    }

    @Test
    void aSkuWithAStrongWeekdayPatternGetsAWeekdayMethod() {
        double[] y = weekly(300, 1, 20, 22, 20, 40, 20, 0, 6);
        DemandForecast forecast =
                forecaster.forecast(DemandHistory.daily("A", MONDAY, y), ForecastSettings.automatic(28));

        assertThat(forecast.method()).isIn(ForecastMethod.WEEKDAY_LEVEL, ForecastMethod.SEASONAL_NAIVE);
        assertThat(forecast.start()).isEqualTo(MONDAY.plusDays(300));
        assertThat(forecast.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(forecast.meanAt(4)).as("Thursday").isGreaterThan(30);
        assertThat(forecast.meanAt(6)).as("Saturday").isLessThan(2);
        assertThat(forecast.meanAt(1)).as("Monday").isBetween(15.0, 25.0);
        assertThat(forecast.backtestRmsse()).containsKeys(ForecastMethod.SES, ForecastMethod.TSB);
    }

    @Test
    void aSkuThatStoppedSellingGetsAMethodThatFadesIt() {
        double[] y = new double[48];
        Random random = new Random(5);
        for (int t = 0; t < 30; t++) {
            y[t] = random.nextDouble() < 0.4 ? 1 + random.nextInt(3) : 0;
        }
        DemandForecast forecast = forecaster.forecast(
                DemandHistory.monthly("P", LocalDate.of(1998, 1, 1), y), ForecastSettings.automatic(12));

        assertThat(forecast.mean()[0]).isLessThan(0.3);
    }

    @Test
    void stockOutDaysAreCensoredNotZeroDemand() {
        double[] y = weekly(200, 2, 10, 10, 10, 10, 10, 10, 10);
        boolean[] inStock = new boolean[200];
        java.util.Arrays.fill(inStock, true);
        for (int t = 170; t < 200; t++) {
            y[t] = t < 190 ? 0 : y[t];
            inStock[t] = t >= 190;
        }
        ForecastSettings ses = ForecastSettings.automatic(7).only(ForecastMethod.SES);
        DemandHistory history = DemandHistory.daily("B", MONDAY, y);

        double censored =
                forecaster.forecast(history.withObserved(inStock), ses).meanAt(0);
        double asZeros = forecaster.forecast(history, ses).meanAt(0);

        assertThat(censored).isBetween(8.0, 12.0);
        assertThat(asZeros).isLessThan(censored);
    }

    @Test
    void knownEventsLiftTheForecastAndDoNotRaiseTheLevel() {
        double[] y = weekly(120, 3, 10, 10, 10, 10, 10, 10, 10);
        LocalDate pastEvent = MONDAY.plusDays(110);
        for (int t = 110; t < 112; t++) {
            y[t] = 40; // last event sold four times as much
        }
        LocalDate nextEvent = MONDAY.plusDays(125);
        DemandUplifts known = DemandUplifts.none()
                .with(new DemandEvent("Prime Day 1", pastEvent, pastEvent.plusDays(1), 4))
                .with(new DemandEvent("Prime Day 2", nextEvent, nextEvent.plusDays(1), 4));
        ForecastSettings ses = ForecastSettings.automatic(14).only(ForecastMethod.SES);

        DemandForecast forecast =
                forecaster.forecast(DemandHistory.daily("C", MONDAY, y).withUplifts(known), ses);

        assertThat(forecast.meanAt(0)).isBetween(8.0, 12.0);
        assertThat(forecast.meanAt(5)).isCloseTo(4 * forecast.meanAt(0), within(1e-9));
        assertThat(forecast.meanAt(6)).isCloseTo(4 * forecast.meanAt(0), within(1e-9));
        assertThat(forecast.meanAt(7)).isCloseTo(forecast.meanAt(0), within(1e-9));
    }

    @Test
    void monthFactorsCarryYearlySeasonality() {
        double[] y = new double[36];
        double[] months = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3};
        for (int t = 0; t < 36; t++) {
            y[t] = 100 * months[t % 12];
        }
        DemandHistory history = DemandHistory.monthly("D", LocalDate.of(2023, 1, 1), y)
                .withUplifts(DemandUplifts.none().withMonthFactors(months));

        DemandForecast forecast =
                forecaster.forecast(history, ForecastSettings.automatic(12).only(ForecastMethod.SES));

        assertThat(forecast.meanAt(0)).isCloseTo(100, within(0.01));
        assertThat(forecast.meanAt(11)).isCloseTo(300, within(0.01));
    }

    @Test
    void intervalsWidenWithTheNoiseAndNestByLevel() {
        double[] calm = weekly(200, 4, 50, 50, 50, 50, 50, 50, 50);
        Random random = new Random(9);
        double[] wild = new double[200];
        for (int t = 0; t < 200; t++) {
            wild[t] = random.nextDouble() < 0.1 ? 400 : 5;
        }
        List<DemandForecast> forecasts = forecaster.forecast(
                List.of(DemandHistory.daily("calm", MONDAY, calm), DemandHistory.daily("wild", MONDAY, wild)),
                ForecastSettings.automatic(14));

        for (DemandForecast forecast : forecasts) {
            PredictionInterval narrow = forecast.interval(0.8);
            PredictionInterval wide = forecast.interval(0.95);
            for (int i = 0; i < 14; i++) {
                assertThat(wide.lowerAt(i)).isLessThanOrEqualTo(narrow.lowerAt(i));
                assertThat(wide.upperAt(i)).isGreaterThanOrEqualTo(narrow.upperAt(i));
                assertThat(narrow.lowerAt(i)).isGreaterThanOrEqualTo(0);
            }
        }
        double calmWidth = forecasts.get(0).interval(0.95).upperAt(0)
                - forecasts.get(0).interval(0.95).lowerAt(0);
        double wildWidth = forecasts.get(1).interval(0.95).upperAt(0)
                - forecasts.get(1).interval(0.95).lowerAt(0);
        assertThat(wildWidth).isGreaterThan(3 * calmWidth);
        assertThat(forecasts.get(0).interval(0.95).upperAt(0))
                .isGreaterThan(forecasts.get(0).meanAt(0));
    }

    @Test
    void overridesReplaceOrMultiplyADateRange() {
        double[] y = weekly(100, 6, 10, 10, 10, 10, 10, 10, 10);
        DemandForecast forecast =
                forecaster.forecast(DemandHistory.daily("E", MONDAY, y), ForecastSettings.automatic(10));
        LocalDate first = forecast.start();

        DemandForecast changed = forecast.overriddenBy(List.of(
                new ForecastOverride(first, first.plusDays(1), ForecastOverride.Kind.REPLACE, 40, "launch"),
                new ForecastOverride(first.plusDays(1), first.plusDays(2), ForecastOverride.Kind.MULTIPLY, 2, "ads")));

        assertThat(changed.meanAt(0)).isEqualTo(40);
        assertThat(changed.meanAt(1)).isEqualTo(80);
        assertThat(changed.meanAt(2)).isCloseTo(2 * forecast.meanAt(2), within(1e-9));
        assertThat(changed.meanAt(3)).isEqualTo(forecast.meanAt(3));
        assertThat(changed.interval(0.8).upperAt(2))
                .isCloseTo(2 * forecast.interval(0.8).upperAt(2), within(1e-9));
        assertThat(changed.interval(0.8).upperAt(0))
                .isCloseTo(40 + forecast.interval(0.8).upperAt(0) - forecast.meanAt(0), within(1e-9));
    }

    @Test
    void calibrationNeedsACatalogue() {
        List<DemandHistory> few = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            few.add(DemandHistory.daily("s" + s, MONDAY, weekly(120, s, 5, 5, 5, 5, 5, 5, 5)));
        }
        assertThat(forecaster.forecast(few, ForecastSettings.automatic(14)))
                .allSatisfy(forecast -> assertThat(forecast.calibration()).isEqualTo(1));
    }

    @Test
    void aShortHistoryStillGetsAForecast() {
        DemandForecast forecast =
                forecaster.forecast(DemandHistory.daily("new", MONDAY, 3, 4, 5), ForecastSettings.automatic(7));

        assertThat(forecast.method()).isEqualTo(ForecastMethod.SES);
        assertThat(forecast.backtestRmsse()).isEmpty();
        assertThat(forecast.meanAt(0)).isBetween(3.0, 5.0);
    }

    @Test
    void badInputIsRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> DemandHistory.daily("X", MONDAY, 1, -2, 3))
                .hasMessage("X: units of period 2 (2026-01-06) must be a number not below 0, got -2.0");
        assertThatThrownBy(() -> new DemandHistory("X", MONDAY, Frequency.DAILY, new double[3], new boolean[2], null))
                .hasMessage("X: 3 periods of units but 2 in-stock flags");
        assertThatThrownBy(() -> ForecastSettings.automatic(0)).hasMessageContaining("at least 1 period");
        assertThatThrownBy(() -> new DemandEvent("BFCM", MONDAY, MONDAY.minusDays(1), 2))
                .hasMessageContaining("ends (2026-01-04) before it starts");
        assertThatThrownBy(() -> new DemandEvent("BFCM", MONDAY, MONDAY, 0)).hasMessageContaining("above 0");
    }
}
