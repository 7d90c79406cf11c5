package dev.bosun.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.Incident;
import dev.bosun.simulator.IncidentDay;
import dev.bosun.simulator.IncidentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each planted incident moves the figures it should, for its subject and from its day, and leaves the rest alone:
 * every run is compared with the healthy run of the same seed, day by day. Because every draw is keyed by what it
 * is about, the products an incident does not touch come out exactly as in the healthy store.
 */
class PlantedIncidentsTests {

    private static final List<Marketplace> MARKETPLACES = List.of(Marketplace.US, Marketplace.DE);
    private static final StorePlan PLAN = new StorePlan(4, LocalDate.of(2025, 3, 3), 150, 24, MARKETPLACES);
    private static final int LAST = PLAN.days() - 1;
    private static Run healthy;

    @BeforeAll
    static void simulateTheHealthyStore() {
        healthy = run(List.of());
    }

    // -- Sales drops ------------------------------------------------------------------------------------------

    @Test
    void aTrafficLossLowersSessionsNotUnitSessionPercentage() {
        Run run = run(incident(IncidentType.TRAFFIC_LOSS, 21).withMagnitude(0.6));
        Offer offer = run.subject();
        int from = run.first();
        assertThat((double) run.sessions(offer, from, LAST))
                .as("sessions after the loss")
                .isLessThan(healthy.sessions(same(offer), from, LAST) * 0.6);
        assertThat(run.unitSessionRate(offer, from, LAST))
                .as("unit session percentage")
                .isCloseTo(healthy.unitSessionRate(same(offer), from, LAST), withinShare(0.25));
        assertThat(run.buyBox(offer, from, LAST)).isCloseTo(healthy.buyBox(same(offer), from, LAST), withinShare(0.02));
        assertThat(run.sessions(offer, 0, from - 1)).isEqualTo(healthy.sessions(same(offer), 0, from - 1));
        run.assertOthersUnchanged(offer);
        assertThat(run.answer().visibleFrom())
                .as("the morning a whole week of the loss sets against the week before")
                .isEqualTo(from + 7);
        assertThat(run.answer().incident().type().cause()).isEqualTo("traffic");
    }

    @Test
    void aConversionLossLowersUnitSessionPercentageNotSessions() {
        Run run = run(incident(IncidentType.CONVERSION_LOSS, 21).withMagnitude(0.6));
        Offer offer = run.subject();
        int from = run.first();
        assertThat(run.unitSessionRate(offer, from, LAST))
                .isLessThan(healthy.unitSessionRate(same(offer), from, LAST) * 0.6);
        assertThat((double) run.sessions(offer, from, LAST))
                .as("sessions (only a stock-out could move them)")
                .isCloseTo(healthy.sessions(same(offer), from, LAST), withinShare(0.1));
        assertThat(run.buyBox(offer, from, LAST)).isCloseTo(healthy.buyBox(same(offer), from, LAST), withinShare(0.02));
        run.assertOthersUnchanged(offer);
        assertThat(run.answer().incident().type().cause()).isEqualTo("conversion");
    }

    @Test
    void aLostBuyBoxLowersBuyBoxPercentageAndSalesNotSessions() {
        Run run = run(incident(IncidentType.BUY_BOX_LOSS, 21).withMagnitude(0.7));
        Offer offer = run.subject();
        int from = run.first();
        assertThat(run.buyBox(offer, from, LAST)).isLessThan(0.35);
        assertThat(healthy.buyBox(same(offer), from, LAST)).isGreaterThan(0.9);
        assertThat(run.units(offer, from, LAST)).isLessThan(healthy.units(same(offer), from, LAST) / 2);
        assertThat((double) run.sessions(offer, from, LAST))
                .isCloseTo(healthy.sessions(same(offer), from, LAST), withinShare(0.1));
        run.assertOthersUnchanged(offer);
        assertThat(run.answer().incident().type().cause()).isEqualTo("buy-box");
    }

    // -- Inventory --------------------------------------------------------------------------------------------

    @Test
    void aStockOutRiskRunsTheShelfDownAndTheKeySaysWhen() {
        Run run = run(incident(IncidentType.STOCK_OUT_RISK, 30));
        Offer offer = run.subject();
        int from = run.first();
        assertThat(offer.fba()).isTrue();
        assertThat(run.sessions(offer, from, from + 6))
                .isGreaterThan(healthy.sessions(same(offer), from, from + 6) * 2);
        assertThat(run.answer().visibleFrom()).isBetween(from, LAST);
        int visible = run.answer().visibleFrom();
        assertThat(run.days(offer)[visible].stock().endSellable())
                .isLessThan(healthy.days(same(offer))[visible].stock().endSellable());
        assertThat(run.answer().figures()).containsKeys("daysOfCoverWhenVisible", "stockOutDate");
        run.assertOthersUnchangedBeyondItsAdGroups(offer);
    }

