package dev.bosun.inventory.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Demand, lead time, service level → safety stock, reorder point, order, cover, dates and the rules of thumb. */
class ReorderPolicyTests {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final int DAYS = 120;
    static final LocalDate TODAY = START.plusDays(DAYS);

    static DemandHistory steady(double perDay) {
        double[] y = new double[DAYS];
        Arrays.fill(y, perDay);
        return DemandHistory.daily("steady", START, y);
    }

    static DemandForecast forecastOf(DemandHistory history) {
        return new DemandForecaster().forecast(history, ForecastSettings.automatic(28));
    }

    static final ReorderPolicy WEEKLY_98 = ReorderPolicy.of(7, ServiceLevel.cycle(0.98));

    @ParameterizedTest(name = "{0} on hand + {1} inbound (day {2}), MOQ {3}, case {4} → order {8}")
    @CsvSource(delimiter = '|', textBlock = """
            # on hand | inbound | arrives in | MOQ | case | reorder point | order up to | need | order | cover | with inbound
            100       | 0       | 0          | 0   | 1    | 210           | 280         | 180  | 180   | 10    | 10
            100       | 0       | 0          | 200 | 1    | 210           | 280         | 180  | 200   | 10    | 10
            100       | 0       | 0          | 200 | 48   | 210           | 280         | 180  | 240   | 10    | 10
            100       | 0       | 0          | 0   | 48   | 210           | 280         | 180  | 192   | 10    | 10
            100       | 100     | 5          | 0   | 1    | 210           | 280         | 80   | 80    | 10    | 20
            100       | 100     | 15         | 0   | 1    | 210           | 280         | 80   | 80    | 10    | 10
            300       | 0       | 0          | 500 | 1    | 210           | 280         | 0    | 0     | 30    | 30
            """)
    void steadyDemandOfTenADayWithThreeWeeksLeadTimeAndWeeklyReview(
            double onHand,
            double inbound,
            int arrivesIn,
            int moq,
            int casePack,
            double reorderPoint,
            double orderUpTo,
            double need,
            long order,
            double cover,
            double coverWithInbound) {
        DemandHistory history = steady(10);
        StockSituation stock = inbound == 0
                ? StockSituation.onHand(onHand)
                : new StockSituation(onHand, List.of(new StockSituation.Inbound(TODAY.plusDays(arrivesIn), inbound)));

        ReorderProposal proposal = WEEKLY_98.propose(
                history, forecastOf(history), stock, LeadTime.fixed(21), new OrderConstraints(moq, casePack));

        assertThat(proposal.day()).isEqualTo(TODAY);
        assertThat(proposal.dailyDemand()).isCloseTo(10, within(1e-9));
        assertThat(proposal.safetyStock()).isCloseTo(0, within(1e-9));
        assertThat(proposal.reorderPoint()).isCloseTo(reorderPoint, within(1e-6));
        assertThat(proposal.orderUpTo()).isCloseTo(orderUpTo, within(1e-6));
        assertThat(proposal.need()).isCloseTo(need, within(1e-6));
        assertThat(proposal.orderQuantity()).isEqualTo(order);
        assertThat(proposal.daysOfCover()).isCloseTo(cover, within(1e-9));
        assertThat(proposal.daysOfCoverWithInbound()).isCloseTo(coverWithInbound, within(1e-9));
    }

