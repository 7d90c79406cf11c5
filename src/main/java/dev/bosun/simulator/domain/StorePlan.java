package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;

/**
 * What to simulate: a seed, the first day and the number of days, the size of the catalog and the marketplaces.
 * The same plan always gives the same store.
 */
public record StorePlan(long seed, LocalDate start, int days, int skus, List<Marketplace> marketplaces) {

    public StorePlan {
        marketplaces = List.copyOf(marketplaces);
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("days must be from 1 to 3660, not " + days);
        }
        if (skus < 1 || skus > 10_000) {
            throw new IllegalArgumentException("skus must be from 1 to 10000, not " + skus);
        }
        if (marketplaces.isEmpty()) {
            throw new IllegalArgumentException("at least one marketplace");
        }
        if (marketplaces.stream().distinct().count() != marketplaces.size()) {
            throw new IllegalArgumentException("a marketplace is named twice: " + marketplaces);
        }
    }

    /** The last simulated day. */
    public LocalDate end() {
        return start.plusDays(days - 1L);
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }
}
