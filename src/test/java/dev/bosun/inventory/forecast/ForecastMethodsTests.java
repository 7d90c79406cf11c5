package dev.bosun.inventory.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each method on series whose right answer is known. */
class ForecastMethodsTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    static double[] gaps(double... values) {
        return values;
    }

    @Test
    void sesOnAConstantSeriesForecastsTheConstant() {
        double[] y = new double[60];
        Arrays.fill(y, 12);
        assertThat(ExponentialSmoothing.ses(y, y.length, 5)).containsOnly(12.0);
    }

    @Test
    void sesFollowsALevelShift() {
        double[] y = new double[80];
        for (int t = 0; t < y.length; t++) {
            y[t] = t < 40 ? 10 : 20;
        }
        assertThat(ExponentialSmoothing.ses(y, y.length, 1)[0]).isCloseTo(20, within(0.01));
    }

    @Test
    void sesSkipsCensoredPeriods() {
        double[] y = new double[60];
        Arrays.fill(y, 10);
        for (int t = 40; t < 50; t++) {
            y[t] = Double.NaN;
        }
        assertThat(ExponentialSmoothing.ses(y, y.length, 1)[0]).isCloseTo(10, within(1e-9));
    }

    @Test
    void dampedTrendContinuesATrendAndFlattensIt() {
        double[] y = new double[60];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + 2 * t;
        }
        double[] forecast = ExponentialSmoothing.dampedTrend(y, y.length, 20);
        assertThat(forecast[0]).isCloseTo(130, within(1.0));
        assertThat(forecast[1] - forecast[0]).isGreaterThan(1.5);
        assertThat(forecast[19] - forecast[18]).isLessThan(forecast[1] - forecast[0]);
    }

    @ParameterizedTest(name = "{0}: Croston {1}, SBA {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # demand every third period     | Croston | SBA
            0,0,3,0,0,3,0,0,3,0,0,3          | 1.0     | 0.95
            0,0,0,0,0,0                      | 0       | 0
            4,4,4,4                          | 4.0     | 3.8
            """)
    void crostonAndSbaOnRegularIntermittentDemand(String series, double croston, double sba) {
        double[] y = Arrays.stream(series.split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
        assertThat(IntermittentDemand.croston(y, y.length, 1, false)[0]).isCloseTo(croston, within(1e-9));
        assertThat(IntermittentDemand.croston(y, y.length, 1, true)[0]).isCloseTo(sba, within(1e-9));
    }

    @Test
    void tsbFadesAnItemThatStoppedSelling() {
        double[] y = new double[40];
        for (int t = 0; t < 20; t++) {
            y[t] = t % 2 == 0 ? 2 : 0;
        }
        double tsb = IntermittentDemand.tsb(y, y.length, 1)[0];
        double croston = IntermittentDemand.croston(y, y.length, 1, false)[0];
        // Croston only learns at a demand: twenty quiet periods at the end change nothing.
        assertThat(croston).isGreaterThan(1.0);
        assertThat(tsb).isLessThan(0.2);
    }

    @Test
    void weekdayLevelReproducesAWeeklyPattern() {
        // Monday..Sunday: 10 12 10 20 10 0 8 (closed on Saturdays)
        double[] week = {10, 12, 10, 20, 10, 0, 8};
        double[] y = new double[28 * 7];
        for (int t = 0; t < y.length; t++) {
            y[t] = week[t % 7];
        }
        double[] forecast = WeekdayProfile.forecast(y, y.length, 14, 0, null);
        for (int i = 0; i < 14; i++) {
            assertThat(forecast[i]).as("day %d", i).isCloseTo(week[i % 7], within(0.01));
        }
    }

    @Test
    void weekdayProfileStartsOnTheHistorysWeekday() {
        // The history starts on a Wednesday (2): its first value is a Wednesday's.
        double[] week = {10, 12, 10, 20, 10, 0, 8};
        double[] y = new double[70];
        for (int t = 0; t < y.length; t++) {
            y[t] = week[(2 + t) % 7];
        }
        double[] profile = WeekdayProfile.of(y, y.length, 2);
        assertThat(profile[5]).isZero();
        assertThat(profile[3]).isCloseTo(20 / (70.0 / 7), within(1e-9));
    }

    @Test
    void oneHugeOrderDoesNotSetTheLevel() {
        double[] y = new double[140];
        Random random = new Random(3);
        for (int t = 0; t < y.length; t++) {
            y[t] = 8 + random.nextInt(5);
        }
        y[135] = 3000;
        double weekday = WeekdayProfile.forecast(y, y.length, 1, 0, null)[0];
        assertThat(weekday).isBetween(8.0, 14.0);
    }

    @Test
    void seasonalNaiveRepeatsTheLastSeasonAndFillsCensoredDaysFromTheSeasonBefore() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 11, 12, Double.NaN, 14, 15, 16, 17};
        double[] forecast = DemandForecaster.seasonalNaive(y, y.length, 9, 7);
        assertThat(forecast).containsExactly(11, 12, 3, 14, 15, 16, 17, 11, 12);
    }

    @ParameterizedTest(name = "train {0}, actual {1}, forecast {2} → RMSSE {3}, bias {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # training | actual | forecast | RMSSE             | bias
            1,3,1,3    | 2,2    | 2,2      | 0                 | 0
            1,3,1,3    | 2,4    | 2,2      | 0.7071067811865476 | -1
            1,3,1,3    | 0,0    | -5,2     | 0.7071067811865476 | 1
            5,5,5      | 1,1    | 0,0      | NaN               | -1
            """)
    void rmsseScalesTheErrorByTheTrainingPartsNaiveError(
            String training, String actual, String forecast, double rmsse, double bias) {
        double[] train = numbers(training);
        double[] held = numbers(actual);
        double[] predicted = numbers(forecast);
        if (Double.isNaN(rmsse)) {
            assertThat(ForecastAccuracy.rmsse(train, held, predicted)).isNaN();
        } else {
            assertThat(ForecastAccuracy.rmsse(train, held, predicted)).isCloseTo(rmsse, within(1e-12));
        }
        assertThat(ForecastAccuracy.bias(held, predicted)).isCloseTo(bias, within(1e-12));
    }

    static double[] numbers(String csv) {
        return Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
