package dev.bosun.simulator;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.FeeSchedule;
import dev.bosun.simulator.domain.IncidentRejectedException;
import dev.bosun.simulator.domain.Incidents;
import dev.bosun.simulator.domain.Store;
import dev.bosun.simulator.domain.StorePlan;
import dev.bosun.simulator.reports.StoreReports;
import dev.bosun.simulator.reports.WrittenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Simulates a seller's store on Amazon and writes it as report files in Amazon's formats, one folder per
 * marketplace, with {@code truth.json} and {@code manifest.json}. Needs neither a database nor Spring: the command
 * line uses it directly.
 */
@Service
public class StoreSimulator {

    private final FeeSchedule fees;

    /** A simulator charging the fees of the rate cards Bosun ships (the finance module's fee calculator). */
    public StoreSimulator() {
        this(CalculatedFees.bundled());
    }

    /** A simulator with other fees, or none (null: no settlement and storage fee reports). */
    StoreSimulator(FeeSchedule fees) {
        this.fees = fees;
    }

    /**
     * Simulates the store of {@code settings} into {@code folder}, which must be empty or not exist yet.
     *
     * Incidents in the settings are planted, and {@code answer-key.json} says what a daily review must find.
     *
     * @throws IllegalArgumentException when the settings are out of range, an incident cannot be planted (an
     *     {@link IncidentRejectedException} naming it) or the folder holds files already
     */
    public SimulatedStore simulate(SimulationSettings settings, Path folder) {
        StorePlan plan;
        try {
            plan = new StorePlan(
                    settings.seed(), settings.start(), settings.days(), settings.skus(), settings.marketplaces());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (fees instanceof CalculatedFees calculated
                && !calculated.missing(plan.marketplaces()).isEmpty()) {
            throw new IllegalArgumentException("Bosun has no rate card for "
                    + String.join(
                            ", ",
                            calculated.missing(plan.marketplaces()).stream()
                                    .map(Marketplace::code)
                                    .toList())
                    + ", so it cannot simulate the fees there; it has cards for "
                    + String.join(
                            ", ",
                            calculated.marketplaces().stream()
                                    .map(Marketplace::code)
                                    .toList()));
        }
        Store store = Store.open(plan);
        Incidents incidents = settings.incidents().isEmpty()
                ? Incidents.none()
                : Incidents.plant(store, settings.incidents(), fees != null);
        requireEmpty(folder);
        StoreReports.Written written = StoreReports.write(
                store, fees, incidents, folder, settings.snapshots().everyDays());
        List<SimulatedFile> files =
                written.files().stream().map(f -> simulated(folder, f)).toList();
        Map<Marketplace, Long> orders = new EnumMap<>(Marketplace.class);
        for (Marketplace marketplace : plan.marketplaces()) {
            orders.put(marketplace, written.figures().total(marketplace).orderItems);
        }
        return new SimulatedStore(
                folder, files, written.truth(), written.manifest(), written.answerKey(), orders, fees != null);
    }

    private static SimulatedFile simulated(Path folder, WrittenFile file) {
        return new SimulatedFile(folder.resolve(file.path()), file.report(), file.marketplace(), file.snapshotDay());
    }

    private static void requireEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is a file, not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("the folder " + folder
                        + " is not empty: give a new or empty folder, so that files of two" + " stores never mix");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + folder, e);
        }
    }
}
