package dev.bosun.simulator;

import dev.bosun.shared.Marketplace;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the demo store simulates: a seed, the days (ending yesterday when it was created), the catalog size and the
 * marketplaces. The marketplaces of one region go into one demo seller account.
 *
 * @param seed the simulation's seed
 * @param firstDay the first simulated day
 * @param days how many days, the last one being {@link #lastDay()}
 * @param skus the catalog's size
 * @param marketplaces where the store sells
 * @param incidents whether to plant {@link #lastWeekIncidents} (the standard demo does, so that its Today page has
 *     something to say)
 */
public record DemoPlan(
        long seed, LocalDate firstDay, int days, int skus, List<Marketplace> marketplaces, boolean incidents) {

    /** The store a new installation shows: 60 SKUs selling in the US and Germany for 400 days. */
    public static final int STANDARD_SKUS = 60;

    public static final int STANDARD_DAYS = 400;

    public static final List<Marketplace> STANDARD_MARKETPLACES = List.of(Marketplace.US, Marketplace.DE);

    public DemoPlan {
        marketplaces = List.copyOf(marketplaces);
        if (marketplaces.isEmpty()) {
            throw new IllegalArgumentException("a demo store sells in at least one marketplace");
        }
    }

    /** The standard demo store, ending yesterday, with a few incidents in its last week. */
    public static DemoPlan standard(Clock clock) {
        return endingYesterday(clock, 1, STANDARD_SKUS, STANDARD_DAYS, STANDARD_MARKETPLACES)
                .withIncidents(true);
    }

    /**
     * A store whose last day is yesterday in every one of its marketplaces: the earliest of their yesterdays, so
     * that no marketplace gets a day that has not ended there yet.
     */
    public static DemoPlan endingYesterday(Clock clock, long seed, int skus, int days, List<Marketplace> marketplaces) {
        LocalDate last = marketplaces.stream()
                .map(m -> clock.instant().atZone(m.zone()).toLocalDate().minusDays(1))
                .min(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("a demo store sells in at least one marketplace"));
        return new DemoPlan(seed, last.minusDays(days - 1L), days, skus, marketplaces, false);
    }

    /** The same store, with or without the last week's incidents. */
    public DemoPlan withIncidents(boolean planted) {
        return new DemoPlan(seed, firstDay, days, skus, marketplaces, planted);
    }

    /**
     * A few things gone wrong in the store's last week (the simulator picks the products): in the first
     * marketplace a product about to run out of stock, a best seller losing most of its organic traffic from eight
     * days before the end (so that a whole week of it sets against the week before on the last day) and an order
     * defect rate over Amazon's 1 % limit; in the second (or the first, if there is one) a return spike for a defect. The
     * simulator's answer key ({@code answer-key.json} beside {@code truth.json}) says what a good daily review
     * reports.
     */
    public List<Incident> lastWeekIncidents() {
        Marketplace first = marketplaces.get(0);
        Marketplace second = marketplaces.size() > 1 ? marketplaces.get(1) : first;
        return List.of(
                Incident.of(IncidentType.STOCK_OUT_RISK, first, IncidentDay.daysBeforeEnd(6)),
                Incident.of(IncidentType.TRAFFIC_LOSS, first, IncidentDay.daysBeforeEnd(7))
                        .withMagnitude(0.7),
                Incident.of(IncidentType.RETURN_SPIKE, second, IncidentDay.daysBeforeEnd(6)),
                Incident.of(IncidentType.ODR_BREACH, first, IncidentDay.daysBeforeEnd(6)));
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }

    /**
     * The simulator's settings for this store. The demo keeps weekly stock snapshots (58 for 400 days): daily ones
     * quadruple the files the first start imports and put the one-minute demo goal out of reach on 2 cores, while a
     * weekly history is enough to show the stock pages.
     */
    public SimulationSettings settings() {
        SimulationSettings settings =
                new SimulationSettings(seed, firstDay, days, skus, marketplaces).withSnapshots(SnapshotCadence.WEEKLY);
        return incidents ? settings.withIncidents(lastWeekIncidents()) : settings;
    }
}