    @Test
    void storageOverCapacityFloodsTheWarehouseWithOneShipment() {
        Run run = run(incident(IncidentType.STORAGE_OVER_CAPACITY, 20).withMagnitude(1.3));
        PlantedIncident p = run.answer().incident();
        Offer offer = p.offer();
        int from = p.first();
        int received = 0;
        for (int d = from; d <= from + 1; d++) {
            received += run.days(offer)[d].stock().receipts()
                    - healthy.days(same(offer))[d].stock().receipts();
        }
        assertThat(received).isEqualTo(p.floodUnits()).isPositive();
        assertThat(run.answer().visibleFrom()).isBetween(from, from + 1);
        assertThat(((java.math.BigDecimal) run.answer().figures().get("peakUtilisationPercentage")).doubleValue())
                .isGreaterThan(100);
        assertThat(run.answer().note()).contains("capacity limit itself is not in any report");
        run.assertOthersUnchanged(offer);
    }

    // -- Advertising ------------------------------------------------------------------------------------------

    @Test
    void anAcosRunawayKeepsSpendingButStopsSelling() {
        Run run = run(incident(IncidentType.ACOS_RUNAWAY, 21).withMagnitude(3));
        Campaign campaign = run.answer().incident().campaign();
        int from = run.first();
        AdFigures before = healthy.campaign(same(campaign), from, LAST);
        AdFigures after = run.campaign(campaign, from, LAST);
        assertThat(after.clicks()).as("clicks do not change").isEqualTo(before.clicks());
        assertThat(after.spend()).as("nor does spend").isEqualTo(before.spend());
        assertThat(acos(after)).isGreaterThan(acos(before) * 1.8);
        assertThat(run.answer().visibleFrom()).isBetween(from, LAST);
    }

    @Test
    void aWastingSearchTermGetsClicksAndNoOrders() {
        Run run = run(incident(IncidentType.SEARCH_TERM_WASTE, 21).withTerm("garden hose reel"));
        PlantedIncident p = run.answer().incident();
        AdFigures term = run.term("garden hose reel", run.first(), LAST);
        assertThat(term.clicks()).isGreaterThanOrEqualTo(AnswerKey.WASTE_CLICKS);
        assertThat(term.spend()).isPositive();
        assertThat(term.orders()).isZero();
        assertThat(healthy.term("garden hose reel", 0, LAST).clicks()).isZero();
        assertThat(p.campaign().targeting()).isEqualTo("AUTO");
        assertThat(run.answer().visibleFrom()).isBetween(run.first(), LAST);
        assertThat(run.answer().figures().get("orders")).isEqualTo(0L);
    }

    @Test
    void aHarvestableSearchTermConvertsCheaply() {
        Run run = run(incident(IncidentType.HARVEST, 21).withMagnitude(8));
        PlantedIncident p = run.answer().incident();
        AdFigures term = run.term(p.term().text(), run.first(), LAST);
        assertThat(term.orders()).isGreaterThanOrEqualTo(AnswerKey.HARVEST_ORDERS);
        assertThat(acos(term)).isLessThan(acos(healthy.campaign(same(p.campaign()), run.first(), LAST)));
        assertThat(p.term().text()).isNotBlank();
        assertThat(run.answer().visibleFrom()).isBetween(run.first(), LAST);
    }

    @Test
    void anExhaustedBudgetCapsSpendEveryDay() {
        Run run = run(incident(IncidentType.BUDGET_EXHAUSTED, 14));
        Campaign campaign = run.answer().incident().campaign();
        int capped = 0;
        int cappedHealthy = 0;
        for (int d = run.first(); d <= LAST; d++) {
            long limit = campaign.dailyBudget()
                    - campaign.adGroups().get(0).targets().stream()
                            .mapToLong(Campaign.Target::bid)
                            .max()
                            .orElseThrow();
            capped += run.campaign(campaign, d, d).spend() >= limit ? 1 : 0;
            cappedHealthy += healthy.campaign(same(campaign), d, d).spend() >= limit ? 1 : 0;
            assertThat(run.campaign(campaign, d, d).spend()).isLessThanOrEqualTo(campaign.dailyBudget());
        }
        assertThat(capped).isGreaterThanOrEqualTo(12);
        assertThat(cappedHealthy).isZero();
        assertThat(run.answer().figures().get("daysAtBudgetAfter")).isEqualTo((long) capped);
    }