    @ParameterizedTest(name = "{0} on hand → runs out {1}, last safe order {2}, warning {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # on hand | runs out in | last safe order in | warning
            400       | 40          | 19                 | false
            290       | 29          | 8                  | false
            280       | 28          | 7                  | true
            100       | 10          | -11                | true
            0         | 0           | -21                | true
            """)
    void warnsAWeekBeforeTheLastSafeOrderDate(double onHand, int runsOutIn, int lastSafeIn, boolean warning) {
        DemandHistory history = steady(10);

        ReorderProposal proposal = WEEKLY_98.propose(
                history, forecastOf(history), StockSituation.onHand(onHand), LeadTime.fixed(21), OrderConstraints.NONE);

        assertThat(proposal.projectedStockOut()).isEqualTo(TODAY.plusDays(runsOutIn));
        assertThat(proposal.lastSafeOrderDate()).isEqualTo(TODAY.plusDays(lastSafeIn));
        assertThat(proposal.warning()).isEqualTo(warning);
    }

    @Test
    void showsWhatTheRulesOfThumbWouldOrder() {
        DemandHistory history = steady(10);

        ReorderProposal proposal = WEEKLY_98.propose(
                history, forecastOf(history), StockSituation.onHand(100), LeadTime.fixed(21), OrderConstraints.NONE);

        // 6 weeks: 10 × (21 + 7 + 42) − 100; 8 weeks: 10 × (21 + 7 + 56) − 100; 10 × (21 + 7) × 1.5 − 100
        assertThat(proposal.ruleOfThumb().averageDailySales()).isEqualTo(10);
        assertThat(proposal.ruleOfThumb().sixWeeks()).isEqualTo(600);
        assertThat(proposal.ruleOfThumb().eightWeeks()).isEqualTo(740);
        assertThat(proposal.ruleOfThumb().cycleTimesOneAndHalf()).isEqualTo(320);
        assertThat(proposal.orderQuantity()).isEqualTo(180);
    }

    @Test
    void leadTimeSpreadAddsSafetyStock() {
        DemandHistory history = steady(10);
        LeadTime uncertain = new LeadTime(LeadTimeStage.of(14, 3), LeadTimeStage.of(5, 4), LeadTimeStage.fixed(2));

        ReorderProposal proposal = WEEKLY_98.propose(
                history, forecastOf(history), StockSituation.onHand(0), uncertain, OrderConstraints.NONE);

        // 10 a day × 5 days of deviation × z(0.98) = 2.0537
        assertThat(proposal.leadTimeDays()).isEqualTo(21);
        assertThat(proposal.leadTimeDeviationDays()).isCloseTo(5, within(1e-12));
        assertThat(proposal.safetyStock()).isCloseTo(102.687, within(0.01));
        assertThat(proposal.orderUpTo()).isCloseTo(280 + 102.687, within(0.01));
    }

    @Test
    void aNoisierSkuAndAHigherServiceLevelKeepMoreSafetyStock() {
        Random random = new Random(11);
        double[] calm = new double[DAYS];
        double[] noisy = new double[DAYS];
        for (int t = 0; t < DAYS; t++) {
            calm[t] = Math.max(0, Math.round(20 + 2 * random.nextGaussian()));
            noisy[t] = Math.max(0, Math.round(20 + 12 * random.nextGaussian()));
        }
        List<DemandForecast> forecasts = new DemandForecaster()
                .forecast(
                        List.of(DemandHistory.daily("calm", START, calm), DemandHistory.daily("noisy", START, noisy)),
                        ForecastSettings.automatic(28).withErrorWindows(26));
        LeadTime lead = LeadTime.fixed(21);

        for (ReorderPolicy.SafetyStockMethod method : ReorderPolicy.SafetyStockMethod.values()) {
            double calm90 =
                    new ReorderPolicy(7, ServiceLevel.cycle(0.90), method, 7).safetyStock(forecasts.get(0), lead);
            double calm98 =
                    new ReorderPolicy(7, ServiceLevel.cycle(0.98), method, 7).safetyStock(forecasts.get(0), lead);
            double noisy98 =
                    new ReorderPolicy(7, ServiceLevel.cycle(0.98), method, 7).safetyStock(forecasts.get(1), lead);
            assertThat(calm98).as(method.name()).isGreaterThan(calm90).isGreaterThan(0);
            assertThat(noisy98).as(method.name()).isGreaterThan(2 * calm98);
        }
    }

    @ParameterizedTest(name = "observed {0} → mean {1}, deviation {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # durations (days) | mean | deviation
            20,22,24           | 22   | 4.138236339311712
            30                 | 30   | 7.5
            10,10,10,10,10,10  | 10   | 1.3363062095621219
            """)
    void learnsALeadTimeStageFromActualDurations(String observed, double mean, double deviation) {
        double[] days = Arrays.stream(observed.split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();

        LeadTimeStage stage = LeadTimeStage.learnedFrom(days);

        assertThat(stage.meanDays()).isCloseTo(mean, within(1e-12));
        assertThat(stage.deviationDays()).isCloseTo(deviation, within(1e-12));
        assertThat(stage.observations()).isEqualTo(days.length);
    }

    @Test
    void stagesAddUp() {
        LeadTime lead = new LeadTime(
                LeadTimeStage.of(20, 3), LeadTimeStage.of(30, 4), LeadTimeStage.learnedFrom(7, 7, 7, 7, 7, 7, 7, 7));

        assertThat(lead.meanDays()).isEqualTo(57);
        assertThat(lead.deviationDays()).isCloseTo(Math.sqrt(9 + 16 + 2 * 1.75 * 1.75 / 9), within(1e-12));
        assertThat(lead.plannedDays()).isEqualTo(57);
    }

    @ParameterizedTest(name = "z({0}) = {1}")
    @CsvSource(textBlock = """
            0.5,   0
            0.8,   0.8416212335729143
            0.95,  1.6448536269514729
            0.98,  2.053748910631823
            0.995, 2.5758293035489
            0.01,  -2.3263478740408408
            """)
    void serviceLevelsBecomeNormalQuantiles(double p, double z) {
        assertThat(ServiceLevel.normalQuantile(p)).isCloseTo(z, within(1e-8));
    }

    @ParameterizedTest(name = "service {0}, price {1} of {2}, exponent {3} → {4}")
    @CsvSource(textBlock = """
            0.98, 3,     3, 1,   0.98
            0.98, 0.3,   3, 1,   0.998
            0.98, 12,    3, 1,   0.92
            0.98, 12,    3, 0.5, 0.96
            0.98, 300,   3, 1,   0.5
            0.98, 0.001, 3, 1,   0.9995
            0.98, 12,    3, 0,   0.98
            """)
    void capitalWeightingGivesCheapItemsMoreServiceAndDearOnesLess(
            double target, double price, double reference, double exponent, double weighted) {
        assertThat(ServiceLevel.cycle(target)
                        .weightedByPrice(price, reference, exponent)
                        .target())
                .isCloseTo(weighted, within(1e-9));
    }

    @Test
    void normalLossIsInvertedForFillRates() {
        assertThat(ReorderPolicy.normalLoss(0)).isCloseTo(0.3989422804, within(1e-7));
        assertThat(ReorderPolicy.normalLoss(1)).isCloseTo(0.0833154, within(1e-6));
        assertThat(ReorderPolicy.normalLossInverse(0.0833154)).isCloseTo(1, within(1e-5));
        assertThat(ReorderPolicy.normalCdf(1.959964)).isCloseTo(0.975, within(1e-6));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> ServiceLevel.cycle(1.0)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new OrderConstraints(-1, 1)).hasMessageContaining("MOQ cannot be negative");
        assertThatThrownBy(() -> new OrderConstraints(0, 0)).hasMessageContaining("at least 1 unit");
        assertThatThrownBy(LeadTimeStage::learnedFrom).hasMessageContaining("at least one observed duration");
        assertThatThrownBy(() -> LeadTimeStage.learnedFrom(5, -1)).hasMessageContaining("not below 0");
        assertThatThrownBy(() -> StockSituation.onHand(-3)).hasMessageContaining("not below 0");
        assertThatThrownBy(
                        () -> new ReorderPolicy(0, ServiceLevel.cycle(0.9), ReorderPolicy.SafetyStockMethod.NORMAL, 7))
                .hasMessageContaining("at least 1 day");
    }
}
