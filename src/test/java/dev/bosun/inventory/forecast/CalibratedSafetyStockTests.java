package dev.bosun.inventory.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The calibrated safety stock ({@link ReorderPolicy.SafetyStockMethod#CALIBRATED}) on synthetic catalogues whose
 * demand process is known, so the fill rate its order-up-to level gives can be measured on fresh demand from the
 * same process: the units short over lead time + review period against the demand of a review period.
 */
class CalibratedSafetyStockTests {

    static final LocalDate START = LocalDate.of(2025, 1, 6);
    static final int HISTORY = 280;
    static final LeadTime LEAD = LeadTime.fixed(21);
    static final int REVIEW = 7;
    static final int CYCLE = 28;

    /** Poisson demand of {@code mean} a day, and on a day with chance {@code bigChance} one order of {@code big}. */
    record Process(double mean, double bigChance, double big) {

        double day(Random random) {
            double units = poisson(random, mean);
            if (random.nextDouble() < bigChance) {
                units += big;
            }
            return units;
        }
    }

    static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    static List<Process> catalogue(int items, double bigChance, long seed) {
        Random random = new Random(seed);
        List<Process> processes = new ArrayList<>();
        for (int s = 0; s < items; s++) {
            double mean = 3 + random.nextDouble() * 17;
            processes.add(new Process(mean, bigChance, bigChance == 0 ? 0 : mean * 15));
        }
        return processes;
    }

    static List<DemandForecast> forecasts(List<Process> processes, long seed) {
        Random random = new Random(seed);
        List<DemandHistory> histories = new ArrayList<>();
        for (int s = 0; s < processes.size(); s++) {
            double[] units = new double[HISTORY];
            for (int t = 0; t < HISTORY; t++) {
                units[t] = processes.get(s).day(random);
            }
            histories.add(DemandHistory.daily("item-" + s, START, units));
        }
        return new DemandForecaster()
                .forecast(histories, ForecastSettings.automatic(CYCLE).withErrorWindows(26));
    }

    /** Units served ÷ units demanded over many fresh cycles, stock at the order-up-to level at the review. */
    static double freshFillRate(List<Process> processes, List<DemandForecast> forecasts, ReorderPolicy policy) {
        Random random = new Random(99);
        double short_ = 0;
        double demanded = 0;
        for (int s = 0; s < processes.size(); s++) {
            DemandForecast forecast = forecasts.get(s);
            double level = forecast.total(0, CYCLE) + policy.safetyStock(forecast, LEAD);
            for (int cycle = 0; cycle < 400; cycle++) {
                double overLead = 0;
                for (int t = 0; t < 21; t++) {
                    overLead += processes.get(s).day(random);
                }
                double overReview = 0;
                for (int t = 0; t < REVIEW; t++) {
                    overReview += processes.get(s).day(random);
                }
                short_ += Math.max(0, overLead + overReview - level) - Math.max(0, overLead - level);
                demanded += overReview;
            }
        }
        return 1 - short_ / demanded;
    }

    static ReorderPolicy calibrated(ServiceLevel service, List<DemandForecast> forecasts) {
        return new ReorderPolicy(REVIEW, service, ReorderPolicy.SafetyStockMethod.CALIBRATED, 7)
                .calibratedOn(forecasts, Collections.nCopies(forecasts.size(), LEAD));
    }

    @Test
    void onSteadyDemandTheCalibratedFactorMeetsTheFillRateWithAModestFactor() {
        List<Process> processes = catalogue(40, 0, 1);
        List<DemandForecast> forecasts = forecasts(processes, 2);

        ReorderPolicy policy = calibrated(ServiceLevel.fillRate(0.98), forecasts);

        assertThat(policy.safetyFactor()).isBetween(0.0, 2.0);
        assertThat(freshFillRate(processes, forecasts, policy)).isBetween(0.975, 0.999);
    }

    @Test
    void bigSingleOrdersRaiseTheFactorAndTheFillRateStillHolds() {
        List<Process> lumpy = catalogue(40, 0.02, 3);
        List<DemandForecast> forecasts = forecasts(lumpy, 4);

        ReorderPolicy policy = calibrated(ServiceLevel.fillRate(0.98), forecasts);
        ReorderPolicy steady = calibrated(ServiceLevel.fillRate(0.98), forecasts(catalogue(40, 0, 3), 4));

        assertThat(policy.safetyFactor()).isGreaterThan(steady.safetyFactor() + 0.5);
        assertThat(freshFillRate(lumpy, forecasts, policy)).isBetween(0.97, 1.0);
        // the normal loss function on the same deviations misses the tail the big orders make
        ReorderPolicy normal =
                new ReorderPolicy(REVIEW, ServiceLevel.fillRate(0.98), ReorderPolicy.SafetyStockMethod.NORMAL, 7);
        assertThat(freshFillRate(lumpy, forecasts, normal)).isLessThan(0.95);
    }

    @Test
    void aHigherTargetNeverLowersTheFactorAndCycleServiceCountsWindowsNotUnits() {
        List<DemandForecast> forecasts = forecasts(catalogue(30, 0.02, 5), 6);

        double f95 = calibrated(ServiceLevel.fillRate(0.95), forecasts).safetyFactor();
        double f98 = calibrated(ServiceLevel.fillRate(0.98), forecasts).safetyFactor();
        double f995 = calibrated(ServiceLevel.fillRate(0.995), forecasts).safetyFactor();
        double cycle90 = calibrated(ServiceLevel.cycle(0.90), forecasts).safetyFactor();
        double cycle99 = calibrated(ServiceLevel.cycle(0.99), forecasts).safetyFactor();

        assertThat(f95).isLessThanOrEqualTo(f98);
        assertThat(f98).isLessThanOrEqualTo(f995);
        assertThat(cycle90).isLessThan(cycle99);
    }

    /**
     * Items whose big orders come in the same weeks (a promotion, a season): the record is a draw of a few such
     * weeks. The factor that only just met the target on that record is the one the two-way resampling must raise.
     */
    static List<DemandForecast> sharedBigWeeks(int items, long seed) {
        Random random = new Random(seed);
        boolean[] bigDay = new boolean[HISTORY];
        for (int t = 0; t < HISTORY; t++) {
            bigDay[t] = random.nextDouble() < 0.01;
        }
        List<DemandHistory> histories = new ArrayList<>();
        for (int s = 0; s < items; s++) {
            double mean = 3 + random.nextDouble() * 17;
            double[] units = new double[HISTORY];
            for (int t = 0; t < HISTORY; t++) {
                units[t] = poisson(random, mean) + (bigDay[t] && random.nextDouble() < 0.5 ? mean * 15 : 0);
            }
            histories.add(DemandHistory.daily("item-" + s, START, units));
        }
        return new DemandForecaster()
                .forecast(histories, ForecastSettings.automatic(CYCLE).withErrorWindows(26));
    }

    @Test
    void theFactorHoldsOnResamplesOfItsRecordNotJustOnTheRecordItself() {
        List<DemandForecast> forecasts = sharedBigWeeks(40, 11);
        ReorderPolicy policy =
                new ReorderPolicy(REVIEW, ServiceLevel.fillRate(0.98), ReorderPolicy.SafetyStockMethod.CALIBRATED, 7);
        List<LeadTime> leads = Collections.nCopies(forecasts.size(), LEAD);

        double recordAlone = policy.calibratedOn(forecasts, leads, 0).safetyFactor();
        double confident = policy.calibratedOn(forecasts, leads).safetyFactor();

        // the record is a draw of a few weeks with big orders: the 95 % bound of its units short needs more stock
        assertThat(confident).isGreaterThan(recordAlone * 1.1);
        assertThat(policy.calibratedOn(forecasts, leads, 0.90).safetyFactor()).isBetween(recordAlone, confident);
        // the same record always gives the same factor (the resampling's seed is fixed)
        assertThat(policy.calibratedOn(forecasts, leads).safetyFactor()).isEqualTo(confident);
    }

    @Test
    void theFactorMultipliesTheDeviationTheRecordWasJudgedAgainst() {
        List<DemandForecast> forecasts = forecasts(catalogue(10, 0.02, 13), 14);
        ReorderPolicy policy = calibrated(ServiceLevel.fillRate(0.98), forecasts);

        for (DemandForecast forecast : forecasts) {
            double own = sampleDeviation(forecast.ownErrors().windowSumsWithCensoredBounds(CYCLE));
            double catalogue = forecast.errors().cumulativeMeanAndDeviation(CYCLE)[1];
            int windows = forecast.ownErrors().windowSumsWithCensoredBounds(CYCLE).length;
            double blended = Math.sqrt((windows * own * own + 6 * catalogue * catalogue) / (windows + 6));
            assertThat(policy.safetyStock(forecast, LEAD))
                    .isCloseTo(
                            policy.safetyFactor() * blended * forecast.errorScale(),
                            org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    static double sampleDeviation(double[] values) {
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= values.length;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    @Test
    void withTooFewWindowsForTheWholeCycleTheFactorIsLearntOnShorterSums() {
        // 91 days of lumpy history and a 56-day cycle (lead time 42, review 14): the 4 own windows leave none
        // judged against 2 earlier ones that ended before it over 56 days, but over 14 days they do
        Random random = new Random(21);
        List<DemandHistory> histories = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            double mean = 3 + random.nextDouble() * 17;
            double[] units = new double[91];
            for (int t = 0; t < units.length; t++) {
                units[t] = poisson(random, mean) + (random.nextDouble() < 0.02 ? mean * 15 : 0);
            }
            histories.add(DemandHistory.daily("item-" + s, START, units));
        }
        List<DemandForecast> forecasts = new DemandForecaster()
                .forecast(histories, ForecastSettings.automatic(56).withErrorWindows(26));
        LeadTime lead = LeadTime.fixed(42);

        ReorderPolicy policy = new ReorderPolicy(
                        14, ServiceLevel.fillRate(0.98), ReorderPolicy.SafetyStockMethod.CALIBRATED, 7)
                .calibratedOn(forecasts, Collections.nCopies(forecasts.size(), lead));

        assertThat(policy.safetyFactor()).isNotNaN().isPositive();
    }

    @Test
    void otherMethodsAreLeftAsTheyAreAndWithoutOwnErrorsTheNormalZIsUsed() {
        List<DemandForecast> forecasts = forecasts(catalogue(5, 0, 7), 8);
        ReorderPolicy empirical = ReorderPolicy.of(REVIEW, ServiceLevel.fillRate(0.98));
        assertThat(empirical.calibratedOn(forecasts, Collections.nCopies(5, LEAD)))
                .isSameAs(empirical);

        List<DemandHistory> short_ = List.of(DemandHistory.daily("new", START, 4, 5, 6, 5, 4, 5, 6, 5, 4, 5));
        List<DemandForecast> none = new DemandForecaster()
                .forecast(short_, ForecastSettings.automatic(CYCLE).withErrorWindows(26));
        ReorderPolicy uncalibrated = calibrated(ServiceLevel.fillRate(0.98), none);
        assertThat(uncalibrated.safetyFactor()).isNaN();

        assertThatThrownBy(
                        () -> calibrated(ServiceLevel.fillRate(0.98), forecasts).calibratedOn(forecasts, List.of(LEAD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 forecasts but 1 lead times");
    }
}