    // -- Customers --------------------------------------------------------------------------------------------

    @Test
    void aReturnSpikeBringsBackUnitsForOneReason() {
        Run run = run(incident(IncidentType.RETURN_SPIKE, 21).withDetail("QUALITY_UNACCEPTABLE"));
        Offer offer = run.subject();
        int from = run.first();
        long spiked = run.returns(offer, "QUALITY_UNACCEPTABLE", from, LAST);
        long usual = healthy.returns(same(offer), "QUALITY_UNACCEPTABLE", from, LAST);
        assertThat(spiked).isGreaterThanOrEqualTo(Math.max(5, 3 * usual));
        assertThat(run.returns(offer, "QUALITY_UNACCEPTABLE", 0, from - 1))
                .isEqualTo(healthy.returns(same(offer), "QUALITY_UNACCEPTABLE", 0, from - 1));
        assertThat(run.units(offer, from - 7, from + 7))
                .as("what sells does not change")
                .isEqualTo(healthy.units(same(offer), from - 7, from + 7));
        assertThat(run.answer().visibleFrom()).isBetween(from, from + 6);
        run.assertOthersUnchanged(offer);
    }

    @Test
    void aNegativeReviewBurstAddsBadReviewsAndLowersTheRating() {
        Run run = run(incident(IncidentType.NEGATIVE_REVIEW_BURST, 10).withMagnitude(7));
        Offer offer = run.subject();
        int from = run.first();
        long bad = run.badReviews(offer, from, LAST);
        assertThat(bad - healthy.badReviews(same(offer), from, LAST)).isEqualTo(7);
        assertThat(offer.rating()).isLessThan(same(offer).rating());
        assertThat(run.sessions(offer, 0, LAST)).isEqualTo(healthy.sessions(same(offer), 0, LAST));
        assertThat(run.answer().visibleFrom()).isEqualTo(from);
        run.assertOthersUnchanged(offer);
    }

    @Test
    void aMessageSlaBreachLeavesMessagesWaitingOverADay() {
        Run run = run(incident(IncidentType.MESSAGE_SLA, 10).withMagnitude(6));
        int from = run.first();
        assertThat(run.messages.size() - healthy.messages.size()).isEqualTo(6);
        long waiting = run.messages.stream()
                .filter(m -> m.offer().marketplace() == Marketplace.US)
                .filter(m -> !m.receivedAt()
                        .isBefore(PLAN.date(from)
                                .atStartOfDay(Marketplace.US.zone())
                                .toInstant()))
                .filter(m -> m.answeredAt() == null
                        || java.time.Duration.between(m.receivedAt(), m.answeredAt())
                                        .toHours()
                                >= 24)
                .count();
        assertThat(waiting).isGreaterThanOrEqualTo(6);
        assertThat(run.answer().visibleFrom()).isBetween(from, from + 2);
        assertThat(run.answer().note()).contains("Bosun's own template");
    }

    // -- Account health ---------------------------------------------------------------------------------------

    @Test
    void anOdrBreachTakesTheFbaDefectRateOverOnePercent() {
        Run run = run(incident(IncidentType.ODR_BREACH, 10).withMagnitude(0.015));
        HealthReport sick = run.health.report(Marketplace.US, LAST);
        HealthReport well = healthy.health.report(Marketplace.US, LAST);
        assertThat(well.afn().rate()).isLessThan(0.01);
        assertThat(sick.afn().rate()).isGreaterThan(0.013);
        assertThat(sick.afn().orders()).isEqualTo(well.afn().orders());
        assertThat(sick.lateShipmentRate()).isEqualTo(well.lateShipmentRate());
        assertThat(run.answer().visibleFrom()).isBetween(run.first(), LAST);
        assertThat(run.health.report(Marketplace.DE, LAST)).isEqualTo(healthy.health.report(Marketplace.DE, LAST));
    }

