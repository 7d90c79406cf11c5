package dev.bosun.simulator;

import dev.bosun.platform.cli.CommandFailedException;
import dev.bosun.platform.cli.ExitCode;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.IncidentRejectedException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bosun simulate}: writes a simulated store's report files; needs no database. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Simulate a seller's store on Amazon and write its report files in Amazon's formats:",
            "one folder per marketplace, plus truth.json (the figures the files hold) and manifest.json",
            "(each file with the marketplace to import it for). The same seed gives the same files.",
            "--incidents plants trouble described in a YAML file (see docs/simulator.md) and writes",
            "answer-key.json: what a good daily review must find.",
            "Exit codes: 0 written, 1 failed, 2 usage error."
        })
public class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "New or empty folder to write to.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--days",
            paramLabel = "N",
            defaultValue = "400",
            description = "Days to simulate, 1 to 3660 (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(
            names = "--skus",
            paramLabel = "N",
            defaultValue = "60",
            description = "SKUs in the catalog, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int skus;

    @Option(
            names = "--marketplaces",
            paramLabel = "CODES",
            defaultValue = "US,DE",
            description = "Marketplaces, e.g. US,DE,JP (default: ${DEFAULT-VALUE}).")
    String marketplaces;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First simulated day (default: 2025-01-01).")
    String start;

    @Option(
            names = "--incidents",
            paramLabel = "FILE",
            description = "Incidents to plant, a YAML (or JSON) file; writes answer-key.json beside the reports.")
    Path incidents;

    @Option(
            names = "--snapshots",
            paramLabel = "daily|weekly|last",
            description = "How often the snapshot reports (Manage FBA Inventory, restock, planning, stranded) are"
                    + " written, each file named with its day (default: daily up to 1,000 SKUs, weekly above).")
    String snapshots;

    @Override
    public Integer call() {
        IncidentFile plan = null;
        if (incidents != null) {
            try {
                plan = IncidentFile.read(incidents);
            } catch (IncidentFileException e) {
                throw CommandFailedException.usage(e.getMessage());
            }
        }
        SimulationSettings settings = new SimulationSettings(
                seed,
                startDate(),
                days,
                skus,
                parseMarketplaces(marketplaces),
                plan == null ? List.of() : plan.incidents(),
                snapshotCadence());
        SimulatedStore store;
        try {
            store = new StoreSimulator().simulate(settings, out);
        } catch (IncidentRejectedException e) {
            throw CommandFailedException.usage(plan.where(e.index()) + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CommandFailedException.usage(e.getMessage());
        }
        var print = spec.commandLine().getOut();
        print.printf(
                "Simulated seed %d: %d SKUs, %d days from %s, in %s.%n",
                seed,
                skus,
                days,
                settings.start(),
                String.join(
                        ",",
                        settings.marketplaces().stream().map(Marketplace::code).toList()));
        for (Map.Entry<Marketplace, Long> entry : new java.util.TreeMap<>(store.orderItems()).entrySet()) {
            print.printf("  %s: %,d order lines%n", entry.getKey().code(), entry.getValue());
        }
        print.printf("Wrote %d report files to %s%n", store.files().size(), store.folder());
        print.printf("  truth:    %s%n  manifest: %s%n", store.truth(), store.manifest());
        if (store.answerKey() != null) {
            print.printf(
                    "  answer key: %s (%d incidents planted)%n",
                    store.answerKey(), settings.incidents().size());
        }
        if (!store.fees()) {
            print.println("  (no fee schedule: settlement and storage fee reports are not written)");
        }
        print.println("Import a marketplace's folder into an account selling there, for example:");
        Marketplace first = settings.marketplaces().get(0);
        print.printf(
                "  bosun import --account NAME --marketplace %s %s%n",
                first.code(), store.folder().resolve(first.code()));
        return ExitCode.OK;
    }

    private SnapshotCadence snapshotCadence() {
        if (snapshots == null) {
            return SnapshotCadence.forCatalog(skus);
        }
        try {
            return SnapshotCadence.parse(snapshots);
        } catch (IllegalArgumentException e) {
            throw CommandFailedException.usage(e.getMessage());
        }
    }

    private LocalDate startDate() {
        if (start == null) {
            return SimulationSettings.DEFAULT_START;
        }
        try {
            return LocalDate.parse(start.strip());
        } catch (DateTimeException e) {
            throw CommandFailedException.usage("--start is a date YYYY-MM-DD, not '" + start + "'");
        }
    }

    static List<Marketplace> parseMarketplaces(String text) {
        List<Marketplace> list = new ArrayList<>();
        for (String code : text.split(",")) {
            if (code.isBlank()) {
                continue;
            }
            Marketplace marketplace = Marketplace.find(code.strip())
                    .orElseThrow(() -> CommandFailedException.usage("unknown marketplace code '" + code.strip() + "'"));
            if (list.contains(marketplace)) {
                throw CommandFailedException.usage("marketplace " + marketplace.code() + " is named twice");
            }
            list.add(marketplace);
        }
        if (list.isEmpty()) {
            throw CommandFailedException.usage("--marketplaces names no marketplace");
        }
        return list;
    }
}
