package dev.bosun.amazon;

import dev.bosun.shared.Marketplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an importer saw while loading a file: the marketplaces its rows belong to and the range of their dates.
 * Recorded with the import batch ("covers DE, FR from 2026-11-01 to 2026-11-24").
 */
public final class Coverage {

    private final Set<Marketplace> marketplaces = new TreeSet<>();
    private LocalDate from;
    private LocalDate to;

    public void saw(Marketplace marketplace) {
        if (marketplace != null) {
            marketplaces.add(marketplace);
        }
    }

    public void saw(LocalDate day) {
        if (day == null) {
            return;
        }
        if (from == null || day.isBefore(from)) {
            from = day;
        }
        if (to == null || day.isAfter(to)) {
            to = day;
        }
    }

    public List<String> marketplaceCodes() {
        return marketplaces.stream().map(Marketplace::code).toList();
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