    @Test
    void lateShipmentsRaiseTheLateShipmentRateNotValidTracking() {
        Run run = run(incident(IncidentType.LATE_SHIPMENT, 20).withMagnitude(0.4));
        HealthReport sick = run.health.report(Marketplace.US, LAST);
        HealthReport well = healthy.health.report(Marketplace.US, LAST);
        assertThat(well.lateShipmentRate()).isLessThan(0.04);
        assertThat(sick.lateShipmentRate()).isGreaterThan(0.04);
        assertThat(sick.validTrackingRate())
                .isCloseTo(well.validTrackingRate(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(run.answer().visibleFrom()).isBetween(run.first(), LAST);
    }

    @Test
    void shipmentsWithoutTrackingLowerTheValidTrackingRateOnly() {
        Run run = run(incident(IncidentType.INVALID_TRACKING, 20).withMagnitude(0.3));
        HealthReport sick = run.health.report(Marketplace.US, LAST);
        HealthReport well = healthy.health.report(Marketplace.US, LAST);
        assertThat(well.validTrackingRate()).isGreaterThan(0.95);
        assertThat(sick.validTrackingRate()).isLessThan(0.95);
        assertThat(sick.lateShipmentRate()).isEqualTo(well.lateShipmentRate());
        assertThat(sick.mfnShipments()).isEqualTo(well.mfnShipments());
    }

    // -- Catalog, money, compliance ---------------------------------------------------------------------------

    @Test
    void aSuppressedListingStopsSellingAndShowsInactive() {
        Run run = run(incident(IncidentType.LISTING_SUPPRESSED, 15));
        Offer offer = run.subject();
        int from = run.first();
        assertThat(run.units(offer, from, LAST)).isZero();
        assertThat(run.buyBox(offer, from, LAST)).isZero();
        assertThat(run.sessions(offer, from, LAST)).isLessThan(healthy.sessions(same(offer), from, LAST) / 10);
        assertThat(offer.suppressed()).isTrue();
        assertThat(same(offer).suppressed()).isFalse();
        run.assertOthersUnchangedBeyondItsAdGroups(offer);
    }

    @Test
    void aZombieListingHasNoSessionForThirtyDaysWhileInStock() {
        Run run = run(incident(IncidentType.ZOMBIE_LISTING, 40));
        Offer offer = run.subject();
        int from = run.first();
        assertThat(run.sessions(offer, from, LAST)).isZero();
        assertThat(healthy.sessions(same(offer), from, LAST)).isPositive();
        assertThat(run.answer().visibleFrom()).isEqualTo(from + AnswerKey.ZOMBIE_DAYS - 1);
        run.assertOthersUnchangedBeyondItsAdGroups(offer);
    }

    @Test
    void aFeeOverchargeChargesMoreThanTheRulesOnItsProductOnly() {
        FeeSchedule fees = new FlatFees();
        Run clean = run(List.of(), fees);
        Run run = run(List.of(incident(IncidentType.FEE_OVERCHARGE, 40).withMagnitude(1.5)), fees);
        Offer offer = run.subject();
        long charged = 0;
        long expected = 0;
        for (OrderItem order : run.orders) {
            if (order.offer() == offer && order.fees() != null && order.day() >= run.first()) {
                charged += order.fees().fulfillment();
                expected += expected(order, fees);
                assertThat(order.fees().overcharge()).isEqualTo(order.fees().fulfillment() - expected(order, fees));
            } else if (order.fees() != null) {
                assertThat(order.fees().overcharge()).isZero();
                assertThat(order.fees().fulfillment()).isEqualTo(order.offer().fba() ? expected(order, fees) : 0);
            }
        }
        assertThat(expected).isPositive();
        assertThat((double) charged).isCloseTo(expected * 1.5, withinShare(0.01));
        assertThat(run.truth.total(Marketplace.DE).fulfillmentFees)
                .isEqualTo(clean.truth.total(Marketplace.DE).fulfillmentFees);
        assertThat(run.answer().visibleFrom()).isBetween(run.first(), LAST);
    }

    @Test
    void anExpiringCertificateChangesNoFigureAndIsNotInTheReports() {
        Run run = run(incident(IncidentType.CERTIFICATE_EXPIRING, 5).withMagnitude(20));
        assertThat(run.answer().visibleFrom()).isEqualTo(-1);
        assertThat(run.answer().note()).isEqualTo("not visible in Amazon reports; needs the compliance module");
        assertThat(run.answer().figures().get("expires"))
                .isEqualTo(PLAN.date(run.first()).plusDays(20).toString());
        for (Marketplace marketplace : MARKETPLACES) {
            for (Offer offer : run.store.offers(marketplace)) {
                assertThat(run.totals(offer)).isEqualTo(healthy.totals(same(offer)));
            }
        }
    }

    // -- Planting ---------------------------------------------------------------------------------------------

    @Test
    void subjectsAreFoundByTheirSkuOrAsinAndCheckedAgainstTheStore() {
        Store store = Store.open(PLAN);
        Offer named = store.offers(Marketplace.DE).get(2);
        Incidents planted = Incidents.plant(
                store,
                List.of(
                        incident(IncidentType.TRAFFIC_LOSS, 5).withSku(named.sku()),
                        Incident.of(IncidentType.RETURN_SPIKE, Marketplace.DE, IncidentDay.daysBeforeEnd(5))
                                .withSku(named.asin())),
                false);
        assertThat(planted.all().get(0).offer().marketplace()).isEqualTo(Marketplace.US);
        assertThat(planted.all().get(1).offer()).isSameAs(named);
        assertThat(planted.all().get(1).detail()).isEqualTo("DEFECTIVE");
        assertThatThrownBy(() -> Incidents.plant(
                        store, List.of(incident(IncidentType.TRAFFIC_LOSS, 5).withSku("NOPE-1")), false))
                .isInstanceOf(IncidentRejectedException.class)
                .hasMessageContaining(
                        "incident 'incident-1' (traffic-loss): the store has no SKU or ASIN 'NOPE-1' in US");
        assertThatThrownBy(() -> Incidents.plant(
                        store,
                        List.of(Incident.of(IncidentType.ODR_BREACH, Marketplace.JP, IncidentDay.daysBeforeEnd(5))),
                        false))
                .hasMessageContaining("the store does not sell in JP; it sells in US, DE");
        assertThatThrownBy(() -> Incidents.plant(
                        store,
                        List.of(Incident.of(
                                IncidentType.ODR_BREACH, Marketplace.US, IncidentDay.on(LocalDate.of(2024, 1, 1)))),
                        false))
                .hasMessageContaining("starts on 2024-01-01, outside the simulated days 2025-03-03 to 2025-07-30");
        assertThatThrownBy(() -> Incidents.plant(store, List.of(incident(IncidentType.FEE_OVERCHARGE, 5)), false))
                .hasMessageContaining("needs the simulation of Amazon's fees");
        assertThatThrownBy(() -> Incidents.plant(
                        store, List.of(incident(IncidentType.TRAFFIC_LOSS, 5).withMagnitude(1.5)), false))
                .hasMessageContaining("must be from 0.05 to 0.95, not 1.5");
        assertThatThrownBy(() -> Incidents.plant(
                        store,
                        List.of(
                                incident(IncidentType.TRAFFIC_LOSS, 5).withId("x"),
                                incident(IncidentType.TRAFFIC_LOSS, 5).withId("x")),
                        false))
                .hasMessageContaining("another incident has the id 'x' already");
    }

    @Test
    void picksDifferentSubjectsForIncidentsThatNameNone() {
        Store store = Store.open(PLAN);
        List<Incident> list = new ArrayList<>();
        for (IncidentType type : List.of(
                IncidentType.TRAFFIC_LOSS,
                IncidentType.CONVERSION_LOSS,
                IncidentType.STOCK_OUT_RISK,
                IncidentType.RETURN_SPIKE,
                IncidentType.ACOS_RUNAWAY,
                IncidentType.HARVEST)) {
            list.add(incident(type, 5));
        }
        Incidents planted = Incidents.plant(store, list, false);
        List<Object> subjects = new ArrayList<>();
        for (PlantedIncident p : planted.all()) {
            Object subject = p.offer() != null ? p.offer() : p.campaign();
            assertThat(subjects).doesNotContain(subject);
            subjects.add(subject);
            assertThat(p.picked()).isTrue();
            if (p.campaign() != null) {
                for (PlantedIncident other : planted.all()) {
                    if (other.offer() != null) {
                        assertThat(p.campaign().adGroups().get(0).offers()).doesNotContain(other.offer());
                    }
                }
            }
        }
    }

    @Test
    void withEveryIncidentAtOnceTheLedgerBalancesAndAdsAddUp() {
        List<Incident> all = new ArrayList<>();
        for (IncidentType type : IncidentType.values()) {
            if (type != IncidentType.FEE_OVERCHARGE) {
                all.add(incident(type, type == IncidentType.ZOMBIE_LISTING ? 40 : 20));
            }
        }
        Run run = run(all);
        assertThat(run.answers).hasSize(all.size());
        for (OfferDay[] days : run.offerDays.values()) {
            for (OfferDay day : days) {
                if (day == null) {
                    continue;
                }
                OfferDay.Stock s = day.stock();
                assertThat(s.endSellable())
                        .as(day.offer().sku() + " day " + day.day())
                        .isEqualTo(s.startSellable()
                                + s.receipts()
                                - s.customerShipments()
                                + s.sellableReturns()
                                + s.found()
                                - s.lost()
                                - s.damaged()
                                - s.removed())
                        .isNotNegative();
                assertThat(day.unitsOrdered()).isLessThanOrEqualTo(day.sessions() * 3);
            }
        }
        for (AdDay day : run.adDays) {
            for (AdDay.CampaignDay campaign : day.campaigns()) {
                long spend = 0;
                for (AdDay.TargetDay target : campaign.targets()) {
                    long terms = 0;
                    for (AdDay.TermDay term : target.terms()) {
                        assertThat(term.figures().spend())
                                .isLessThanOrEqualTo(term.figures().clicks()
                                        * target.target().bid());
                        terms += term.figures().spend();
                    }
                    assertThat(target.figures().spend()).isEqualTo(terms);
                    spend += terms;
                }
                assertThat(campaign.figures().spend())
                        .isEqualTo(spend)
                        .isLessThanOrEqualTo(campaign.campaign().dailyBudget());
            }
        }
        for (AnswerKey.Answer answer : run.answers) {
            if (answer.incident().type() != IncidentType.CERTIFICATE_EXPIRING) {
                assertThat(answer.visibleFrom())
                        .as(answer.incident().type().fileName() + ": " + answer.note())
                        .isBetween(answer.incident().first(), LAST);
            }
        }
    }

    @Test
    void theSameIncidentsGiveTheSameStore() {
        List<Incident> list = List.of(incident(IncidentType.TRAFFIC_LOSS, 12), incident(IncidentType.ODR_BREACH, 9));
        Run one = run(list);
        Run two = run(list);
        assertThat(two.orders.size()).isEqualTo(one.orders.size());
        for (int i = 0; i < one.orders.size(); i++) {
            assertThat(two.orders.get(i).orderId()).isEqualTo(one.orders.get(i).orderId());
        }
        assertThat(two.answer().figures()).isEqualTo(one.answer().figures());
    }

    // ------------------------------------------------------------------------------------------------------------

    private static Incident incident(IncidentType type, int daysBeforeEnd) {
        return Incident.of(type, Marketplace.US, IncidentDay.daysBeforeEnd(daysBeforeEnd));
    }

    private static org.assertj.core.data.Percentage withinShare(double share) {
        return org.assertj.core.data.Percentage.withPercentage(share * 100);
    }

    private static double acos(AdFigures figures) {
        return figures.sales() == 0 ? Double.MAX_VALUE : figures.spend() / (double) figures.sales();
    }

    private static long expected(OrderItem order, FeeSchedule fees) {
        return fees.fulfillmentFee(order.offer(), order.itemPrice() / order.quantity(), null) * order.quantity();
    }

    /** The healthy store's offer that is the same product in the same marketplace. */
    private static Offer same(Offer offer) {
        return healthy.store.offers(offer.marketplace()).stream()
                .filter(o -> o.sku().equals(offer.sku()))
                .findFirst()
                .orElseThrow();
    }

    private static Campaign same(Campaign campaign) {
        return healthy.store.campaigns(campaign.marketplace()).stream()
                .filter(c -> c.id().equals(campaign.id()))
                .findFirst()
                .orElseThrow();
    }

    private static Run run(Incident incident) {
        return run(List.of(incident));
    }

    private static Run run(List<Incident> incidents) {
        return run(incidents, null);
    }

    private static Run run(List<Incident> incidents, FeeSchedule fees) {
        Store store = Store.open(PLAN);
        Incidents planted = incidents.isEmpty() ? Incidents.none() : Incidents.plant(store, incidents, fees != null);
        Run run = new Run(store, planted);
        IncidentWitness witness = new IncidentWitness(planted, run.health);
        run.witness = witness;
        new Simulation(store, fees, new Fanout(List.of(run.truth, run.health, run, witness)), planted).run();
        run.answers = planted.isEmpty() ? List.of() : AnswerKey.of(store, planted, witness);
        return run;
    }

    /** Every event of a run, by offer and day. */
    private static final class Run implements StoreEvents {
        final Store store;
        final Incidents incidents;
        final Truth truth = new Truth();
        final HealthLedger health = new HealthLedger();
        final Map<Offer, OfferDay[]> offerDays = new IdentityHashMap<>();
        final List<OrderItem> orders = new ArrayList<>();
        final List<ReturnedItem> returns = new ArrayList<>();
        final List<ProductReview> reviews = new ArrayList<>();
        final List<CustomerMessage> messages = new ArrayList<>();
        final List<AdDay> adDays = new ArrayList<>();
        IncidentWitness witness;
        List<AnswerKey.Answer> answers;

        Run(Store store, Incidents incidents) {
            this.store = store;
            this.incidents = incidents;
        }

        AnswerKey.Answer answer() {
            return answers.get(0);
        }

        Offer subject() {
            return answer().incident().offer();
        }

        int first() {
            return answer().incident().first();
        }

        @Override
        public void offerDay(OfferDay day) {
            offerDays.computeIfAbsent(day.offer(), o -> new OfferDay[PLAN.days()])[day.day()] = day;
        }

        @Override
        public void ordered(OrderItem item) {
            orders.add(item);
        }

        @Override
        public void returned(ReturnedItem item) {
            returns.add(item);
        }

        @Override
        public void reviewed(ProductReview review) {
            reviews.add(review);
        }

        @Override
        public void messaged(CustomerMessage message) {
            messages.add(message);
        }

        @Override
        public void advertised(AdDay day) {
            adDays.add(day);
        }

        OfferDay[] days(Offer offer) {
            return offerDays.getOrDefault(offer, new OfferDay[PLAN.days()]);
        }

        long sessions(Offer offer, int from, int to) {
            long total = 0;
            for (int d = Math.max(0, from); d <= to; d++) {
                OfferDay day = days(offer)[d];
                total += day == null ? 0 : day.sessions();
            }
            return total;
        }

        long units(Offer offer, int from, int to) {
            long total = 0;
            for (int d = Math.max(0, from); d <= to; d++) {
                OfferDay day = days(offer)[d];
                total += day == null ? 0 : day.unitsOrdered();
            }
            return total;
        }

        double unitSessionRate(Offer offer, int from, int to) {
            return units(offer, from, to) / (double) Math.max(1, sessions(offer, from, to));
        }

        double buyBox(Offer offer, int from, int to) {
            double total = 0;
            int n = 0;
            for (int d = Math.max(0, from); d <= to; d++) {
                OfferDay day = days(offer)[d];
                if (day != null) {
                    total += day.buyBoxShare();
                    n++;
                }
            }
            return n == 0 ? 0 : total / n;
        }

        long returns(Offer offer, String reason, int from, int to) {
            return returns.stream()
                    .filter(r -> r.offer() == offer && r.reason().equals(reason))
                    .filter(r -> r.day() >= from && r.day() <= to)
                    .mapToLong(ReturnedItem::quantity)
                    .sum();
        }

        long badReviews(Offer offer, int from, int to) {
            return reviews.stream()
                    .filter(r -> r.offer() == offer && r.stars() <= 2 && r.day() >= from && r.day() <= to)
                    .count();
        }

        AdFigures campaign(Campaign campaign, int from, int to) {
            AdFigures total = new AdFigures();
            for (AdDay day : adDays) {
                if (day.day() < from || day.day() > to) {
                    continue;
                }
                for (AdDay.CampaignDay c : day.campaigns()) {
                    if (c.campaign() == campaign) {
                        total.add(c.figures());
                    }
                }
            }
            return total;
        }

        AdFigures term(String text, int from, int to) {
            AdFigures total = new AdFigures();
            for (AdDay day : adDays) {
                if (day.day() < from || day.day() > to) {
                    continue;
                }
                for (AdDay.CampaignDay c : day.campaigns()) {
                    for (AdDay.TargetDay t : c.targets()) {
                        for (AdDay.TermDay term : t.terms()) {
                            if (term.term().text().equals(text)) {
                                total.add(term.figures());
                            }
                        }
                    }
                }
            }
            return total;
        }

        /** An offer's totals: what it sold, returned, was reviewed and messaged about, its traffic and ads. */
        List<Long> totals(Offer offer) {
            Truth.Figures f = truth.offers(offer.marketplace()).get(offer);
            return List.of(
                    f.orderItems,
                    f.unitsOrdered,
                    f.sales,
                    f.returnedUnits,
                    f.refunds,
                    f.reviews,
                    f.feedback,
                    f.messages,
                    f.sessions,
                    f.pageViews,
                    f.lostUnits,
                    f.stockOutDays,
                    f.adClicks,
                    f.adSpend,
                    f.adUnits,
                    f.reimbursedUnits,
                    (long) offer.fulfillable());
        }

        /**
         * Every product but the subject and its variation family (bought with it in one order) comes out exactly as
         * in the healthy store.
         */
        void assertOthersUnchanged(Offer subject) {
            assertOthersUnchanged(subject, false);
        }

        /**
         * The same for a subject whose ads stop showing (suppressed, no traffic, out of stock): the clicks of the ad
         * groups it shares then land on the other products there, as they would on Amazon; all others are unchanged.
         */
        void assertOthersUnchangedBeyondItsAdGroups(Offer subject) {
            assertOthersUnchanged(subject, true);
        }

        private void assertOthersUnchanged(Offer subject, boolean skipAdGroups) {
            java.util.Set<Offer> skipped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            skipped.add(subject);
            // Orders of several products join variations of a family: the subject's moves its family's baskets.
            for (Offer sibling : store.offers(subject.marketplace())) {
                if (sibling.product().parentAsin().equals(subject.product().parentAsin())) {
                    skipped.add(sibling);
                }
            }
            if (skipAdGroups) {
                for (Campaign campaign : store.campaigns(subject.marketplace())) {
                    for (Campaign.AdGroup group : campaign.adGroups()) {
                        if (group.offers().contains(subject)) {
                            skipped.addAll(group.offers());
                        }
                    }
                }
            }
            int compared = 0;
            for (Marketplace marketplace : MARKETPLACES) {
                for (Offer offer : store.offers(marketplace)) {
                    if (skipped.contains(offer)) {
                        continue;
                    }
                    assertThat(totals(offer))
                            .as(offer.sku() + " in " + marketplace)
                            .isEqualTo(healthy.totals(same(offer)));
                    compared++;
                }
            }
            assertThat(compared).isGreaterThan(20);
        }
    }

    /** Tells every listener in order. */
    private record Fanout(List<StoreEvents> listeners) implements StoreEvents {
        @Override
        public void started(Store store) {
            listeners.forEach(l -> l.started(store));
        }

        @Override
        public void ordered(OrderItem item) {
            listeners.forEach(l -> l.ordered(item));
        }

        @Override
        public void returned(ReturnedItem item) {
            listeners.forEach(l -> l.returned(item));
        }

        @Override
        public void reimbursed(Reimbursement reimbursement) {
            listeners.forEach(l -> l.reimbursed(reimbursement));
        }

        @Override
        public void reviewed(ProductReview review) {
            listeners.forEach(l -> l.reviewed(review));
        }

        @Override
        public void feedback(FeedbackEntry entry) {
            listeners.forEach(l -> l.feedback(entry));
        }

        @Override
        public void messaged(CustomerMessage message) {
            listeners.forEach(l -> l.messaged(message));
        }

        @Override
        public void advertised(AdDay day) {
            listeners.forEach(l -> l.advertised(day));
        }

        @Override
        public void offerDay(OfferDay day) {
            listeners.forEach(l -> l.offerDay(day));
        }

        @Override
        public void stored(StorageMonth month) {
            listeners.forEach(l -> l.stored(month));
        }

        @Override
        public void dayEnded(Marketplace marketplace, int day) {
            listeners.forEach(l -> l.dayEnded(marketplace, day));
        }

        @Override
        public void finished(Store store) {
            listeners.forEach(l -> l.finished(store));
        }
    }

    /** Simple fees: 15 % referral, a flat FBA fee by weight, no storage. */
    private static final class FlatFees implements FeeSchedule {
        @Override
        public String category(Offer offer, LocalDate day) {
            return "EVERYTHING_ELSE";
        }

        @Override
        public String sizeTier(Offer offer, LocalDate day) {
            return "LARGE_STANDARD";
        }

        @Override
        public long referralFee(Offer offer, long unitPrice, LocalDate day) {
            return Math.round(unitPrice * 0.15);
        }

        @Override
        public long fulfillmentFee(Offer offer, long unitPrice, LocalDate day) {
            return 300 + offer.product().weightGrams() / 2;
        }

        @Override
        public long refundAdministrationFee(Offer offer, long referralFee, LocalDate day) {
            return 0;
        }

        @Override
        public long removalFee(Offer offer, LocalDate day) {
            return 0;
        }

        @Override
        public StorageCharge storage(Offer offer, java.time.YearMonth month) {
            return null;
        }
    }
}
