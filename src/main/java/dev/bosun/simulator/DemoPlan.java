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
 */
public record DemoPlan(long seed, LocalDate firstDay, int days, int skus, List<Marketplace> marketplaces) {

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

    /** The standard demo store, ending yesterday. */
    public static DemoPlan standard(Clock clock) {
        return endingYesterday(clock, 1, STANDARD_SKUS, STANDARD_DAYS, STANDARD_MARKETPLACES);
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
        return new DemoPlan(seed, last.minusDays(days - 1L), days, skus, marketplaces);
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }

    /** The simulator's settings for this store. */
    public SimulationSettings settings() {
        return new SimulationSettings(seed, firstDay, days, skus, marketplaces);
    }
}
