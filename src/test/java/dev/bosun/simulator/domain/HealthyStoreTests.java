package dev.bosun.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A store without incidents stays within the bounds of a healthy business, in every marketplace: order defect rate
 * under 1 %, 2 to 10 % of units returned, ACoS of Sponsored Products between 15 and 40 %, and what it could not
 * sell for lack of stock (or to a hijacker) under 3 % of what it sold, with hardly a day out of stock: its replenishment keeps its shelves stocked.
 */
class HealthyStoreTests {

    private static final List<Marketplace> MARKETPLACES = List.of(Marketplace.US, Marketplace.DE, Marketplace.JP);
    private static Store store;
    private static Truth truth;
    private static HealthLedger health;

    @BeforeAll
    static void simulateAYear() {
        store = Store.open(new StorePlan(11, LocalDate.of(2025, 3, 1), 365, 30, MARKETPLACES));
        truth = new Truth();
        health = new HealthLedger();
        new Simulation(store, null, new Both(truth, health)).run();
    }

    @Test
    void orderDefectRateStaysBelowOnePercent() {
        for (Marketplace marketplace : MARKETPLACES) {
            for (int day = 90; day < store.plan().days(); day += 30) {
                HealthReport report = health.report(marketplace, day);
                assertThat(report.afn().orders()).as(marketplace + " orders").isPositive();
                assertThat(report.orderDefectRate())
                        .as(marketplace + " ODR on day " + day)
                        .isLessThan(0.01);
            }
            HealthReport last = health.report(marketplace, store.plan().days() - 1);
            assertThat(last.lateShipmentRate())
                    .as(marketplace + " late shipments")
                    .isLessThan(0.04);
            assertThat(last.validTrackingRate())
                    .as(marketplace + " valid tracking")
                    .isGreaterThan(0.95);
            assertThat(last.cancellationRate())
                    .as(marketplace + " cancellations")
                    .isLessThan(0.025);
        }
    }

    @Test
    void returnRateIsBetweenTwoAndTenPercent() {
        for (Marketplace marketplace : MARKETPLACES) {
            assertThat(truth.total(marketplace).returnRate())
                    .as(marketplace.code())
                    .isBetween(0.02, 0.10);
        }
    }

    @Test
    void acosIsBetweenFifteenAndFortyPercent() {
        for (Marketplace marketplace : MARKETPLACES) {
            assertThat(truth.total(marketplace).acos()).as(marketplace.code()).isBetween(0.15, 0.40);
        }
    }

    @Test
    void shelvesStayStocked() {
        for (Marketplace marketplace : MARKETPLACES) {
            Truth.Figures total = truth.total(marketplace);
            assertThat(total.stockOutDays)
                    .as(marketplace + " days an FBA product was out of stock, over a year")
                    .isLessThan(10);
            assertThat(total.lostUnits)
                    .as(marketplace + " units lost to empty shelves or hijackers")
                    .isLessThan(total.unitsOrdered * 3 / 100);
        }
    }

    @Test
    void adsBringAShareOfTheSalesNotAll() {
        for (Marketplace marketplace : MARKETPLACES) {
            Truth.Figures total = truth.total(marketplace);
            double adShare = total.adUnits / (double) total.unitsOrdered;
            assertThat(adShare).as(marketplace + " units after an ad click").isBetween(0.1, 0.6);
        }
    }

    /** Tells both listeners. */
    private record Both(Truth truth, HealthLedger health) implements StoreEvents {
        @Override
        public void started(Store store) {
            truth.started(store);
            health.started(store);
        }

        @Override
        public void ordered(OrderItem item) {
            truth.ordered(item);
            health.ordered(item);
        }

        @Override
        public void returned(ReturnedItem item) {
            truth.returned(item);
        }

        @Override
        public void feedback(FeedbackEntry entry) {
            truth.feedback(entry);
            health.feedback(entry);
        }

        @Override
        public void advertised(AdDay day) {
            truth.advertised(day);
        }

        @Override
        public void offerDay(OfferDay day) {
            truth.offerDay(day);
        }
    }
}
